package org.paceline.cli.faces;

import java.util.Map;

import org.paceline.node.ipc.AttributeScope;
import org.paceline.node.ipc.DaemonUnreachable;
import org.paceline.node.ipc.IpcReply;
import org.paceline.node.ipc.IpcRequest;

/**
 * {@code attrd_updater}: a node's transient attribute through the attribute manager,
 * with its dampening delay. {@code -U}/{@code -v} sets, {@code -B} sets value and delay,
 * {@code -Y} the delay alone, {@code -D} deletes, {@code -Q} queries ({@code -A} on every
 * node), printing {@code name="X" host="N" value="V"}. The delay ({@code -d}) is a
 * Pacemaker interval: {@code 5s}, {@code 500ms}, {@code 1min}, a bare number being seconds.
 */
final class AttrdUpdater {
    private static final String SHORT = "n:U:v:B:YDQd:N:ARqlp:s:P";
    private static final Map<String, String> LONG = Map.ofEntries(
            Map.entry("name:", "n"), Map.entry("update:", "U"), Map.entry("update-both:", "B"),
            Map.entry("update-delay", "Y"), Map.entry("delete", "D"), Map.entry("query", "Q"),
            Map.entry("delay:", "d"), Map.entry("node:", "N"), Map.entry("all", "A"), Map.entry("refresh", "R"),
            Map.entry("quiet", "q"), Map.entry("private", "p"), Map.entry("set:", "s"),
            Map.entry("help", "help"), Map.entry("version", "version"));

    private AttrdUpdater() {}

    static int run(FaceContext context, String[] args) throws Arguments.UsageError, DaemonUnreachable {
        var a = Arguments.parse(args, SHORT, LONG);
        if (a.has("help")) {
            context.out.println("Usage: attrd_updater -n NAME {-U VALUE | -B VALUE | -Y | -D | -Q [-A]} [-d DELAY] [-N NODE]");
            return FaceContext.EXIT_OK;
        }
        if (a.has("version")) {
            return Pacemakerd.version(context);
        }
        String name = a.value("n");
        if (name == null || name.isEmpty()) {
            return context.fail(FaceContext.EXIT_USAGE, "an attribute name is needed (-n NAME)");
        }
        String node = a.value("N");
        long delay = a.value("d") == null ? -1 : delayMillis(a.value("d"));
        if (a.has("U") || a.has("v") || a.has("B")) {
            String value = a.value("B") != null ? a.value("B") : a.value("U") != null ? a.value("U") : a.value("v");
            return CrmAttribute.outcome(context,
                    context.ask(new IpcRequest.WriteAttribute(AttributeScope.STATUS, node, name, value, delay)));
        }
        if (a.has("Y")) {
            if (delay < 0) {
                return context.fail(FaceContext.EXIT_USAGE, "-Y needs a delay (-d DELAY)");
            }
            return CrmAttribute.outcome(context,
                    context.ask(new IpcRequest.WriteAttribute(AttributeScope.STATUS, node, name, null, delay)));
        }
        if (a.has("D")) {
            return CrmAttribute.outcome(context,
                    context.ask(new IpcRequest.RemoveAttribute(AttributeScope.STATUS, node, name)));
        }
        if (a.has("Q")) {
            var reply = context.ask(new IpcRequest.ReadAttribute(AttributeScope.STATUS, node, name, a.has("A")));
            if (!(reply instanceof IpcReply.AttributeValues values)) {
                return context.unexpected(reply);
            }
            if (values.values().isEmpty()) {
                return context.fail(FaceContext.EXIT_NO_SUCH, "Could not query value of " + name
                        + ": attribute does not exist");
            }
            for (IpcReply.NodeValue value : values.values()) {
                context.out.println("name=\"" + name + "\" host=\"" + value.node() + "\" value=\""
                        + (value.value() == null ? "" : value.value()) + "\"");
            }
            return FaceContext.EXIT_OK;
        }
        if (a.has("R")) {
            return FaceContext.EXIT_OK;
        }
        return context.fail(FaceContext.EXIT_USAGE, "say what to do: -U VALUE, -B VALUE, -Y, -D or -Q");
    }

    /** A Pacemaker interval in milliseconds: a bare number is seconds, as crm_get_msec reads it. */
    static long delayMillis(String text) throws Arguments.UsageError {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        int end = 0;
        while (end < t.length() && Character.isDigit(t.charAt(end))) {
            end++;
        }
        if (end == 0) {
            throw new Arguments.UsageError("invalid delay '" + text + "' (expected a number with s, ms, min or h)");
        }
        long number = Long.parseLong(t.substring(0, end));
        return switch (t.substring(end).trim()) {
            case "", "s", "sec" -> number * 1000;
            case "ms", "msec" -> number;
            case "us", "usec" -> number / 1000;
            case "m", "min" -> number * 60_000;
            case "h", "hr" -> number * 3_600_000;
            default -> throw new Arguments.UsageError("invalid delay '" + text + "' (expected a number with s, ms, min or h)");
        };
    }
}
