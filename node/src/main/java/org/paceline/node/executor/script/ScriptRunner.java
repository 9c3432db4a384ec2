package org.paceline.node.executor.script;

import java.time.Duration;

/**
 * Runs one program to its end or its timeout: the executor's only way to start a process.
 *
 * <p>Implementations never throw for a program that is missing, fails or hangs: every
 * such end is a {@link ScriptOutcome}. Thread rule: {@code start} may be called from any
 * thread and returns at once.
 */
public interface ScriptRunner {
    /** Starts the call; after {@code timeout} the program and everything it started is killed. */
    RunHandle start(ScriptCall call, Duration timeout);
}
