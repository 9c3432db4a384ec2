package org.paceline.node.fencer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paceline.node.fencer.FencerDriver.cibWith;
import static org.paceline.node.fencer.FencerDriver.device;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.node.executor.ExecutorSettings;
import org.paceline.node.executor.FenceAgent;
import org.paceline.node.executor.StonithPlugin;
import org.paceline.node.executor.StonithSettings;
import org.paceline.node.executor.script.ProcessScriptRunner;

/** The fencer's loop with real agents, timers and threads: a test host powered off. */
class FencerLoopTest {
    @TempDir
    Path temp;

    @Test
    void request_delayedDeviceOnTheTestAgent_powersTheHostOffAndAnswers() throws Exception {
        String host = "t" + ProcessHandle.current().pid() + "-loop";
        var builder = new ProcessBuilder("sleep", "300");
        builder.environment().put("PACELINE_TEST_HOST", host);
        Process daemon = builder.start();
        var clock = InstantSource.system();
        var settings = new ExecutorSettings("pm01", "1", ExecutorSettings.DEFAULT_FEATURE_SET, temp, temp,
                AgentRunningLoop.testAgentFolder(), temp, temp, temp, temp);
        var answer = new CompletableFuture<FenceResult>();
        try (var loop = FencerLoop.start(new Fencer("pm01", RandomGenerator.of("L64X128MixRandom")),
                new FenceAgent(new ProcessScriptRunner(), clock, settings), plugins(settings), clock,
                answer::complete)) {
            loop.submit(new FencerEvent.CibChanged(FencerDriver.cib(cibWith("", device("lab", "fence_paceline_test",
                    "pcmk_host_list=" + host, "pcmk_delay_base=100ms"), "")), Map.of(), clock.instant()));
            loop.request(new FenceRequest(host, FenceAction.OFF, "pm01", "loop-1"));

            FenceResult result = answer.get(30, TimeUnit.SECONDS);
            List<String> history = loop.query(fencer -> fencer.history().lines(host)).get(5, TimeUnit.SECONDS);

            assertTrue(result.succeeded(), result.reason());
            assertTrue(daemon.waitFor(5, TimeUnit.SECONDS), "the host's process is killed");
            assertEquals(1, history.size());
            assertTrue(history.getFirst().startsWith("off of " + host + " successful: delegate=pm01"), history.getFirst());
        } finally {
            daemon.destroyForcibly();
        }
    }

    @Test
    void request_clusterGluePluginDevice_runsThroughTheStonithCommand() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/stonith")),
                "cluster-glue is not installed (no /usr/sbin/stonith)");
        var clock = InstantSource.system();
        var settings = new ExecutorSettings("pm01", "1", ExecutorSettings.DEFAULT_FEATURE_SET, temp, temp,
                AgentRunningLoop.testAgentFolder(), temp, temp, temp, temp);
        var answer = new CompletableFuture<FenceResult>();
        var fencer = new Fencer("pm01", RandomGenerator.of("L64X128MixRandom"));
        try (var loop = FencerLoop.start(fencer, new FenceAgent(new ProcessScriptRunner(), clock, settings),
                plugins(settings), clock, answer::complete)) {
            // cluster-glue's "null" plugin pretends to fence, and lists its hostlist.
            loop.submit(new FencerEvent.CibChanged(FencerDriver.cib(cibWith("",
                    device("glue", "null", "hostlist=pm01 pm02"), "")), Map.of(), clock.instant()));
            loop.request(new FenceRequest("pm02", FenceAction.REBOOT, "pm01", "loop-2"));

            FenceResult result = answer.get(30, TimeUnit.SECONDS);
            var plan = loop.query(f -> f.plan("pm02").lines()).get(5, TimeUnit.SECONDS);

            assertTrue(result.succeeded(), result.reason());
            assertEquals("glue", result.device());
            assertTrue(plan.contains("glue can fence pm02: its list names pm02"), plan.toString());
        }
    }

    private static StonithPlugin plugins(ExecutorSettings settings) {
        return new StonithPlugin(new ProcessScriptRunner(), InstantSource.system(), settings,
                StonithSettings.debian(Path.of("").toAbsolutePath().getParent()));
    }
}
