package org.paceline.cli.faces;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

import org.paceline.node.ipc.DaemonUnreachable;
import org.paceline.node.ipc.IpcClient;
import org.paceline.node.ipc.IpcReply;
import org.paceline.node.ipc.IpcRequest;
import org.paceline.node.ipc.SocketLocation;

/**
 * What a face runs with: its name, its output streams, its environment (read through
 * this, never {@code System.getenv}, so that tests give each run its own) and the way to
 * the daemon. Opens the connection on first use and keeps it for the face's other
 * requests. Not thread-safe: one face run.
 */
final class FaceContext implements AutoCloseable {
    static final int EXIT_OK = 0;
    static final int EXIT_ERROR = 1;
    static final int EXIT_INVALID_PARAM = 2;
    static final int EXIT_USAGE = 64;
    static final int EXIT_NO_SUCH = 105;

    final String face;
    final PrintStream out;
    final PrintStream err;
    final Map<String, String> environment;
    private IpcClient client;

    FaceContext(String face, PrintStream out, PrintStream err, Map<String, String> environment) {
        this.face = face;
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    Path socket() {
        return SocketLocation.resolve(environment);
    }

    /** Asks the daemon; the caller lets {@link DaemonUnreachable} go up to the entry, which prints it. */
    IpcReply ask(IpcRequest request) throws DaemonUnreachable {
        if (client == null) {
            client = IpcClient.connect(socket());
        }
        return client.call(request);
    }

    /** Prints a failure as one line after the face's name; gives its exit code. */
    int fail(IpcReply.Failure failure) {
        err.println(face + ": " + failure.message());
        return failure.exitCode();
    }

    int fail(int exitCode, String message) {
        err.println(face + ": " + message);
        return exitCode;
    }

    /** Any reply that is not the kind expected: a failure printed as itself, else a protocol mismatch. */
    int unexpected(IpcReply reply) {
        if (reply instanceof IpcReply.Failure failure) {
            return fail(failure);
        }
        return fail(76, "the daemon answered with an unexpected " + reply.getClass().getSimpleName());
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
    }
}
