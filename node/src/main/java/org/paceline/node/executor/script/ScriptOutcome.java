package org.paceline.node.executor.script;

/**
 * How a run ended.
 *
 * @param ending   why it ended
 * @param exitCode the program's exit code when it {@code EXITED} (128 + signal when a signal ended it), else -1
 * @param stdout   what it wrote on standard output
 * @param stderr   what it wrote on standard error
 * @param detail   a line for logs when it could not start, else empty
 */
public record ScriptOutcome(Ending ending, int exitCode, CapturedOutput stdout, CapturedOutput stderr,
                            String detail) {
    /** Why a run ended. */
    public enum Ending {
        /** The program ran and exited by itself. */
        EXITED,
        /** The program outlived its timeout and was killed, with its process group. */
        TIMED_OUT,
        /** The run was cancelled and the program killed, with its process group. */
        CANCELLED,
        /** No file at the executable's path. */
        NOT_FOUND,
        /** The file is there but may not be executed. */
        NOT_EXECUTABLE,
        /** The program could not be started for another reason ({@code detail} says which). */
        FAILED_TO_START
    }

    public ScriptOutcome {
        stdout = stdout == null ? CapturedOutput.NONE : stdout;
        stderr = stderr == null ? CapturedOutput.NONE : stderr;
        detail = detail == null ? "" : detail;
    }

    public static ScriptOutcome exited(int exitCode, CapturedOutput stdout, CapturedOutput stderr) {
        return new ScriptOutcome(Ending.EXITED, exitCode, stdout, stderr, "");
    }

    /** A run that never started: nothing written, a line saying why. */
    public static ScriptOutcome notStarted(Ending ending, String detail) {
        return new ScriptOutcome(ending, -1, CapturedOutput.NONE, CapturedOutput.NONE, detail);
    }
}
