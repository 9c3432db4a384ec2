package org.paceline.node.executor;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.function.IntUnaryOperator;

import org.paceline.node.executor.script.RunHandle;
import org.paceline.node.executor.script.ScriptCall;
import org.paceline.node.executor.script.ScriptRunner;

/**
 * An operation under way: its result once it ends, and a way to cancel it.
 * Thread rule: any thread may wait on the result or cancel.
 */
public final class OpHandle {
    private final CompletableFuture<OpResult> result;
    private final Runnable canceller;
    private final Supplier<OptionalLong> pid;

    private OpHandle(CompletableFuture<OpResult> result, Runnable canceller, Supplier<OptionalLong> pid) {
        this.result = result;
        this.canceller = canceller;
        this.pid = pid;
    }

    /**
     * The process id of the program running for the operation now (the first of several
     * until it ends), as operators see it in logs ({@code (pid=9400)}); empty when none runs.
     */
    public OptionalLong pid() {
        return pid.get();
    }

    /** Completes once, normally, with the operation's result; never exceptionally. */
    public CompletableFuture<OpResult> result() {
        return result;
    }

    /** Kills the agent; the result then says {@link ExecutorStatus#CANCELLED} unless it had ended. */
    public void cancel() {
        canceller.run();
    }

    /** Waits for the result. */
    public OpResult await() {
        return result.join();
    }

    /** Starts {@code call}; its result's times come from {@code clock}, its rc through {@code agentCode}. */
    static OpHandle launch(ScriptRunner runner, InstantSource clock, ScriptCall call, Duration timeout,
                           IntUnaryOperator agentCode) {
        Instant started = clock.instant();
        RunHandle run = runner.start(call, timeout);
        CompletableFuture<OpResult> result = run.result()
                .thenApply(outcome -> OpResult.of(outcome, agentCode, started, clock.instant()));
        return new OpHandle(result, run::cancel, run::pid);
    }

    /** An operation made of several runs, or whose result is read further (STONITH plugins). */
    static OpHandle of(CompletableFuture<OpResult> result, Runnable canceller, Supplier<OptionalLong> pid) {
        return new OpHandle(result, canceller, pid);
    }

    /** An operation over before it began. */
    static OpHandle finished(OpResult result) {
        return new OpHandle(CompletableFuture.completedFuture(result), () -> {
            // Nothing runs.
        }, OptionalLong::empty);
    }
}
