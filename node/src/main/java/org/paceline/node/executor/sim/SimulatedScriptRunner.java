package org.paceline.node.executor.sim;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;

import org.paceline.node.executor.script.CapturedOutput;
import org.paceline.node.executor.script.RunHandle;
import org.paceline.node.executor.script.ScriptCall;
import org.paceline.node.executor.script.ScriptOutcome;
import org.paceline.node.executor.script.ScriptOutcome.Ending;
import org.paceline.node.executor.script.ScriptRunner;

/**
 * A simulated {@link ScriptRunner}: no process runs. Each call takes the next reply
 * scripted for its program's file name and first argument ({@code Dummy} and
 * {@code monitor}; an empty argument for calls without one), else the default reply,
 * which is "no such program" until {@link #otherwise} changes it. Every call is recorded.
 *
 * <p>A {@linkplain Reply#hangs() hang} ends at once as timed out, as if its timeout had
 * passed; a {@linkplain Reply#held() held} run stays pending until {@link #releaseOldest},
 * {@link #expireAll} or its own cancel. Thread rule: every method is synchronized.
 */
public final class SimulatedScriptRunner implements ScriptRunner {
    /** How much of a flood the simulation keeps, like the production runner's default. */
    public static final int OUTPUT_LIMIT_BYTES = 64 * 1024;

    /** One scripted way for a simulated program to end. */
    public static final class Reply {
        private final ScriptOutcome outcome;

        private Reply(ScriptOutcome outcome) {
            this.outcome = outcome;
        }

        public static Reply exits(int code) {
            return exits(code, "", "");
        }

        public static Reply exits(int code, String stdout, String stderr) {
            return new Reply(ScriptOutcome.exited(code, CapturedOutput.whole(stdout), CapturedOutput.whole(stderr)));
        }

        /** Never ends by itself: killed at its timeout. */
        public static Reply hangs() {
            return new Reply(new ScriptOutcome(Ending.TIMED_OUT, -1, CapturedOutput.NONE, CapturedOutput.NONE, ""));
        }

        /** Stays pending until released, expired or cancelled. */
        public static Reply held() {
            return new Reply(null);
        }

        /** Writes {@code bytes} bytes of "y" lines on standard output, then exits 0. */
        public static Reply floods(long bytes) {
            int kept = (int) Math.min(bytes, OUTPUT_LIMIT_BYTES);
            var text = "y\n".repeat(kept / 2 + 1).substring(0, kept);
            return new Reply(ScriptOutcome.exited(0, new CapturedOutput(text, "", bytes, bytes > kept), CapturedOutput.NONE));
        }

        public static Reply missing() {
            return new Reply(ScriptOutcome.notStarted(Ending.NOT_FOUND, "no such file (simulated)"));
        }

        public static Reply notExecutable() {
            return new Reply(ScriptOutcome.notStarted(Ending.NOT_EXECUTABLE, "not executable (simulated)"));
        }

    }

    /** A call as the simulation received it. */
    public record Call(ScriptCall call, Duration timeout) {}

    private final Map<String, Queue<Reply>> scripted = new HashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private final Queue<SimulatedRun> held = new ArrayDeque<>();
    private Reply otherwise = Reply.missing();

    /** Scripts the next replies of {@code program} (a file name) called with {@code firstArgument}. */
    public synchronized SimulatedScriptRunner when(String program, String firstArgument, Reply... replies) {
        Queue<Reply> queue = scripted.computeIfAbsent(key(program, firstArgument), k -> new ArrayDeque<>());
        queue.addAll(List.of(replies));
        return this;
    }

    /** The reply of every call nothing scripted. */
    public synchronized SimulatedScriptRunner otherwise(Reply reply) {
        otherwise = reply;
        return this;
    }

    @Override
    public synchronized RunHandle start(ScriptCall call, Duration timeout) {
        calls.add(new Call(call, timeout));
        String firstArgument = call.arguments().isEmpty() ? "" : call.arguments().getFirst();
        Queue<Reply> queue = scripted.get(key(call.executable().getFileName().toString(), firstArgument));
        Reply reply = queue == null || queue.isEmpty() ? otherwise : queue.poll();
        if (reply.outcome != null) {
            return RunHandle.finished(reply.outcome);
        }
        var run = new SimulatedRun();
        held.add(run);
        return run;
    }

    /** Every call so far, in order. */
    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** How many held runs are still pending. */
    public synchronized int pending() {
        held.removeIf(run -> run.result.isDone());
        return held.size();
    }

    /** Ends the oldest pending held run as {@code reply} says; false when none is pending. */
    public synchronized boolean releaseOldest(Reply reply) {
        held.removeIf(run -> run.result.isDone());
        SimulatedRun run = held.poll();
        return run != null && reply.outcome != null && run.result.complete(reply.outcome);
    }

    /** Ends every pending held run as timed out. */
    public synchronized void expireAll() {
        held.forEach(run -> run.result.complete(Reply.hangs().outcome));
        held.clear();
    }

    private static String key(String program, String firstArgument) {
        return program + "\0" + firstArgument;
    }

    private static final class SimulatedRun implements RunHandle {
        private final CompletableFuture<ScriptOutcome> result = new CompletableFuture<>();

        @Override
        public CompletableFuture<ScriptOutcome> result() {
            return result;
        }

        @Override
        public void cancel() {
            result.complete(new ScriptOutcome(Ending.CANCELLED, -1, CapturedOutput.NONE, CapturedOutput.NONE, ""));
        }
    }
}
