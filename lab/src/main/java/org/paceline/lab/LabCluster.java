package org.paceline.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.paceline.node.config.ClusterSetup;
import org.paceline.node.config.NodeConfig;
import org.paceline.node.config.NodeConfigReader;

/**
 * A cluster of Paceline nodes on this machine, each a separate process on loopback, each
 * with its own folder (configuration, state, logs, socket, agents' run files), sharing
 * one cluster key.
 *
 * <p>Every node's daemon runs with {@code PACELINE_TEST_HOST=<node>@<lab>} in its
 * environment, which the agents it starts inherit: that is how the test fence device
 * (given {@code lab=<lab>}) finds a host's processes to "power off", and the lab's name
 * (its base port, unique among the labs running here) keeps two labs with the same node
 * names from powering off each other's hosts. Thread-safe for one controlling thread; {@link #close} kills
 * whatever is left, so that a test leaves nothing running.
 */
public final class LabCluster implements AutoCloseable {
    /** The environment entry that marks a test host's processes. */
    public static final String HOST_VARIABLE = "PACELINE_TEST_HOST";
    /** The daemon's entry point, a plain main so that the lab needs only the node module. */
    public static final String DAEMON_MAIN = "org.paceline.node.daemon.DaemonMain";

    private final Path folder;
    private final String name;
    private final List<String> nodes;
    private final Map<String, Process> running = new LinkedHashMap<>();
    private final String javaCommand;
    private final String classPath;
    /** The nodes' namespaces and networks, or null when every node is on loopback. */
    private final LabNetwork network;

    private LabCluster(Path folder, String name, List<String> nodes, String javaCommand, String classPath,
                       LabNetwork network) {
        this.folder = folder;
        this.name = name;
        this.nodes = List.copyOf(nodes);
        this.javaCommand = javaCommand;
        this.classPath = classPath;
        this.network = network;
    }

    /**
     * Lays out a new cluster under {@code folder} (which must hold none yet), with node
     * {@code i} listening on {@code basePort + 10 i}. Nothing is started.
     */
    public static LabCluster create(Path folder, String clusterName, List<String> nodes, int basePort,
                                    boolean twoNode) throws IOException {
        ClusterSetup.write(folder, clusterName, ClusterSetup.loopback(nodes, basePort), true, twoNode);
        Files.createDirectories(folder.resolve("power"));
        String java = ProcessHandle.current().info().command().orElse("java");
        return new LabCluster(folder, Integer.toString(basePort), nodes, java, System.getProperty("java.class.path"), null);
    }

    /**
     * Lays out a new two-node cluster whose nodes each run in a network namespace of their
     * own, joined by an interconnect (the cluster's only address, which {@link #network()}
     * can cut) and a second network that stays up; ports as in {@link #create}. The
     * namespaces are made now and removed by {@link #close}. Nothing is started.
     *
     * @throws IOException when not root, when {@code ip} is missing (see
     *                     {@link LabNetwork#unavailable}), or when a file cannot be written
     */
    public static LabCluster createInNamespaces(Path folder, String clusterName, List<String> nodes, int basePort,
                                                boolean twoNode) throws IOException, InterruptedException {
        String lab = Integer.toString(basePort);
        LabNetwork network = LabNetwork.create(lab, nodes);
        try {
            var addresses = nodes.stream().map(network::interconnectAddress).toList();
            ClusterSetup.write(folder, clusterName, ClusterSetup.addressed(nodes, addresses, basePort), true, twoNode);
            Files.createDirectories(folder.resolve("power"));
        } catch (IOException | RuntimeException e) {
            network.close();
            throw e;
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        return new LabCluster(folder, lab, nodes, java, System.getProperty("java.class.path"), network);
    }

    /** The nodes' namespaces and networks, when the cluster was made with {@link #createInNamespaces}. */
    public Optional<LabNetwork> network() {
        return Optional.ofNullable(network);
    }

    /** The lab's name, for the test fence device's {@code lab} parameter. */
    public String name() {
        return name;
    }

    /** The {@value #HOST_VARIABLE} value that marks the processes of {@code node}'s host. */
    public String hostMarker(String node) {
        return node + "@" + name;
    }

    public Path folder() {
        return folder;
    }

    public List<String> nodes() {
        return nodes;
    }

    /** The daemon's JVM flags, as the launcher gives them to {@code paceline node start}. */
    static List<String> daemonFlags() throws IOException {
        Path file = home().resolve("scripts/daemon-jvm-flags");
        if (!Files.exists(file)) {
            return List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        }
        return Files.readAllLines(file).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    /** The Paceline tree the daemons run from. */
    public static Path home() {
        return org.paceline.node.daemon.PacelineHome.find().orElse(Path.of("."));
    }

    /** A node's configuration file. */
    public Path configFile(String node) {
        return folder.resolve(node).resolve(ClusterSetup.CONFIG_FILE);
    }

    /** A node's configuration, as its daemon reads it. */
    public NodeConfig config(String node) {
        return NodeConfigReader.read(configFile(node), node).orThrow();
    }

    /** Where the test fence device writes {@code HOST.off} when it powers a host off. */
    public Path powerFolder() {
        return folder.resolve("power");
    }

    /**
     * The parameters of a {@code stonith:fence_paceline_test} device that serves every node
     * of this lab, as they are written after {@code params} in the crm shell's language.
     */
    public String testFenceParameters() {
        return testFenceParameters(nodes);
    }

    /**
     * The same for a device that fences only {@code hosts}, such as one device of a group
     * that fences one node (seed 000's {@code grpStonith1}).
     */
    public String testFenceParameters(List<String> targets) {
        targets.forEach(this::requireNode);
        String hosts = String.join(" ", targets);
        return "hosts=\"%s\" pcmk_host_list=\"%s\" state_dir=\"%s\" lab=\"%s\"".formatted(hosts, hosts, powerFolder(), name);
    }

    /** Whether the test fence device powered this host off (and it was not started since). */
    public boolean isPoweredOff(String node) {
        return Files.exists(powerFolder().resolve(node + ".off"));
    }

    /**
     * Starts a node's daemon (again, after a kill); its standard output and error go to
     * {@code daemon.out}. A host that was powered off boots: its power file goes, and its
     * agents' run files with it, as a real host loses its tmpfs.
     */
    public synchronized void start(String node) throws IOException {
        requireNode(node);
        Process previous = running.get(node);
        if (previous != null && previous.isAlive()) {
            throw new IllegalStateException("node " + node + " is running already (pid " + previous.pid() + ")");
        }
        if (isPoweredOff(node)) {
            NodeConfig config = config(node);
            clear(config.agentTemporary());
            clear(config.agentRun());
            Files.delete(powerFolder().resolve(node + ".off"));
        }
        var command = new ArrayList<String>();
        if (network != null) {
            // ip netns exec executes the JVM in place: the daemon keeps the process's pid, so signals reach it.
            command.addAll(network.inNamespace(node));
        }
        command.add(javaCommand);
        command.addAll(daemonFlags());
        command.addAll(List.of("-cp", classPath, DAEMON_MAIN, "--config", configFile(node).toString()));
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve(node).resolve("daemon.out").toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put(HOST_VARIABLE, hostMarker(node));
        // glibc's per-thread malloc arenas would otherwise dominate a small JVM's resident memory.
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        if (!Files.exists(home().resolve("cli/target/faces/faces.env"))) {
            // No launcher prepared the faces (a test build): the agents' helpers run from this class path.
            builder.environment().put("PACELINE_JAVA", javaCommand);
            builder.environment().put("PACELINE_FACES_CLASSPATH", classPath);
        }
        running.put(node, builder.start());
    }

    /** Starts every node, in order. */
    public void startAll() throws IOException {
        for (String node : nodes) {
            start(node);
        }
    }

    /**
     * Cuts a host's power by hand, as an operator does before confirming a meatware fence:
     * every process of the host dies at once, and the host is recorded off as the test fence
     * device records it, so that what its agents left behind counts as gone with its tmpfs.
     */
    public synchronized void powerOff(String node) throws IOException {
        requireNode(node);
        HostProcesses.killAll(List.of(hostMarker(node)));
        Files.writeString(powerFolder().resolve(node + ".off"), "powered off by hand at " + Instant.now() + "\n");
    }

    /** The daemon's process, while it runs. */
    public synchronized Optional<ProcessHandle> process(String node) {
        Process process = running.get(node);
        return process != null && process.isAlive() ? Optional.of(process.toHandle()) : Optional.empty();
    }

    /** Kills a node's daemon with SIGKILL and waits for it: its agents' processes live on, as after a crash of the daemon alone. */
    public synchronized void killDaemon(String node) throws InterruptedException {
        Process process = running.get(node);
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** Sends a signal by name (STOP, CONT, TERM) to a node's daemon. */
    public synchronized void signal(String node, String signal) throws IOException, InterruptedException {
        Process process = running.get(node);
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException("node " + node + " is not running");
        }
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IOException("kill -" + signal + " " + process.pid() + " failed");
        }
    }

    /** The operational log of a node (pm_logconv's lines), as written so far. */
    public List<String> operationalLog(String node) throws IOException {
        Path file = config(node).operationalLog();
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    }

    /** Waits until the condition holds; false when it did not within the time. */
    public static boolean await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }

    /** Kills every daemon and every process of every host (agents included), waits for them, and removes the lab's namespaces. */
    @Override
    public synchronized void close() throws InterruptedException {
        try {
            for (Process process : running.values()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            for (Process process : running.values()) {
                process.waitFor();
            }
            HostProcesses.killAll(nodes.stream().map(this::hostMarker).toList());
            running.clear();
        } finally {
            if (network != null) {
                // Whatever happened above: namespaces outlive their processes and would collide with the next run.
                network.close();
            }
        }
    }

    /** Removes a lab's folder and everything in it, links included but never what they point to. */
    public static void remove(Path folder) throws IOException {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void clear(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (var files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    Files.delete(file);
                }
            }
        }
    }

    private void requireNode(String node) {
        if (!nodes.contains(node)) {
            throw new IllegalArgumentException("no node " + node + " in this lab cluster (" + String.join(", ", nodes) + ")");
        }
    }
}
