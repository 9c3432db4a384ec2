package org.paceline.node.fencer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The fencing history as {@code stonith_admin -H} shows it, and its cleaning and limit. */
class FencingHistoryTest {
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void lines_pendingFirstThenNewestCompleted_withReasonsForFailures() {
        var history = new FencingHistory();
        history.record(done("r1", "pm02", true, "", AT.plusSeconds(1)));
        history.record(done("r2", "pm02", false, "every device failed: ipmi reboot: rc=1", AT.plusSeconds(5)));
        history.record(FenceHistoryEntry.pending(new FenceRequest("pm02", FenceAction.OFF, "pm03", "r3"), "pm01", AT));
        history.record(done("r4", "pm03", true, "", AT.plusSeconds(9)));

        assertEquals(List.of(
                "off of pm02 pending: delegate=pm01, origin=pm03",
                "reboot of pm02 failed: delegate=pm01, origin=pm01, device=ipmi, last-failed='2026-12-01 10:00:05Z'"
                        + " (every device failed: ipmi reboot: rc=1)",
                "reboot of pm02 successful: delegate=pm01, origin=pm01, device=ipmi, completed='2026-12-01 10:00:01Z'"),
                history.lines("pm02"));
        assertEquals(4, history.lines("*").size());
    }

    @Test
    void clean_forgetsCompletedAttemptsOfTheTargetOnly() {
        var history = new FencingHistory();
        history.record(done("r1", "pm02", true, "", AT));
        history.record(done("r2", "pm03", true, "", AT));
        history.record(FenceHistoryEntry.pending(new FenceRequest("pm02", FenceAction.OFF, "pm03", "r3"), "pm01", AT));

        history.clean("pm02");

        assertEquals(List.of("r2", "r3"), history.entries().stream().map(FenceHistoryEntry::requestId).toList());
    }

    @Test
    void record_beyondTheLimit_dropsTheOldestCompleted() {
        var history = new FencingHistory();
        for (int i = 0; i <= FencingHistory.LIMIT; i++) {
            history.record(done("r" + i, "pm02", true, "", AT.plusSeconds(i)));
        }

        assertEquals(FencingHistory.LIMIT, history.entries().size());
        assertEquals("r1", history.entries().getFirst().requestId());
    }

    private static FenceHistoryEntry done(String id, String target, boolean ok, String reason, Instant at) {
        var request = new FenceRequest(target, FenceAction.REBOOT, "pm01", id);
        return FenceHistoryEntry.of(new FenceResult(request, ok, reason, "ipmi", "pm01", at), AT);
    }
}
