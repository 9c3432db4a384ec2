package org.paceline.node.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.node.executor.sim.SimulatedScriptRunner;
import org.paceline.node.executor.sim.SimulatedScriptRunner.Reply;

/** The front ends over the simulated runner: scripted exits, hangs, floods and missing agents, no process. */
class SimulatedScriptRunnerTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final ExecutorSettings PM01 = ExecutorSettings.debian("pm01", "1", Path.of("/faces"));

    private final SimulatedScriptRunner runner = new SimulatedScriptRunner();
    private final OcfAgent agents = new OcfAgent(runner, new SteppingClock(), PM01);

    @Test
    void run_scriptedReplies_comeInOrder() {
        runner.when("Dummy", "monitor", Reply.exits(7), Reply.exits(0));

        assertEquals(OcfExitCode.NOT_RUNNING, agents.run(dummy("monitor")).exitCode());
        assertEquals(OcfExitCode.SUCCESS, agents.run(dummy("monitor")).exitCode());
        assertEquals(OcfExitCode.ERR_INSTALLED, agents.run(dummy("monitor")).exitCode(), "nothing left scripted");
    }

    @Test
    void run_call_carriesPathActionEnvironmentAndTimeout() {
        runner.when("Dummy", "start", Reply.exits(0));

        agents.run(dummy("start"));

        var call = runner.calls().getFirst();
        assertEquals(Path.of("/usr/lib/ocf/resource.d/heartbeat/Dummy"), call.call().executable());
        assertEquals(List.of("start"), call.call().arguments());
        assertEquals(OcfEnvironment.of(dummy("start"), PM01), call.call().environment());
        assertEquals(TIMEOUT, call.timeout());
    }

    @Test
    void run_hangingAgent_isTimedOutWithRcOne() {
        runner.when("Dummy", "stop", Reply.hangs());

        OpResult result = agents.run(dummy("stop"));

        assertEquals(ExecutorStatus.TIMED_OUT, result.status());
        assertEquals(1, result.rc());
    }

    @Test
    void run_failingAgent_givesItsExitReason() {
        runner.when("Dummy", "start", Reply.exits(6, "", "ocf-exit-reason:state file not writable\n"));

        OpResult result = agents.run(dummy("start"));

        assertEquals(OcfExitCode.ERR_CONFIGURED, result.exitCode());
        assertEquals("state file not writable", result.exitReason());
        assertEquals("rc=6 (not configured) status=DONE 10 ms: state file not writable", result.summary());
    }

    @Test
    void run_floodingAgent_outputIsCut() {
        runner.when("Dummy", "monitor", Reply.floods(10_000_000));

        OpResult result = agents.run(dummy("monitor"));

        assertTrue(result.output().endsWith("[output cut: 10000000 bytes written]"));
    }

    @Test
    void cancel_heldOperation_endsCancelled() {
        runner.when("Dummy", "start", Reply.held());

        OpHandle handle = agents.start(dummy("start"));
        assertFalse(handle.result().isDone());
        assertEquals(1, runner.pending());
        handle.cancel();

        assertEquals(ExecutorStatus.CANCELLED, handle.await().status());
        assertEquals(0, runner.pending());
    }

    @Test
    void releaseOldest_heldOperation_endsAsReleased() {
        runner.when("Dummy", "start", Reply.held());
        OpHandle handle = agents.start(dummy("start"));

        assertTrue(runner.releaseOldest(Reply.exits(0)));

        assertTrue(handle.await().answered(OcfExitCode.SUCCESS));
    }

    @Test
    void lsbMonitor_isCalledAsStatusAndMapped() {
        runner.when("postgresql", "status", Reply.exits(3));
        var scripts = new LsbScript(runner, new SteppingClock(), PM01);

        OpResult result = scripts.run("postgresql", "monitor", TIMEOUT);

        assertEquals(OcfExitCode.NOT_RUNNING, result.exitCode());
        assertEquals(Path.of("/etc/init.d/postgresql"), runner.calls().getFirst().call().executable());
    }

    @Test
    void fenceAgent_callsWithoutArgumentsAndLinesOnStdin() {
        runner.when("fence_ipmilan", "", Reply.exits(0));
        var fence = new FenceAgent(runner, new SteppingClock(), PM01);
        var operation = FenceOperation.of("fence_ipmilan", "off", "pm02", new java.util.LinkedHashMap<>(), TIMEOUT);

        assertEquals(0, fence.run(operation).rc());

        var call = runner.calls().getFirst().call();
        assertEquals(List.of(), call.arguments());
        assertEquals("action=off\nnodename=pm02\nport=pm02\n", new String(call.stdin(), java.nio.charset.StandardCharsets.UTF_8));
    }

    private static OcfOperation dummy(String action) {
        return OcfOperation.of("dummy", "heartbeat", "Dummy", action, TIMEOUT);
    }
}
