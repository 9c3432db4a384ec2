package org.paceline.node.executor;

import java.time.Duration;
import java.time.Instant;
import java.util.function.IntUnaryOperator;

import org.paceline.node.executor.script.ScriptOutcome;

/**
 * How one operation of an agent ended: its answer, and what the executor saw of it.
 *
 * @param rc         the agent's exit code as an OCF code (LSB codes already mapped; a fence agent's
 *                   own code as it is); 1 when the
 *                   executor gave up on the agent (timed out, cancelled, could not run it), 5 when not installed
 * @param status     how the executor fared
 * @param exitReason the text of the last {@code ocf-exit-reason:} line on standard error (as far as
 *                   kept: its first 64 KiB and last 4 KiB), or
 *                   the executor's own reason when the agent did not run to its end; empty when none
 * @param output     standard output: the first 64 KiB and last 4 KiB (by default), with a note when cut
 * @param errors     standard error: the first 64 KiB and last 4 KiB (by default), with a note when cut
 * @param started    when the executor started the agent
 * @param ended      when the executor learned its end
 */
public record OpResult(int rc, ExecutorStatus status, String exitReason, String output, String errors,
                       Instant started, Instant ended) {
    public OpResult {
        exitReason = exitReason == null ? "" : exitReason;
        output = output == null ? "" : output;
        errors = errors == null ? "" : errors;
    }

    /** The meaning of {@link #rc()}. */
    public OcfExitCode exitCode() {
        return OcfExitCode.of(rc);
    }

    public Duration duration() {
        return Duration.between(started, ended);
    }

    /** The operation ran to its end and the agent answered {@code expected}. */
    public boolean answered(OcfExitCode expected) {
        return status == ExecutorStatus.DONE && rc == expected.code();
    }

    /** One line for logs: {@code rc=7 (not running) status=DONE 35 ms}. */
    public String summary() {
        String line = "rc=" + rc + " (" + exitCode().text() + ") status=" + status + " " + duration().toMillis() + " ms";
        return exitReason.isEmpty() ? line : line + ": " + exitReason;
    }

    /**
     * The result of a run: {@code agentCode} turns the program's exit code into an OCF
     * code; when the program did not run to its end, the executor's own code and reason stand.
     */
    static OpResult of(ScriptOutcome outcome, IntUnaryOperator agentCode, Instant started, Instant ended) {
        String output = outcome.stdout().excerpt();
        String errors = outcome.stderr().excerpt();
        String reason = exitReason(outcome.stderr().kept());
        return switch (outcome.ending()) {
            case EXITED -> new OpResult(agentCode.applyAsInt(outcome.exitCode()), ExecutorStatus.DONE, reason,
                    output, errors, started, ended);
            case TIMED_OUT -> new OpResult(OcfExitCode.ERR_GENERIC.code(), ExecutorStatus.TIMED_OUT,
                    reason.isEmpty() ? "timed out" : reason, output, errors, started, ended);
            case CANCELLED -> new OpResult(OcfExitCode.ERR_GENERIC.code(), ExecutorStatus.CANCELLED,
                    reason.isEmpty() ? "cancelled" : reason, output, errors, started, ended);
            case NOT_FOUND -> new OpResult(OcfExitCode.ERR_INSTALLED.code(), ExecutorStatus.NOT_INSTALLED,
                    outcome.detail(), output, errors, started, ended);
            case NOT_EXECUTABLE -> new OpResult(OcfExitCode.ERR_PERM.code(), ExecutorStatus.ERROR,
                    outcome.detail(), output, errors, started, ended);
            case FAILED_TO_START -> new OpResult(OcfExitCode.ERR_GENERIC.code(), ExecutorStatus.ERROR,
                    outcome.detail(), output, errors, started, ended);
        };
    }

    /** An operation that could not even be handed to the runner (a malformed agent name). */
    static OpResult refused(int rc, ExecutorStatus status, String reason, Instant at) {
        return new OpResult(rc, status, reason, "", "", at, at);
    }

    /** The text after the last {@code ocf-exit-reason:} on standard error, trimmed; empty when none. */
    static String exitReason(String errors) {
        String reason = "";
        for (String line : errors.split("\\R")) {
            int at = line.indexOf(OcfEnvironment.EXIT_REASON_PREFIX);
            if (at >= 0) {
                reason = line.substring(at + OcfEnvironment.EXIT_REASON_PREFIX.length()).strip();
            }
        }
        return reason;
    }
}
