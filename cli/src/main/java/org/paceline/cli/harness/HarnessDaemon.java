package org.paceline.cli.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.ZoneId;

import org.paceline.cib.Cib;
import org.paceline.node.ipc.IpcServer;
import org.paceline.node.ipc.PeerCheck;
import org.paceline.node.ipc.RequestDispatch;

/** A {@link StoreBackedDaemon} served on a socket: what the faces' tests and the AOT training talk to. */
public final class HarnessDaemon implements AutoCloseable {
    private final StoreBackedDaemon daemon;
    private final IpcServer server;

    private HarnessDaemon(StoreBackedDaemon daemon, IpcServer server) {
        this.daemon = daemon;
        this.server = server;
    }

    /** Serves the harness CIB on {@code args[0]} as node {@code args[1]} (pm01 by default) until killed. */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: HarnessDaemon SOCKET [NODE]");
            System.exit(64);
        }
        try (var daemon = start(Path.of(args[0]), HarnessCibs.pgsqlPair(), args.length > 1 ? args[1] : "pm01")) {
            System.out.println("serving " + daemon.socket());
            Thread.currentThread().join();
        }
    }

    public static HarnessDaemon start(Path socket, Cib cib, String localNode) throws IOException {
        var daemon = new StoreBackedDaemon(cib, localNode, InstantSource.system());
        var server = IpcServer.start(socket, new RequestDispatch(daemon, InstantSource.system(), ZoneId.of("UTC")),
                PeerCheck.haclient());
        return new HarnessDaemon(daemon, server);
    }

    public StoreBackedDaemon daemon() {
        return daemon;
    }

    public Path socket() {
        return server.socket();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
