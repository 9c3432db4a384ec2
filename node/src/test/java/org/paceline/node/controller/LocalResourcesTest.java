package org.paceline.node.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.node.executor.ExecutorStatus;
import org.paceline.node.executor.OcfOperation;
import org.paceline.node.executor.OpResult;

class LocalResourcesTest {
    private static final Instant T0 = Instant.parse("2026-01-05T10:51:00Z");

    private static OperationRequest request(String task, long intervalMillis) {
        var operation = new OcfOperation("vip", "heartbeat", "Dummy", task, intervalMillis, Duration.ofSeconds(20),
                null, null, new LinkedHashMap<>(), new LinkedHashMap<>());
        return new OperationRequest("pm01", "3:1:0:uuid", "vip_" + task + "_" + intervalMillis, "vip", "ocf",
                "heartbeat", "Dummy", task, intervalMillis, Duration.ofSeconds(20), operation, new LinkedHashMap<>());
    }

    private static OpResult result(int rc, Instant at) {
        return new OpResult(rc, ExecutorStatus.DONE, "", "", "", at, at.plusMillis(15));
    }

    private static <T> List<T> of(List<LocalEffect> effects, Class<T> kind) {
        return effects.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    @Test
    void recurringMonitor_repeatsByTimer_reportsOnlyWhenItsResultChanges() {
        var node = new LocalResources("pm01");
        node.step(new LocalEvent.Requested(request("monitor", 10_000), T0));
        var execute = of(node.ready(), LocalEffect.Execute.class).getFirst();
        node.step(new LocalEvent.Finished(execute.callId(), result(0, T0), T0));
        var first = node.ready();
        assertEquals(1, of(first, LocalEffect.Report.class).size(), "the first result is always reported");
        assertEquals(Duration.ofSeconds(10), of(first, LocalEffect.SetTimer.class).getFirst().delay());

        String timer = of(first, LocalEffect.SetTimer.class).getFirst().timerId();
        for (int i = 1; i <= 3; i++) {
            Instant at = T0.plusSeconds(10L * i);
            node.step(new LocalEvent.TimerFired(timer, at));
            var again = of(node.ready(), LocalEffect.Execute.class).getFirst();
            assertEquals(execute.callId(), again.callId(), "a recurring monitor keeps its call id");
            node.step(new LocalEvent.Finished(again.callId(), result(0, at), at));
            assertTrue(of(node.ready(), LocalEffect.Report.class).isEmpty(), "the same answer is not reported again");
        }
        node.step(new LocalEvent.TimerFired(timer, T0.plusSeconds(40)));
        var failing = of(node.ready(), LocalEffect.Execute.class).getFirst();
        node.step(new LocalEvent.Finished(failing.callId(), result(7, T0.plusSeconds(40)), T0.plusSeconds(40)));
        var reports = of(node.ready(), LocalEffect.Report.class);
        assertEquals(1, reports.size());
        assertEquals(7, reports.getFirst().report().result().rc());
    }

    @Test
    void stop_cancelsTheResourcesMonitorsFirst_andNothingRepeatsAfterwards() {
        var node = new LocalResources("pm01");
        node.step(new LocalEvent.Requested(request("monitor", 10_000), T0));
        var monitor = of(node.ready(), LocalEffect.Execute.class).getFirst();
        node.step(new LocalEvent.Finished(monitor.callId(), result(0, T0), T0));
        String timer = of(node.ready(), LocalEffect.SetTimer.class).getFirst().timerId();

        node.step(new LocalEvent.Requested(request("stop", 0), T0.plusSeconds(1)));
        var effects = node.ready();
        assertTrue(of(effects, LocalEffect.CancelTimer.class).stream().anyMatch(t -> t.timerId().equals(timer)));
        assertEquals("stop", of(effects, LocalEffect.Execute.class).getFirst().request().task());
        assertEquals(List.of(), node.recurringMonitors());
        node.step(new LocalEvent.TimerFired(timer, T0.plusSeconds(10)));
        assertTrue(of(node.ready(), LocalEffect.Execute.class).isEmpty());
    }

    @Test
    void cancel_stopsTheMonitor_andIsReportedDone() {
        var node = new LocalResources("pm01");
        node.step(new LocalEvent.Requested(request("monitor", 10_000), T0));
        var monitor = of(node.ready(), LocalEffect.Execute.class).getFirst();
        node.step(new LocalEvent.Finished(monitor.callId(), result(0, T0), T0));
        node.ready();
        node.step(new LocalEvent.CancelRequested(request("cancel", 10_000), T0.plusSeconds(2)));
        var reports = of(node.ready(), LocalEffect.Report.class);
        assertEquals(1, reports.size());
        assertEquals(monitor.callId(), reports.getFirst().report().callId());
        assertTrue(reports.getFirst().report().succeeded());
        assertEquals(List.of(), node.recurringMonitors());
    }

    @Test
    void oneOperationPerResourceAtATime_inTheOrderAsked() {
        var node = new LocalResources("pm01");
        node.step(new LocalEvent.Requested(request("start", 0), T0));
        node.step(new LocalEvent.Requested(request("monitor", 10_000), T0));
        var started = of(node.ready(), LocalEffect.Execute.class);
        assertEquals(List.of("start"), started.stream().map(e -> e.request().task()).toList());
        assertEquals(1, node.inFlight().size());
        node.step(new LocalEvent.Finished(started.getFirst().callId(), result(0, T0), T0));
        var next = node.ready();
        assertEquals("start", of(next, LocalEffect.Report.class).getFirst().report().request().task());
        assertEquals(List.of("monitor"), of(next, LocalEffect.Execute.class).stream().map(e -> e.request().task())
                .toList());
    }

    @Test
    void requestForAnotherNode_isRefused() {
        var node = new LocalResources("pm02");
        assertThrows(IllegalStateException.class,
                () -> node.step(new LocalEvent.Requested(request("start", 0), T0)));
    }
}
