package org.paceline.lab;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The networks of a two-node lab whose nodes each live in a network namespace of their own:
 * the interconnect (where the cluster talks, and which a test cuts) and a second network
 * that stays up (where stonith-helper's dead check pings, as a real cluster's service or
 * management network).
 *
 * <p>Each network is a veth pair joining the two namespaces directly, so that the
 * addresses, the same in every lab, never meet another lab's. Namespaces and links are
 * named after the lab (its base port): {@code pl19300-pm1}, {@code pl19300i0}; two labs
 * running at once never share one. {@link #close} removes them whatever state they are in.
 * Needs root and iproute2's {@code ip}; {@link #unavailable} says in one line why not.
 */
public final class LabNetwork implements AutoCloseable {
    /** The interconnect's subnet: node {@code i} is {@code 10.81.1.(i+1)}. */
    static final String INTERCONNECT_PREFIX = "10.81.1.";
    /** The second network's subnet: node {@code i} is {@code 10.81.2.(i+1)}. */
    static final String SECOND_PREFIX = "10.81.2.";

    private static final Path IP = Path.of("/usr/sbin/ip");
    private static final Path IP_ALTERNATIVE = Path.of("/sbin/ip");

    private final String lab;
    private final List<String> nodes;
    private final Path ip;
    private boolean interconnectUp;

    private LabNetwork(String lab, List<String> nodes, Path ip) {
        this.lab = lab;
        this.nodes = List.copyOf(nodes);
        this.ip = ip;
    }

    /** Why namespaces cannot be made here, in one line; empty when they can. */
    public static Optional<String> unavailable() {
        if (ip().isEmpty()) {
            return Optional.of("network namespaces need iproute2's ip command, which is not installed");
        }
        if (!isRoot()) {
            return Optional.of("network namespaces need root (this process runs as uid " + uid() + ")");
        }
        return Optional.empty();
    }

    /**
     * Makes both namespaces and both networks for a two-node lab named {@code lab}. What an
     * earlier run of the same lab left behind (a killed test) is removed first.
     *
     * @throws IOException when an {@code ip} command fails; what was made is removed again
     */
    public static LabNetwork create(String lab, List<String> nodes) throws IOException, InterruptedException {
        if (nodes.size() != 2) {
            throw new IllegalArgumentException("a lab network joins two nodes, not " + nodes.size());
        }
        var why = unavailable();
        if (why.isPresent()) {
            throw new IOException(why.get());
        }
        var network = new LabNetwork(lab, nodes, ip().orElseThrow());
        network.removeAll();
        try {
            network.build();
        } catch (IOException | InterruptedException | RuntimeException e) {
            network.removeAll();
            throw e;
        }
        return network;
    }

    /** The namespace node {@code i} runs in. */
    public String namespace(String node) {
        return "pl" + lab + "-" + node;
    }

    /** Node {@code node}'s address on the interconnect. */
    public InetAddress interconnectAddress(String node) {
        return address(INTERCONNECT_PREFIX, node);
    }

    /** Node {@code node}'s address on the second network, which stays up. */
    public InetAddress secondAddress(String node) {
        return address(SECOND_PREFIX, node);
    }

    /** The command prefix that runs a program inside node {@code node}'s namespace. */
    public List<String> inNamespace(String node) {
        return List.of(ip.toString(), "netns", "exec", namespace(node));
    }

    /** Cuts the interconnect: both ends go down at once, as when its switch loses power. The second network stays up. */
    public synchronized void cutInterconnect() throws IOException, InterruptedException {
        for (int i = 0; i < nodes.size(); i++) {
            run(List.of("netns", "exec", namespace(nodes.get(i)), ip.toString(), "link", "set", link("i", i), "down"));
        }
        interconnectUp = false;
    }

    /** Whether the interconnect is up (made and not cut). */
    public synchronized boolean interconnectUp() {
        return interconnectUp;
    }

    /** Removes both namespaces and every link of this lab; never fails, whatever is left. */
    @Override
    public synchronized void close() {
        removeAll();
    }

    private void build() throws IOException, InterruptedException {
        for (String node : nodes) {
            run(List.of("netns", "add", namespace(node)));
            run(List.of("-n", namespace(node), "link", "set", "lo", "up"));
        }
        join("i", INTERCONNECT_PREFIX);
        join("s", SECOND_PREFIX);
        interconnectUp = true;
    }

    /** One veth pair between the two namespaces, an address at each end. */
    private void join(String kind, String prefix) throws IOException, InterruptedException {
        String first = link(kind, 0);
        String second = link(kind, 1);
        run(List.of("link", "add", first, "type", "veth", "peer", "name", second));
        for (int i = 0; i < 2; i++) {
            String node = nodes.get(i);
            String link = link(kind, i);
            run(List.of("link", "set", link, "netns", namespace(node)));
            run(List.of("-n", namespace(node), "addr", "add", prefix + (i + 1) + "/24", "dev", link));
            run(List.of("-n", namespace(node), "link", "set", link, "up"));
        }
    }

    /** {@code pl19300i0}: within the kernel's 15 characters for any lab port. */
    private String link(String kind, int index) {
        return "pl" + lab + kind + index;
    }

    private InetAddress address(String prefix, String node) {
        int index = nodes.indexOf(node);
        if (index < 0) {
            throw new IllegalArgumentException("no node " + node + " in lab network " + lab);
        }
        try {
            return InetAddress.getByName(prefix + (index + 1));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private void removeAll() {
        // Deleting a namespace deletes the links in it, and a veth's peer with it.
        for (String node : nodes) {
            quietly(List.of("netns", "delete", namespace(node)));
        }
        for (String kind : List.of("i", "s")) {
            for (int i = 0; i < 2; i++) {
                if (Files.exists(Path.of("/sys/class/net", link(kind, i)))) {
                    quietly(List.of("link", "delete", link(kind, i)));
                }
            }
        }
        interconnectUp = false;
    }

    private void run(List<String> arguments) throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add(ip.toString());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + ": " + output);
        }
    }

    private void quietly(List<String> arguments) {
        try {
            var command = new ArrayList<String>();
            command.add(ip.toString());
            command.addAll(arguments);
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            process.waitFor();
        } catch (IOException e) {
            // Nothing to remove, or nothing to remove it with.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Optional<Path> ip() {
        for (Path path : List.of(IP, IP_ALTERNATIVE)) {
            if (Files.isExecutable(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    private static boolean isRoot() {
        return "0".equals(uid());
    }

    /** The effective uid, from /proc: the JDK has no call for it. */
    private static String uid() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return line.substring(4).strip().split("\\s+")[1];
                }
            }
        } catch (IOException e) {
            // Not Linux: no namespaces either.
        }
        return "unknown";
    }
}
