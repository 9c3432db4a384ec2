package org.paceline.cli;

import java.util.List;

import org.paceline.cib.Cib;
import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;
import org.paceline.cib.xml.CibXmlReader;
import org.paceline.node.ipc.DaemonUnreachable;
import org.paceline.node.ipc.IpcClient;
import org.paceline.node.ipc.IpcReply;
import org.paceline.node.ipc.IpcRequest;
import org.paceline.node.ipc.SocketLocation;
import org.paceline.node.store.CibUpdate;

/** The picocli commands' way to the local daemon: one request at a time on {@code $PACELINE_SOCKET}. */
final class DaemonLink {
    /** Pacemaker's CRM_EX_DISCONNECT, which every command exits with when the daemon cannot be reached. */
    static final int EXIT_NOT_CONNECTED = DaemonUnreachable.EXIT_NOT_CONNECTED;

    private DaemonLink() {}

    static IpcReply ask(IpcRequest request) throws DaemonUnreachable {
        try (var client = IpcClient.connect(SocketLocation.resolve(System.getenv()))) {
            return client.call(request);
        }
    }

    /** The daemon's current CIB, read back into the model. */
    static Parsed<Cib> cib() throws DaemonUnreachable {
        IpcReply reply = ask(new IpcRequest.QueryCib(null));
        if (!(reply instanceof IpcReply.CibXml xml)) {
            return Parsed.invalid(new Problem("daemon", 0, 0, describe(reply)));
        }
        Parsed<Document> parsed = CibXmlReader.read("live CIB", xml.xml());
        return parsed.map(Document::cib);
    }

    /** Applies one update; the problems are empty when it was applied. */
    static List<Problem> apply(CibUpdate update) throws DaemonUnreachable {
        IpcReply reply = ask(new IpcRequest.ApplyUpdate(update));
        if (reply instanceof IpcReply.Applied || reply instanceof IpcReply.Done) {
            return List.of();
        }
        return List.of(new Problem("cib", 0, 0, describe(reply)));
    }

    static String describe(IpcReply reply) {
        return reply instanceof IpcReply.Failure failure ? failure.message()
                : "the daemon answered with an unexpected " + reply.getClass().getSimpleName();
    }
}
