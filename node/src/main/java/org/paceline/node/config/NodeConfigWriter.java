package org.paceline.node.config;

import java.net.InetSocketAddress;
import java.util.stream.Collectors;

/**
 * Writes a node configuration in the form {@link NodeConfigReader} reads, with a comment
 * per setting, so that the file an operator opens explains itself.
 */
public final class NodeConfigWriter {
    private NodeConfigWriter() {}

    /**
     * The file's text. {@code withNodeName} false leaves {@code node_name} out, so that the
     * same file serves every node (each takes its host name).
     */
    public static String write(NodeConfig config, boolean withNodeName) {
        var out = new StringBuilder();
        out.append("# Paceline node configuration (paceline node start --config FILE).\n");
        out.append("# Relative paths are taken from this file's folder.\n\n");
        out.append("cluster_name = ").append(config.clusterName()).append('\n');
        if (withNodeName) {
            out.append("node_name = ").append(config.nodeName()).append('\n');
        } else {
            out.append("# node_name: this host's name (uname -n) unless set here\n");
        }
        out.append("\n# member = NAME ID ADDRESS:PORT [ADDRESS:PORT of a second interconnect]\n");
        for (NodeConfig.Member member : config.members()) {
            out.append("member = ").append(member.name()).append(' ').append(member.id()).append(' ')
                    .append(member.addresses().stream().map(NodeConfigWriter::address).collect(Collectors.joining(" ")))
                    .append('\n');
        }
        out.append("\n# The cluster key: the same 32 bytes on every node, readable by root only.\n");
        out.append("key_file = ").append(config.keyFile()).append('\n');
        out.append("state_dir = ").append(config.stateDirectory()).append('\n');
        out.append("log_file = ").append(config.logFile()).append('\n');
        out.append("operational_log = ").append(config.operationalLog()).append('\n');
        out.append("socket = ").append(config.socket()).append('\n');
        out.append("\n# Agents' HA_RSCTMP (lost with the host's power: a tmpfs) and HA_VARRUN.\n");
        out.append("agent_tmp_dir = ").append(config.agentTemporary()).append('\n');
        out.append("agent_run_dir = ").append(config.agentRun()).append('\n');
        out.append("\n# A member silent for this long leaves the view; a crashed one leaves at once.\n");
        out.append("hang_timeout = ").append(config.hangTimeout().toMillis()).append("ms\n");
        out.append("join_timeout = ").append(config.joinTimeout().toMillis()).append("ms\n");
        out.append("\n# Quorum: expected_votes 0 counts one vote per member.\n");
        out.append("expected_votes = ").append(config.quorum().expectedVotes()).append('\n');
        out.append("two_node = ").append(config.quorum().twoNode()).append('\n');
        out.append("wait_for_all = ").append(config.quorum().waitForAll()).append('\n');
        return out.toString();
    }

    private static String address(InetSocketAddress address) {
        String host = address.getHostString();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }
}
