package org.paceline.node.executor.script;

import java.util.concurrent.CompletableFuture;

/** A started program: its outcome, once it ends, and a way to stop it early. */
public interface RunHandle {
    /**
     * Completes exactly once, normally, with how the run ended; never exceptionally.
     * Cancelling this future does not stop the program: {@link #cancel()} does.
     */
    CompletableFuture<ScriptOutcome> result();

    /**
     * Kills the program and everything it started; the outcome ends {@code CANCELLED}
     * unless the program had already ended. Safe to call more than once, from any thread.
     */
    void cancel();

    /** The program's process id, when a process was started; empty for a run that never had one. */
    default java.util.OptionalLong pid() {
        return java.util.OptionalLong.empty();
    }

    /** A run that is already over, such as one whose program could not be found. */
    static RunHandle finished(ScriptOutcome outcome) {
        CompletableFuture<ScriptOutcome> done = CompletableFuture.completedFuture(outcome);
        return new RunHandle() {
            @Override
            public CompletableFuture<ScriptOutcome> result() {
                return done;
            }

            @Override
            public void cancel() {
                // Nothing runs any more.
            }
        };
    }
}
