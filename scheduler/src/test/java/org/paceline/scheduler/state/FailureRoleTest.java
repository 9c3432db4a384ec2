package org.paceline.scheduler.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a node's operation history says of a resource's role and failure. */
class FailureRoleTest {
    private static ResourceInstance unpack(String resources, String history) {
        return CibText.cluster().nodes("n1").resources(resources).up("n1", history).unpack()
                .resource("r").orElseThrow();
    }

    @Test
    void unpack_failedMonitor_isStartedAndFailed() {
        var r = unpack(CibText.dummy("r"), CibText.history("r", "start:0:0:0", "monitor:10000:1:0"));
        assertEquals(Role.STARTED, r.role());
        assertTrue(r.failed());
        assertEquals(ResourceInstance.OnFail.RESTART, r.onFail());
    }

    @Test
    void unpack_failedMonitorThenStopAndStart_isNoLongerFailed() {
        var r = unpack(CibText.dummy("r"),
                CibText.history("r", "start:0:0:0", "monitor:10000:1:0", "stop:0:0:0", "start:0:0:0"));
        assertEquals(Role.STARTED, r.role());
        assertFalse(r.failed());
    }

    @Test
    void unpack_sameMonitorSucceedingAfterItsFailure_isNotFailed() {
        var r = unpack(CibText.dummy("r"),
                CibText.history("r", "start:0:0:0", "monitor:10000:1:0", "monitor:10000:0:0"));
        assertFalse(r.failed());
    }

    @Test
    void unpack_expectedResultRecordedAsExecutorError_isNoFailure() {
        var r = unpack(CibText.dummy("r"), CibText.history("r", "monitor:0:7:7:4"));
        assertEquals(Role.STOPPED, r.role());
        assertFalse(r.failed());
    }

    @Test
    void unpack_failedPromote_isPromotedAndFailed() {
        var state = CibText.cluster().nodes("n1").resources("<clone id=\"c\">" + CibText.dummy("r")
                        + "<meta_attributes id=\"m\"><nvpair id=\"m1\" name=\"promotable\" value=\"true\"/>"
                        + "</meta_attributes></clone>")
                .up("n1", CibText.history("r", "start:0:0:0", "promote:0:1:0")).unpack();
        var instance = state.resource("r:0").orElseThrow();
        assertEquals(Role.PROMOTED, instance.role());
        assertTrue(instance.failed());
    }

    @Test
    void unpack_probeFindingAgentMissing_isStoppedWithFailedProbe() {
        var r = unpack(CibText.dummy("r"), CibText.history("r", "monitor:0:5:7"));
        assertEquals(Role.STOPPED, r.role());
        assertFalse(r.failed());
        assertEquals(5, r.failedProbes().values().iterator().next());
    }

    @Test
    void unpack_failureWithOnFailIgnore_isStartedWithFailureIgnored() {
        var r = unpack("<primitive id=\"r\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\"><operations>"
                        + "<op id=\"r-mon\" name=\"monitor\" interval=\"10s\" on-fail=\"ignore\"/></operations></primitive>",
                CibText.history("r", "start:0:0:0", "monitor:10000:1:0"));
        assertEquals(Role.STARTED, r.role());
        assertFalse(r.failed());
        assertTrue(r.failureIgnored());
    }

    @Test
    void unpack_stopFailedWithoutFencing_isBlocked() {
        var state = CibText.cluster().property("stonith-enabled", "false").nodes("n1")
                .resources(CibText.dummy("r")).up("n1", CibText.history("r", "start:0:0:0", "stop:0:1:0")).unpack();
        var r = state.resource("r").orElseThrow();
        assertTrue(r.failed());
        assertTrue(r.blocked());
        assertFalse(r.managed());
    }

    @Test
    void unpack_failedStopWithFencing_fencesTheNode() {
        var state = CibText.cluster().nodes("n1").resources(CibText.dummy("r"))
                .up("n1", CibText.history("r", "start:0:0:0", "stop:0:1:0")).unpack();
        assertTrue(state.node("n1").orElseThrow().unclean());
    }
}
