package org.paceline.node.executor;

/**
 * What cluster-glue's {@code stonith} command's exit code means: the {@code S_*} codes of
 * its {@code stonith.h}, which the command returns for a reset, on or off request.
 *
 * <p>An external plugin's failed {@code reset}/{@code on}/{@code off} comes back as
 * {@link #RESET_FAILED} whatever the script exited with: that is the {@code exitcode=5} of
 * the seed's "Failed to STONITH the Node pm1 with one local device (exitcode=5)". A device
 * check ({@code -S}) of an external plugin returns the script's own code instead, and a
 * host list that failed returns 255.
 */
public enum StonithExitCode {
    OK(0, "ok"),
    BAD_CONFIG(1, "bad configuration"),
    ACCESS(2, "device not accessible"),
    INVALID(3, "invalid argument or configuration"),
    BAD_HOST(4, "bad host name"),
    RESET_FAILED(5, "reset failed"),
    TIMEOUT(6, "timed out talking to the device"),
    IS_OFF(7, "outlet is off"),
    OOPS(8, "something strange happened (no such device type?)"),
    NO_HOST_LIST(255, "could not list hosts"),
    UNKNOWN(-1, "unknown");

    private final int code;
    private final String text;

    StonithExitCode(int code, String text) {
        this.code = code;
        this.text = text;
    }

    /** The meaning of {@code rc}: {@link #UNKNOWN} for a code cluster-glue does not define. */
    public static StonithExitCode of(int rc) {
        for (StonithExitCode known : values()) {
            if (known.code == rc && known != UNKNOWN) {
                return known;
            }
        }
        return UNKNOWN;
    }

    /** The number the command exits with; -1 for {@link #UNKNOWN}. */
    public int code() {
        return code;
    }

    /** What it means, in words for logs: {@code reset failed}. */
    public String text() {
        return text;
    }
}
