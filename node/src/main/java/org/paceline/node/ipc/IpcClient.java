package org.paceline.node.ipc;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

import org.paceline.node.ipc.wire.Frames;
import org.paceline.node.ipc.wire.MalformedFrame;

/**
 * A face's connection to the local daemon: one request, one reply, as many times as it
 * needs. Not thread-safe: one caller at a time.
 */
public final class IpcClient implements AutoCloseable {
    private final Path socket;
    private final SocketChannel channel;

    private IpcClient(Path socket, SocketChannel channel) {
        this.socket = socket;
        this.channel = channel;
    }

    /** Connects, or says in one line why the daemon cannot be reached. */
    public static IpcClient connect(Path socket) throws DaemonUnreachable {
        SocketChannel channel = null;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
            return new IpcClient(socket, channel);
        } catch (IOException e) {
            closeQuietly(channel);
            if (!Files.exists(socket)) {
                throw new DaemonUnreachable("Paceline is not running on this node (no socket at " + socket + ")");
            }
            throw new DaemonUnreachable("Paceline is not running on this node (" + reason(e) + " at " + socket + ")");
        }
    }

    /** Sends one request and waits for its reply; a refusal comes back as a {@link IpcReply.Failure}. */
    public IpcReply call(IpcRequest request) throws DaemonUnreachable {
        try {
            Frames.write(channel, RequestCodec.encode(request));
            byte[] reply = Frames.read(channel);
            if (reply == null) {
                throw new DaemonUnreachable("the Paceline daemon at " + socket + " closed the connection without answering");
            }
            return ReplyCodec.decode(reply);
        } catch (MalformedFrame e) {
            throw new DaemonUnreachable("the Paceline daemon at " + socket + " answered in another protocol: "
                    + e.getMessage(), 76);
        } catch (IOException e) {
            throw new DaemonUnreachable("lost the connection to the Paceline daemon at " + socket + ": " + reason(e));
        }
    }

    @Override
    public void close() {
        closeQuietly(channel);
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.toLowerCase(java.util.Locale.ROOT);
    }

    private static void closeQuietly(SocketChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Closing a socket we are done with: nothing left to tell anyone.
            }
        }
    }
}
