package org.paceline.node.fencer;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.paceline.cib.Cib;
import org.paceline.node.executor.ExecutorSettings;
import org.paceline.node.executor.FenceAgent;
import org.paceline.node.executor.script.ProcessScriptRunner;

/**
 * Runs a {@link Fencer} against real fence agents, one at a time on the calling thread: the
 * shape of the daemon's loop without its threads. Timers are not waited for (tests set none due).
 */
final class AgentRunningLoop {
    final Fencer fencer = new Fencer("pm01", RandomGenerator.of("L64X128MixRandom"));
    final List<FencerEffect.RunFenceAgent> ran = new ArrayList<>();
    private final FenceAgent agents;
    private final InstantSource clock = InstantSource.system();

    AgentRunningLoop(Path fenceDirectory, Path workingDirectory, Cib cib) {
        var settings = new ExecutorSettings("pm01", "1", ExecutorSettings.DEFAULT_FEATURE_SET, workingDirectory,
                workingDirectory, fenceDirectory, workingDirectory, workingDirectory, workingDirectory,
                workingDirectory);
        agents = new FenceAgent(new ProcessScriptRunner(), clock, settings);
        fencer.step(new FencerEvent.CibChanged(cib, Map.of(), clock.instant()));
        fencer.advance(fencer.ready());
    }

    /** The test fence agent's folder in this repository (tests run in the module's folder). */
    static Path testAgentFolder() {
        return Path.of("src/main/agents/fence").toAbsolutePath();
    }

    /** Asks for the fencing and runs every agent it needs until the request is answered. */
    FenceResult fence(String target, FenceAction action) {
        Instant now = clock.instant();
        fencer.step(new FencerEvent.FenceRequested(new FenceRequest(target, action, "pm01", "r-" + now), now));
        for (int round = 0; round < 100; round++) {
            var effects = fencer.ready();
            fencer.advance(effects);
            for (FencerEffect effect : effects) {
                switch (effect) {
                    case FencerEffect.RunFenceAgent run -> {
                        ran.add(run);
                        var result = agents.run(run.operation());
                        fencer.step(new FencerEvent.AgentFinished(run.operationId(), result, clock.instant()));
                    }
                    case FencerEffect.FencingCompleted completed -> {
                        return completed.result();
                    }
                    case FencerEffect.SetTimer timer -> {
                        // Deadlines lie a minute ahead: never due while agents answer in seconds.
                    }
                    case FencerEffect.CancelFenceAgent cancel -> throw new IllegalStateException("unexpected " + cancel);
                    case FencerEffect.DeviceFailed failed -> {
                        // Only logged.
                    }
                }
            }
        }
        throw new IllegalStateException("the fencer did not answer");
    }

    List<String> purposes() {
        return ran.stream().map(run -> run.device() + " " + run.purpose()
                + (run.purpose().equals("fence") ? " " + run.operation().action() : "")).toList();
    }
}
