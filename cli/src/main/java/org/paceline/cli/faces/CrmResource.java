package org.paceline.cli.faces;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.paceline.cib.constraints.Location;
import org.paceline.node.ipc.DaemonUnreachable;
import org.paceline.node.ipc.IpcReply;
import org.paceline.node.ipc.IpcRequest;
import org.paceline.node.status.NodeEntry;
import org.paceline.node.status.ResourceLocation;
import org.paceline.node.store.CibUpdate;

/**
 * {@code crm_resource}: clean up ({@code -C [-r RSC] [-N NODE]}), locate
 * ({@code -W -r RSC}: {@code resource RSC is running on: NODE}, plus {@code  Promoted}
 * for a promoted instance), and move, ban and clear with the constraints Pacemaker
 * writes: {@code cli-prefer-RSC} (INFINITY on the node) and {@code cli-ban-RSC-on-NODE}
 * (-INFINITY), both for role Started; {@code --clear} removes them.
 */
final class CrmResource {
    private static final String SHORT = "r:N:CWMBUQVflL";
    private static final Map<String, String> LONG = Map.ofEntries(
            Map.entry("resource:", "r"), Map.entry("node:", "N"), Map.entry("cleanup", "C"),
            Map.entry("refresh", "refresh"), Map.entry("locate", "W"), Map.entry("move", "M"),
            Map.entry("ban", "B"), Map.entry("clear", "U"), Map.entry("quiet", "Q"), Map.entry("verbose", "V"),
            Map.entry("force", "f"), Map.entry("list", "L"), Map.entry("help", "help"),
            Map.entry("version", "version"));

    private CrmResource() {}

    static int run(FaceContext context, String[] args) throws Arguments.UsageError, DaemonUnreachable {
        var a = Arguments.parse(args, SHORT, LONG);
        if (a.has("help")) {
            context.out.println("Usage: crm_resource {-C [-r RSC] [-N NODE] | -W -r RSC | -M -r RSC [-N NODE]"
                    + " | -B -r RSC [-N NODE] | -U -r RSC [-N NODE]} [-Q]");
            return FaceContext.EXIT_OK;
        }
        if (a.has("version")) {
            return Pacemakerd.version(context);
        }
        String resource = a.value("r");
        String node = a.value("N");
        boolean quiet = a.has("Q");
        if (a.has("C") || a.has("refresh")) {
            return CrmAttribute.outcome(context, context.ask(new IpcRequest.Cleanup(resource, node)));
        }
        if (resource == null) {
            return context.fail(FaceContext.EXIT_USAGE, "a resource is needed (-r RESOURCE)");
        }
        if (a.has("W")) {
            return locate(context, resource, quiet);
        }
        if (a.has("M")) {
            if (node == null) {
                return banFromCurrent(context, resource, quiet, "move");
            }
            return place(context, new Location("cli-prefer-" + resource, resource, null, node, "INFINITY",
                    "Started", null, List.of(), List.of(), null));
        }
        if (a.has("B")) {
            if (node == null) {
                return banFromCurrent(context, resource, quiet, "ban");
            }
            return ban(context, resource, node, quiet);
        }
        if (a.has("U")) {
            return clear(context, resource, node, quiet);
        }
        return context.fail(FaceContext.EXIT_USAGE, "say what to do: -C, -W, --move, --ban or --clear");
    }

    private static int locate(FaceContext context, String resource, boolean quiet) throws DaemonUnreachable {
        var reply = context.ask(new IpcRequest.Locate(resource));
        if (!(reply instanceof IpcReply.Locations locations)) {
            if (reply instanceof IpcReply.Failure failure && failure.exitCode() == FaceContext.EXIT_NO_SUCH) {
                return context.fail(FaceContext.EXIT_NO_SUCH, "Resource '" + resource + "' not found");
            }
            return context.unexpected(reply);
        }
        if (locations.locations().isEmpty()) {
            context.err.println("resource " + resource + " is NOT running");
            return FaceContext.EXIT_OK;
        }
        for (ResourceLocation location : locations.locations()) {
            String promoted = location.role().equals("Promoted") ? " Promoted" : "";
            context.out.println(quiet ? location.node() + promoted
                    : "resource " + resource + " is running on: " + location.node() + promoted);
        }
        return FaceContext.EXIT_OK;
    }

    private static int ban(FaceContext context, String resource, String node, boolean quiet)
            throws DaemonUnreachable {
        String id = "cli-ban-" + resource + "-on-" + node;
        if (!quiet) {
            context.err.println("WARNING: Creating rsc_location constraint '" + id + "' with a score of -INFINITY"
                    + " for resource " + resource + " on " + node + ".");
            context.err.println("\tThis will prevent " + resource + " from running on " + node + " until the"
                    + " constraint is removed using the clear option or by editing the CIB with an appropriate tool");
            context.err.println("\tThis will be the case even if " + node + " is the last node in the cluster");
        }
        return place(context, new Location(id, resource, null, node, "-INFINITY", "Started", null, List.of(),
                List.of(), null));
    }

    /** Without a node, move and ban act on the one node the resource is active on, as Pacemaker's do. */
    private static int banFromCurrent(FaceContext context, String resource, boolean quiet, String verb)
            throws DaemonUnreachable {
        var reply = context.ask(new IpcRequest.Locate(resource));
        if (!(reply instanceof IpcReply.Locations locations)) {
            return context.unexpected(reply);
        }
        if (locations.locations().size() != 1) {
            return context.fail(FaceContext.EXIT_INVALID_PARAM, "Resource '" + resource + "' not " + verb
                    + "d: active in " + locations.locations().size() + " locations; give the node with -N");
        }
        return ban(context, resource, locations.locations().getFirst().node(), quiet);
    }

    /** Adds the constraint, or replaces the one of that id left by an earlier move or ban. */
    private static int place(FaceContext context, Location constraint) throws DaemonUnreachable {
        var reply = context.ask(new IpcRequest.ApplyUpdate(new CibUpdate.AddConstraint(constraint)));
        if (reply instanceof IpcReply.Failure failure && failure.message().contains("is already used")) {
            reply = context.ask(new IpcRequest.ApplyUpdate(new CibUpdate.ReplaceConstraint(constraint)));
        }
        return CrmAttribute.outcome(context, reply);
    }

    private static int clear(FaceContext context, String resource, String node, boolean quiet)
            throws DaemonUnreachable {
        var ids = new ArrayList<String>();
        ids.add("cli-prefer-" + resource);
        if (node != null) {
            ids.add("cli-ban-" + resource + "-on-" + node);
        } else {
            var reply = context.ask(new IpcRequest.ListNodes());
            if (!(reply instanceof IpcReply.Nodes nodes)) {
                return context.unexpected(reply);
            }
            for (NodeEntry entry : nodes.nodes()) {
                ids.add("cli-ban-" + resource + "-on-" + entry.name());
            }
        }
        for (String id : ids) {
            var reply = context.ask(new IpcRequest.ApplyUpdate(new CibUpdate.DeleteConstraint(id)));
            if (reply instanceof IpcReply.Applied) {
                if (!quiet) {
                    context.err.println("Removing constraint: " + id);
                }
            } else if (!(reply instanceof IpcReply.Failure failure && failure.message().contains("no constraint"))) {
                return context.unexpected(reply);
            }
        }
        return FaceContext.EXIT_OK;
    }
}
