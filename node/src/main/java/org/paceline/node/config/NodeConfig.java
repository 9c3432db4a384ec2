package org.paceline.node.config;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.paceline.node.membership.MembershipConfig;

/**
 * One node's daemon configuration, as read from its file: the cluster it belongs to, its
 * own name, every member and where each listens, the key, and where state and logs go.
 *
 * @param clusterName    the same on every member
 * @param nodeName       this node; one of {@code members}
 * @param members        every configured member, in file order
 * @param keyFile        the cluster key (32 raw bytes, owner-only)
 * @param stateDirectory where the CIB and the fencing history are kept across restarts
 * @param logFile        the full log
 * @param operationalLog the concise log in pm_logconv's wording
 * @param socket         the Unix socket the operator commands and agents' helpers use
 * @param agentTemporary {@code HA_RSCTMP}: agents' state that must not outlive the host's
 *                       power (a tmpfs on a real host)
 * @param agentRun       {@code HA_VARRUN}: agents' run files (Stateful's role; Debian's meatware keeps its FIFO in /run whatever this says)
 * @param hangTimeout    how long a silent member stays in the view
 * @param joinTimeout    how long a starting node looks for a running cluster
 * @param quorum         how votes are counted
 */
public record NodeConfig(String clusterName, String nodeName, List<Member> members, Path keyFile,
                         Path stateDirectory, Path logFile, Path operationalLog, Path socket,
                         Path agentTemporary, Path agentRun, Duration hangTimeout, Duration joinTimeout, QuorumSettings quorum) {

    /**
     * One member of the cluster.
     *
     * @param name      its node name (the CIB's {@code uname})
     * @param id        its node id (the CIB's node {@code id}), unique and positive
     * @param addresses one address per interconnect, one or two
     */
    public record Member(String name, int id, List<InetSocketAddress> addresses) {
        public Member {
            Objects.requireNonNull(name, "name");
            addresses = List.copyOf(addresses);
        }
    }

    /**
     * votequorum's settings.
     *
     * @param expectedVotes the votes a full cluster has; 0 means one per configured member
     * @param twoNode       a two-node cluster keeps quorum with one node (corosync's two_node)
     * @param waitForAll    quorum is first gained only once every member was seen together
     */
    public record QuorumSettings(int expectedVotes, boolean twoNode, boolean waitForAll) {}

    public NodeConfig {
        members = List.copyOf(members);
    }

    /** This node's own member entry; the reader guarantees there is one. */
    public Member self() {
        return member(nodeName).orElseThrow(() -> new IllegalStateException(
                "node " + nodeName + " is not among the configured members"));
    }

    public Optional<Member> member(String name) {
        return members.stream().filter(member -> member.name().equals(name)).findFirst();
    }

    /** The votes a full cluster has. */
    public int expectedVotes() {
        return quorum.expectedVotes() > 0 ? quorum.expectedVotes() : members.size();
    }

    /** What membership needs, with the key already read. */
    public MembershipConfig membership(org.paceline.node.membership.ClusterKey key) {
        var configured = members.stream()
                .map(member -> new MembershipConfig.Member(member.name(), member.addresses()))
                .toList();
        return new MembershipConfig(clusterName, nodeName, self().addresses().getFirst(), configured, key,
                hangTimeout, joinTimeout);
    }

    /** Where the CIB lives on this node. */
    public Path cibFile() {
        return stateDirectory.resolve("cib.xml");
    }
}
