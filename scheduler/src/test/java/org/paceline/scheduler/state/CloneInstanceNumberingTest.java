package org.paceline.scheduler.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which instance of a clone each node's history belongs to. */
class CloneInstanceNumberingTest {
    private static final String CLONE = "<clone id=\"c\">" + CibText.dummy("r") + "</clone>";

    private static List<String> where(ClusterState state, String id) {
        return state.resource(id).orElseThrow().runningOn().stream().map(ClusterNode::name).toList();
    }

    @Test
    void unpack_anonymousCloneHistories_takeInstancesInStatusOrder() {
        var state = CibText.cluster().nodes("n1", "n2").resources(CLONE)
                .up("n2", CibText.history("r", "start:0:0:0"))
                .up("n1", CibText.history("r", "start:0:0:0")).unpack();
        assertEquals(List.of("n2"), where(state, "r:0"));
        assertEquals(List.of("n1"), where(state, "r:1"));
    }

    @Test
    void unpack_historyNamedWithAnotherInstanceNumber_isMatchedAnonymously() {
        var state = CibText.cluster().nodes("n1", "n2").resources(CLONE)
                .up("n1", CibText.history("r:1", "start:0:0:0")).up("n2", "").unpack();
        assertEquals(List.of("n1"), where(state, "r:0"));
    }

    @Test
    void unpack_secondHistoryOfOneAnonymousCloneOnOneNode_isAnOrphanInstance() {
        var state = CibText.cluster().nodes("n1", "n2").resources(CLONE)
                .up("n1", CibText.history("r:0", "start:0:0:0") + CibText.history("r:1", "start:0:0:0"))
                .up("n2", "").unpack();
        var clone = state.resource("c").orElseThrow();
        assertEquals(3, clone.children().size());
        assertTrue(clone.children().get(2).orphan());
        assertEquals(List.of("n1"), where(state, "r:2"));
    }

    @Test
    void unpack_cloneNodeMaxAboveOne_isUniqueByDefault() {
        var state = CibText.cluster().nodes("n1").resources("<clone id=\"c\">" + CibText.dummy("r")
                + "<meta_attributes id=\"m\"><nvpair id=\"m1\" name=\"clone-node-max\" value=\"2\"/>"
                + "</meta_attributes></clone>").up("n1", "").unpack();
        assertTrue(state.resource("c").orElseThrow().unique());
    }

    @Test
    void unpack_lsbClone_isAnonymousEvenWhenGloballyUnique() {
        var state = CibText.cluster().nodes("n1").resources("<clone id=\"c\">"
                + "<primitive id=\"r\" class=\"lsb\" type=\"httpd\"/>"
                + "<meta_attributes id=\"m\"><nvpair id=\"m1\" name=\"globally-unique\" value=\"true\"/>"
                + "</meta_attributes></clone>").up("n1", "").unpack();
        assertFalse(state.resource("c").orElseThrow().unique());
    }
}
