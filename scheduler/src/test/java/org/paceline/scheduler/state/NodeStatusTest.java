package org.paceline.scheduler.state;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How a node's status entry decides whether it is online, pending, or must be fenced. */
class NodeStatusTest {
    private static ClusterNode node(ClusterState state, String name) {
        return state.node(name).orElseThrow();
    }

    @Test
    void unpack_joinedMemberExpectedUp_isOnline() {
        var state = CibText.cluster().nodes("n1").up("n1", "").unpack();
        assertTrue(node(state, "n1").online());
        assertFalse(node(state, "n1").unclean());
    }

    @Test
    void unpack_memberOnItsWayDown_isStillOnline() {
        var state = CibText.cluster().nodes("n1")
                .state("n1", "in_ccm=\"true\" crmd=\"online\" join=\"member\" expected=\"down\"", "").unpack();
        assertTrue(node(state, "n1").online());
        assertFalse(node(state, "n1").pending());
    }

    @Test
    void unpack_inMembershipButControllerNotJoined_isPending() {
        var state = CibText.cluster().nodes("n1")
                .state("n1", "in_ccm=\"true\" crmd=\"offline\" join=\"down\" expected=\"down\"", "").unpack();
        assertTrue(node(state, "n1").pending());
        assertFalse(node(state, "n1").unclean());
    }

    @Test
    void unpack_lostFromMembershipWhileExpectedUp_isUnclean() {
        var state = CibText.cluster().nodes("n1", "n2").up("n1", "")
                .state("n2", "in_ccm=\"false\" crmd=\"offline\" join=\"down\" expected=\"member\"", "").unpack();
        assertFalse(node(state, "n2").online());
        assertTrue(node(state, "n2").unclean());
    }

    @Test
    void unpack_neverSeenWithFencing_isUnclean() {
        var state = CibText.cluster().nodes("n1", "n2").up("n1", "").unpack();
        assertTrue(node(state, "n2").unclean());
    }

    @Test
    void unpack_neverSeenWithoutFencing_isOfflineAndClean() {
        var state = CibText.cluster().property("stonith-enabled", "false").nodes("n1", "n2").up("n1", "").unpack();
        assertFalse(node(state, "n2").online());
        assertFalse(node(state, "n2").unclean());
    }

    @Test
    void unpack_controllerUpButNotJoinedWithoutFencing_isOfflineNotPending() {
        var state = CibText.cluster().property("stonith-enabled", "false").nodes("n1")
                .state("n1", "in_ccm=\"true\" crmd=\"online\" join=\"pending\" expected=\"member\"", "").unpack();
        assertFalse(node(state, "n1").online());
        assertFalse(node(state, "n1").pending());
    }

    @Test
    void unpack_pendingLongerThanTimeout_isUnclean() {
        long joined = CibText.NOW.getEpochSecond() - 600;
        var state = CibText.cluster().property("node-pending-timeout", "300s").nodes("n1", "n2").up("n1", "")
                .state("n2", "in_ccm=\"" + joined + "\" crmd=\"0\"", "").unpack();
        assertTrue(node(state, "n2").unclean());
    }

    @Test
    void unpack_activeOnNodeThatLeft_makesItUnclean() {
        var state = CibText.cluster().nodes("n1", "n2").resources(CibText.dummy("r"))
                .up("n1", "")
                .state("n2", "in_ccm=\"false\" crmd=\"offline\" join=\"down\" expected=\"down\"",
                        CibText.history("r", "start:0:0:0")).unpack();
        assertTrue(node(state, "n2").unclean());
        assertTrue(state.resource("r").orElseThrow().runningOn().contains(node(state, "n2")));
    }
}
