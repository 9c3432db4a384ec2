package org.paceline.node.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** votequorum's rules for one vote per node: majority, two_node, wait_for_all. */
class QuorumTest {

    @Test
    void of_twoNodesBothSeen_isQuorate() {
        assertTrue(Quorum.of(2, 2, false, false, true).hasQuorum());
    }

    @Test
    void of_oneOfTwoWithoutTwoNode_hasNoQuorum() {
        Quorum quorum = Quorum.of(2, 1, false, false, true);
        assertFalse(quorum.hasQuorum());
        assertEquals("no quorum: 1 of 2 expected votes, 2 needed", quorum.reason());
    }

    @Test
    void of_oneOfTwoWithTwoNode_isQuorate() {
        Quorum quorum = Quorum.of(2, 1, true, false, false);
        assertTrue(quorum.hasQuorum());
        assertEquals("quorate: 1 of 2 expected votes, 1 needed (two_node)", quorum.reason());
    }

    @Test
    void of_oneOfTwoWithTwoNodeAndWaitForAll_waitsUntilBothWereSeen() {
        Quorum waiting = Quorum.of(2, 1, true, true, false);
        assertFalse(waiting.hasQuorum());
        assertEquals("no quorum: waiting for all 2 nodes to be seen together once (wait_for_all), 1 seen",
                waiting.reason());
        assertTrue(Quorum.of(2, 1, true, true, true).hasQuorum());
    }

    @Test
    void of_bothOfTwoWithWaitForAll_isQuorateEvenBeforeTheFlagIsSet() {
        assertTrue(Quorum.of(2, 2, true, true, false).hasQuorum());
    }

    @Test
    void of_threeNodes_needTwo() {
        assertTrue(Quorum.of(3, 3, false, false, true).hasQuorum());
        assertTrue(Quorum.of(3, 2, false, false, true).hasQuorum());
        assertFalse(Quorum.of(3, 1, false, false, true).hasQuorum());
    }

    @Test
    void of_threeNodesWithTwoNode_ignoresTwoNode() {
        Quorum quorum = Quorum.of(3, 1, true, false, true);
        assertFalse(quorum.hasQuorum());
        assertEquals("no quorum: 1 of 3 expected votes, 2 needed", quorum.reason());
    }

    @Test
    void of_threeNodesWithWaitForAll_waitsForAllThenKeepsMajority() {
        assertFalse(Quorum.of(3, 2, false, true, false).hasQuorum());
        assertTrue(Quorum.of(3, 3, false, true, false).hasQuorum());
        assertTrue(Quorum.of(3, 2, false, true, true).hasQuorum());
        assertFalse(Quorum.of(3, 1, false, true, true).hasQuorum());
    }

    @Test
    void of_fiveNodes_needThree() {
        assertTrue(Quorum.of(5, 3, false, false, true).hasQuorum());
        assertFalse(Quorum.of(5, 2, false, false, true).hasQuorum());
        assertFalse(Quorum.of(5, 2, true, false, true).hasQuorum());
        assertFalse(Quorum.of(5, 4, false, true, false).hasQuorum());
        assertTrue(Quorum.of(5, 3, false, true, true).hasQuorum());
    }

    @Test
    void of_moreMembersThanExpected_raisesTheExpectation() {
        Quorum quorum = Quorum.of(2, 4, false, false, true);
        assertTrue(quorum.hasQuorum());
        assertEquals("quorate: 4 of 4 expected votes, 3 needed", quorum.reason());
    }

    @Test
    void of_noExpectedVotes_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> Quorum.of(0, 1, false, false, true));
        assertThrows(IllegalArgumentException.class, () -> Quorum.of(3, -1, false, false, true));
    }

    @Property
    void of_twoDisjointPartitions_areNeverBothQuorate(@ForAll @IntRange(min = 1, max = 64) int expected,
                                                      @ForAll @IntRange(min = 0, max = 64) int left,
                                                      @ForAll boolean twoNode, @ForAll boolean waitForAll) {
        int right = expected - Math.min(left, expected);
        int leftSide = expected - right;
        boolean bothQuorate = Quorum.of(expected, leftSide, twoNode, waitForAll, true).hasQuorum()
                && Quorum.of(expected, right, twoNode, waitForAll, true).hasQuorum();
        // two_node knowingly allows it: fencing, not quorum, settles a two-node split.
        assertTrue(!bothQuorate || (twoNode && expected == 2), expected + " split " + leftSide + "/" + right);
    }

    @Property
    void of_oneMoreMember_neverLosesQuorum(@ForAll @IntRange(min = 1, max = 64) int expected,
                                           @ForAll @IntRange(min = 0, max = 63) int seen,
                                           @ForAll boolean twoNode, @ForAll boolean waitForAll,
                                           @ForAll boolean everSeenAll) {
        boolean before = Quorum.of(expected, seen, twoNode, waitForAll, everSeenAll).hasQuorum();
        boolean after = Quorum.of(expected, seen + 1, twoNode, waitForAll, everSeenAll).hasQuorum();
        assertTrue(!before || after, expected + " expected, " + seen + " seen");
    }
}
