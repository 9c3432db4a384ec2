package org.paceline.node.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What agents' exit codes and exit reasons mean. */
class ExitCodeTest {
    @Test
    void ocfExitCode_standardCodes_haveTheirMeaning() {
        assertEquals(OcfExitCode.SUCCESS, OcfExitCode.of(0));
        assertEquals(OcfExitCode.ERR_INSTALLED, OcfExitCode.of(5));
        assertEquals(OcfExitCode.NOT_RUNNING, OcfExitCode.of(7));
        assertEquals(OcfExitCode.RUNNING_PROMOTED, OcfExitCode.of(8));
        assertEquals(OcfExitCode.FAILED_PROMOTED, OcfExitCode.of(9));
        assertEquals(OcfExitCode.DEGRADED, OcfExitCode.of(190));
        assertEquals(OcfExitCode.DEGRADED_PROMOTED, OcfExitCode.of(191));
        assertEquals("not running", OcfExitCode.of(7).text());
    }

    @Test
    void ocfExitCode_codeOutsideTheStandard_isUnknownAndAnError() {
        assertEquals(OcfExitCode.UNKNOWN, OcfExitCode.of(10));
        assertEquals(OcfExitCode.UNKNOWN, OcfExitCode.of(-1));
        assertTrue(OcfExitCode.of(143).isError());
        assertFalse(OcfExitCode.NOT_RUNNING.isError());
        assertFalse(OcfExitCode.DEGRADED.isError());
        assertTrue(OcfExitCode.FAILED_PROMOTED.isError());
    }

    @Test
    void lsbStatus_deadOrStopped_isNotRunning() {
        assertEquals(0, LsbScript.ocfCode("status", 0));
        assertEquals(7, LsbScript.ocfCode("status", 1));
        assertEquals(7, LsbScript.ocfCode("status", 2));
        assertEquals(7, LsbScript.ocfCode("status", 3));
        assertEquals(7, LsbScript.ocfCode("monitor", 3));
    }

    @Test
    void lsbStatus_unknownOrReservedCode_isAnError() {
        assertEquals(1, LsbScript.ocfCode("status", 4));
        assertEquals(5, LsbScript.ocfCode("status", 5));
        assertEquals(4, LsbScript.ocfCode("status", 6));
        assertEquals(1, LsbScript.ocfCode("status", 150));
    }

    @Test
    void lsbOtherActions_codesUpToSeven_keepTheirNumber() {
        assertEquals(0, LsbScript.ocfCode("start", 0));
        assertEquals(6, LsbScript.ocfCode("start", 6));
        assertEquals(7, LsbScript.ocfCode("stop", 7));
        assertEquals(1, LsbScript.ocfCode("start", 8));
        assertEquals(1, LsbScript.ocfCode("start", 255));
    }

    @Test
    void exitReason_severalLines_isTheLastOneTrimmed() {
        String errors = "warning: x\nocf-exit-reason:first\nmore\nocf-exit-reason: Configuration file missing \n";

        assertEquals("Configuration file missing", OpResult.exitReason(errors));
    }

    @Test
    void exitReason_none_isEmpty() {
        assertEquals("", OpResult.exitReason("just noise\n"));
        assertEquals("", OpResult.exitReason(""));
    }
}
