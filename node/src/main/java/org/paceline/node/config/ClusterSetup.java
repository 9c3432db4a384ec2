package org.paceline.node.config;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

import org.paceline.node.membership.ClusterKey;
import org.paceline.node.membership.MembershipConfig;

/**
 * Lays out a new cluster's files: a configuration and a fresh cluster key.
 *
 * <p>Two layouts. A real cluster gets one {@code paceline.conf} without {@code node_name}
 * (each node takes its host name) and one {@code authkey}, both to be copied to every
 * node's {@code /etc/paceline}. A cluster on one machine ({@code perNode}) gets a folder
 * per node, each with a configuration naming that node and keeping its state, logs and
 * socket in its own folder, all sharing the one key: the demo and the process tests run
 * such clusters.
 */
public final class ClusterSetup {
    /** corosync's default port, so that firewall rules written for it still fit. */
    public static final int DEFAULT_PORT = 5405;
    public static final String CONFIG_FILE = "paceline.conf";
    public static final String KEY_FILE = "authkey";

    private ClusterSetup() {}

    /**
     * One node to set up.
     *
     * @param name      its node name
     * @param addresses its interconnect addresses, one or two, each with a port
     */
    public record NodeSpec(String name, List<InetSocketAddress> addresses) {
        public NodeSpec {
            addresses = List.copyOf(addresses);
        }
    }

    /** The files written, configuration files first, the key last. */
    public record Written(List<Path> configurations, Path key) {}

    /**
     * Writes the files under {@code folder}, which must not yet hold a cluster (an existing
     * key is never overwritten: that would cut this node off from the others).
     *
     * @throws IOException when a file cannot be written, or when one is there already
     */
    public static Written write(Path folder, String clusterName, List<NodeSpec> nodes, boolean perNode,
                                boolean twoNode) throws IOException {
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("a cluster has at least one node");
        }
        Path keyFile = folder.resolve(KEY_FILE);
        if (Files.exists(keyFile)) {
            throw new IOException(keyFile + ": a cluster key is there already; remove it to set up a new cluster");
        }
        Files.createDirectories(folder);
        var members = new ArrayList<NodeConfig.Member>();
        for (int i = 0; i < nodes.size(); i++) {
            members.add(new NodeConfig.Member(nodes.get(i).name(), i + 1, nodes.get(i).addresses()));
        }
        var quorum = new NodeConfig.QuorumSettings(0, twoNode, twoNode);
        var configurations = new ArrayList<Path>();
        SequencedMap<Path, String> texts = new LinkedHashMap<>();
        if (perNode) {
            for (NodeConfig.Member member : members) {
                Path nodeFolder = folder.resolve(member.name());
                var config = new NodeConfig(clusterName, member.name(), members, Path.of("..", KEY_FILE),
                        Path.of("state"), Path.of("paceline.log"), Path.of("pm_logconv.out"), Path.of("paceline.sock"),
                        Path.of("rsctmp"), Path.of("run"),
                        MembershipConfig.DEFAULT_HANG_TIMEOUT, MembershipConfig.DEFAULT_JOIN_TIMEOUT, quorum);
                texts.put(nodeFolder.resolve(CONFIG_FILE), NodeConfigWriter.write(config, true));
            }
        } else {
            var config = new NodeConfig(clusterName, members.getFirst().name(), members, Path.of(KEY_FILE),
                    Path.of("/var/lib/paceline"), Path.of("/var/log/paceline/paceline.log"),
                    Path.of("/var/log/paceline/pm_logconv.out"), Path.of("/run/paceline/paceline.sock"),
                    Path.of("/run/resource-agents"), Path.of("/var/run"),
                    MembershipConfig.DEFAULT_HANG_TIMEOUT, MembershipConfig.DEFAULT_JOIN_TIMEOUT, quorum);
            texts.put(folder.resolve(CONFIG_FILE), NodeConfigWriter.write(config, false));
        }
        for (Path file : texts.keySet()) {
            if (Files.exists(file)) {
                throw new IOException(file + ": a configuration is there already");
            }
        }
        for (var entry : texts.entrySet()) {
            Files.createDirectories(entry.getKey().getParent());
            Files.writeString(entry.getKey(), entry.getValue(), StandardCharsets.UTF_8);
            configurations.add(entry.getKey());
        }
        ClusterKey.generate().write(keyFile);
        return new Written(List.copyOf(configurations), keyFile);
    }

    /** Loopback addresses for a cluster on one machine: node i listens on 127.0.0.1, port base + 10 i. */
    public static List<NodeSpec> loopback(List<String> names, int basePort) {
        var specs = new ArrayList<NodeSpec>();
        for (int i = 0; i < names.size(); i++) {
            specs.add(new NodeSpec(names.get(i), List.of(new InetSocketAddress("127.0.0.1", basePort + 10 * i))));
        }
        return specs;
    }

    /**
     * One address each for a cluster on one machine whose nodes live apart (each in a network
     * namespace of its own, on a link of its own): node i listens on {@code addresses[i]},
     * port base + 10 i, so that the ports stay those of a loopback cluster of the same base.
     */
    public static List<NodeSpec> addressed(List<String> names, List<java.net.InetAddress> addresses, int basePort) {
        if (names.size() != addresses.size()) {
            throw new IllegalArgumentException(names.size() + " nodes but " + addresses.size() + " addresses");
        }
        var specs = new ArrayList<NodeSpec>();
        for (int i = 0; i < names.size(); i++) {
            specs.add(new NodeSpec(names.get(i), List.of(new InetSocketAddress(addresses.get(i), basePort + 10 * i))));
        }
        return specs;
    }
}
