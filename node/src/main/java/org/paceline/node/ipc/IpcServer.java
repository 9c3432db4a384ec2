package org.paceline.node.ipc;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

import org.paceline.node.ipc.wire.Frames;
import org.paceline.node.ipc.wire.MalformedFrame;

/**
 * The daemon's end of the faces' socket: accepts on one virtual thread, serves each
 * connection on its own, checks the peer's credentials before reading anything, and
 * answers each request through {@link RequestDispatch}.
 *
 * <p>The socket file is mode 0660, group {@code haclient} when that group exists, so the
 * kernel already keeps others out; {@link PeerCheck} is the second lock. A refused peer
 * gets one {@link IpcReply.Failure} (exit code 4, CRM_EX_INSUFFICIENT_PRIV) and is closed.
 */
public final class IpcServer implements AutoCloseable {
    /** Pacemaker's CRM_EX_INSUFFICIENT_PRIV. */
    public static final int EXIT_INSUFFICIENT_PRIVILEGES = 4;
    /** Pacemaker's CRM_EX_PROTOCOL. */
    public static final int EXIT_PROTOCOL = 76;

    private final Path socket;
    private final ServerSocketChannel server;
    private final RequestDispatch dispatch;
    private final PeerCheck peers;
    private final Thread acceptor;

    private IpcServer(Path socket, ServerSocketChannel server, RequestDispatch dispatch, PeerCheck peers) {
        this.socket = socket;
        this.server = server;
        this.dispatch = dispatch;
        this.peers = peers;
        this.acceptor = Thread.ofVirtual().name("ipc-accept").unstarted(this::acceptLoop);
    }

    /**
     * Binds the socket (replacing a stale file nobody listens on) and starts serving.
     *
     * @throws IOException when another daemon already answers on it, or it cannot be bound
     */
    public static IpcServer start(Path socket, RequestDispatch dispatch, PeerCheck peers) throws IOException {
        if (Files.exists(socket)) {
            try (var probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                probe.connect(UnixDomainSocketAddress.of(socket));
                throw new IOException("another daemon already listens on " + socket);
            } catch (IOException stale) {
                if (stale.getMessage() != null && stale.getMessage().startsWith("another daemon")) {
                    throw stale;
                }
                Files.delete(socket);
            }
        }
        if (socket.getParent() != null) {
            Files.createDirectories(socket.getParent());
        }
        var server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw----"));
        group(peers.group()).ifPresent(group -> {
            try {
                Files.getFileAttributeView(socket, java.nio.file.attribute.PosixFileAttributeView.class)
                        .setGroup(group);
            } catch (IOException e) {
                // Left with root's group: only root gets in through the file mode then, which is safe.
            }
        });
        var ipc = new IpcServer(socket, server, dispatch, peers);
        ipc.acceptor.start();
        return ipc;
    }

    public Path socket() {
        return socket;
    }

    /** Stops accepting and removes the socket file; connections being served finish on their own. */
    @Override
    public void close() throws IOException {
        server.close();
        try {
            acceptor.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Files.deleteIfExists(socket);
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try {
                SocketChannel connection = server.accept();
                Thread.ofVirtual().name("ipc-connection").start(() -> serve(connection));
            } catch (IOException e) {
                // Closed by close(), or a failed accept: the loop ends or goes on accepting.
            }
        }
    }

    private void serve(SocketChannel connection) {
        try (connection) {
            UnixDomainPrincipal peer = connection.getOption(ExtendedSocketOptions.SO_PEERCRED);
            Optional<String> refusal = peers.refusal(peer.user().getName(), peer.group().getName());
            if (refusal.isPresent()) {
                Frames.write(connection, ReplyCodec.encode(
                        new IpcReply.Failure(EXIT_INSUFFICIENT_PRIVILEGES, refusal.get())));
                return;
            }
            for (byte[] frame = Frames.read(connection); frame != null; frame = Frames.read(connection)) {
                IpcReply reply;
                try {
                    reply = dispatch.answer(RequestCodec.decode(frame));
                } catch (MalformedFrame e) {
                    Frames.write(connection, ReplyCodec.encode(new IpcReply.Failure(EXIT_PROTOCOL,
                            "malformed request: " + e.getMessage())));
                    return;
                }
                Frames.write(connection, ReplyCodec.encode(reply));
            }
        } catch (IOException | MalformedFrame e) {
            // The face went away or sent garbage: nothing to answer, and nobody else is affected.
        }
    }

    private static Optional<GroupPrincipal> group(String name) {
        try {
            return Optional.of(java.nio.file.FileSystems.getDefault().getUserPrincipalLookupService()
                    .lookupPrincipalByGroupName(name));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
