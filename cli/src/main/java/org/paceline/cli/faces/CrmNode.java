package org.paceline.cli.faces;

import java.util.Map;

import org.paceline.node.ipc.DaemonUnreachable;
import org.paceline.node.ipc.IpcReply;
import org.paceline.node.ipc.IpcRequest;
import org.paceline.node.status.NodeEntry;

/**
 * {@code crm_node}: this node's name ({@code -n}) and id ({@code -i}), every known node
 * ({@code -l}: {@code ID NAME member|lost}), this partition's members ({@code -p}, on one
 * line) and whether it has quorum ({@code -q}: 1 or 0, exit 0 either way as Pacemaker does).
 */
final class CrmNode {
    private static final String SHORT = "nilpqN:R:V";
    private static final Map<String, String> LONG = Map.ofEntries(
            Map.entry("name", "n"), Map.entry("cluster-id", "i"), Map.entry("list", "l"),
            Map.entry("partition", "p"), Map.entry("quorum", "q"), Map.entry("name-for-id:", "N"),
            Map.entry("remove:", "R"), Map.entry("verbose", "V"), Map.entry("help", "help"),
            Map.entry("version", "version"));

    private CrmNode() {}

    static int run(FaceContext context, String[] args) throws Arguments.UsageError, DaemonUnreachable {
        var a = Arguments.parse(args, SHORT, LONG);
        if (a.has("help")) {
            context.out.println("Usage: crm_node {-n | -i | -l | -p | -q | -N ID}");
            return FaceContext.EXIT_OK;
        }
        if (a.has("version")) {
            return Pacemakerd.version(context);
        }
        if (a.has("R")) {
            return context.fail(FaceContext.EXIT_ERROR, "removing a node is done with the node stopped: "
                    + "paceline does not support -R yet");
        }
        var reply = context.ask(new IpcRequest.ListNodes());
        if (!(reply instanceof IpcReply.Nodes nodes)) {
            return context.unexpected(reply);
        }
        if (a.has("i")) {
            context.out.println(nodes.localNodeId());
        } else if (a.has("l")) {
            for (NodeEntry node : nodes.nodes()) {
                context.out.println(node.id() + " " + node.name() + " " + (node.member() ? "member" : "lost"));
            }
        } else if (a.has("p")) {
            context.out.println(String.join(" ", nodes.partition()));
        } else if (a.has("q")) {
            context.out.println(nodes.quorate() ? "1" : "0");
        } else if (a.has("N")) {
            String id = a.value("N");
            var found = nodes.nodes().stream().filter(n -> n.id().equals(id)).findFirst();
            if (found.isEmpty()) {
                return context.fail(FaceContext.EXIT_NO_SUCH, "node id " + id + " is not known");
            }
            context.out.println(found.get().name());
        } else {
            context.out.println(nodes.localNode());
        }
        return FaceContext.EXIT_OK;
    }
}
