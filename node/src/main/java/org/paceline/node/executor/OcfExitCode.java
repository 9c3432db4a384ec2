package org.paceline.node.executor;

/**
 * What an OCF agent's exit code means, as the OCF standard and Pacemaker define it.
 * Codes outside the standard read as {@link #UNKNOWN}, which counts as an error.
 */
public enum OcfExitCode {
    SUCCESS(0, "ok"),
    ERR_GENERIC(1, "error"),
    ERR_ARGS(2, "invalid parameter"),
    ERR_UNIMPLEMENTED(3, "unimplemented feature"),
    ERR_PERM(4, "insufficient privileges"),
    ERR_INSTALLED(5, "not installed"),
    ERR_CONFIGURED(6, "not configured"),
    NOT_RUNNING(7, "not running"),
    RUNNING_PROMOTED(8, "promoted"),
    FAILED_PROMOTED(9, "promoted (failed)"),
    DEGRADED(190, "degraded"),
    DEGRADED_PROMOTED(191, "promoted (degraded)"),
    UNKNOWN(-1, "unknown");

    private final int code;
    private final String text;

    OcfExitCode(int code, String text) {
        this.code = code;
        this.text = text;
    }

    /** The meaning of {@code rc}: {@link #UNKNOWN} for a code the standard does not define. */
    public static OcfExitCode of(int rc) {
        for (OcfExitCode known : values()) {
            if (known.code == rc && known != UNKNOWN) {
                return known;
            }
        }
        return UNKNOWN;
    }

    /** The number an agent exits with; -1 for {@link #UNKNOWN}. */
    public int code() {
        return code;
    }

    /** The words Pacemaker's tools print for it: {@code not running}. */
    public String text() {
        return text;
    }

    /** Whether the agent reports a failure, as opposed to a state (running, not running, promoted, degraded). */
    public boolean isError() {
        return switch (this) {
            case SUCCESS, NOT_RUNNING, RUNNING_PROMOTED, DEGRADED, DEGRADED_PROMOTED -> false;
            case ERR_GENERIC, ERR_ARGS, ERR_UNIMPLEMENTED, ERR_PERM, ERR_INSTALLED, ERR_CONFIGURED,
                 FAILED_PROMOTED, UNKNOWN -> true;
        };
    }
}
