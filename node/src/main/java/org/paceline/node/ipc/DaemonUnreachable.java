package org.paceline.node.ipc;

/**
 * The local daemon cannot be asked: no socket, nobody listening, refused, or the
 * connection broke. The message is one line a face prints after its name; the face exits
 * with {@link #EXIT_NOT_CONNECTED}.
 */
public final class DaemonUnreachable extends Exception {
    /** Pacemaker's CRM_EX_DISCONNECT ("not connected"). */
    public static final int EXIT_NOT_CONNECTED = 102;

    private final int exitCode;

    public DaemonUnreachable(String message) {
        this(message, EXIT_NOT_CONNECTED);
    }

    public DaemonUnreachable(String message, int exitCode) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
