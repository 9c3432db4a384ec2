package org.paceline.node.membership;

/**
 * Whether a partition has quorum, by corosync votequorum's rules with one vote per node.
 *
 * <p>A partition is quorate when it holds a majority of the expected votes
 * ({@code expected / 2 + 1}); seeing more members than expected raises the expectation,
 * as votequorum does. {@code two_node} makes one node of a two-node cluster quorate on its
 * own. {@code wait_for_all} withholds quorum until every expected node has been seen at
 * once, a single time after start-up; corosync turns it on with {@code two_node} unless
 * told otherwise, a default the caller applies. What a lack of quorum implies
 * ({@code no-quorum-policy}: stop, freeze, ignore, demote, fence) is the scheduler's.
 *
 * @param hasQuorum whether this partition may run resources
 * @param reason    why, in words, for logs and {@code crm_mon}
 */
public record Quorum(boolean hasQuorum, String reason) {

    /**
     * Judges one partition.
     *
     * @param expectedVotes configured votes (nodes) in the whole cluster, at least 1
     * @param membersSeen   members in this partition's view, this node included
     * @param twoNode       corosync's {@code two_node}
     * @param waitForAll    corosync's {@code wait_for_all}
     * @param everSeenAll   whether all expected nodes have been in one view since start-up
     */
    public static Quorum of(int expectedVotes, int membersSeen, boolean twoNode, boolean waitForAll,
                            boolean everSeenAll) {
        if (expectedVotes < 1 || membersSeen < 0) {
            throw new IllegalArgumentException("expected votes must be at least 1 and members seen at least 0, not "
                    + expectedVotes + " and " + membersSeen);
        }
        int expected = Math.max(expectedVotes, membersSeen);
        if (waitForAll && !everSeenAll && membersSeen < expected) {
            return new Quorum(false, "no quorum: waiting for all " + expected
                    + " nodes to be seen together once (wait_for_all), " + membersSeen + " seen");
        }
        // votequorum ignores two_node once a third node counts.
        boolean twoNodeApplies = twoNode && expected == 2;
        int needed = twoNodeApplies ? 1 : expected / 2 + 1;
        String votes = membersSeen + " of " + expected + " expected votes, " + needed + " needed"
                + (twoNodeApplies ? " (two_node)" : "");
        if (membersSeen >= needed) {
            return new Quorum(true, "quorate: " + votes);
        }
        return new Quorum(false, "no quorum: " + votes);
    }
}
