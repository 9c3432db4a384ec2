package org.paceline.cli.faces;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.paceline.node.ipc.DaemonUnreachable;
import org.paceline.node.ipc.FenceAction;
import org.paceline.node.ipc.IpcReply;
import org.paceline.node.ipc.IpcRequest;

/**
 * {@code stonith_admin}: list the fence devices ({@code -L}), fence a node off
 * ({@code -F}) or reboot it ({@code -B}), confirm an operator powered it down
 * ({@code -C}/{@code --confirm}), show fencing history ({@code -H NODE}, {@code *} for all)
 * and forget it ({@code --cleanup --history NODE}).
 */
final class StonithAdmin {
    private static final String SHORT = "LF:B:U:C:H:cqV";
    private static final Map<String, String> LONG = Map.ofEntries(
            Map.entry("list-registered", "L"), Map.entry("fence:", "F"), Map.entry("reboot:", "B"),
            Map.entry("unfence:", "U"), Map.entry("confirm:", "C"), Map.entry("history:", "H"),
            Map.entry("cleanup", "c"), Map.entry("quiet", "q"), Map.entry("verbose", "V"),
            Map.entry("help", "help"), Map.entry("version", "version"));
    private static final DateTimeFormatter COMPLETED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx",
            Locale.ROOT);

    private StonithAdmin() {}

    static int run(FaceContext context, String[] args) throws Arguments.UsageError, DaemonUnreachable {
        var a = Arguments.parse(args, SHORT, LONG);
        if (a.has("help")) {
            context.out.println("Usage: stonith_admin {-L | -F NODE | -B NODE | -U NODE | -C NODE | -H NODE|* [--cleanup]}");
            return FaceContext.EXIT_OK;
        }
        if (a.has("version")) {
            return Pacemakerd.version(context);
        }
        if (a.has("L")) {
            var reply = context.ask(new IpcRequest.ListFenceDevices());
            if (!(reply instanceof IpcReply.Done devices)) {
                return context.unexpected(reply);
            }
            devices.lines().forEach(device -> context.out.println(" " + device));
            context.out.println(devices.lines().size() + " fence device" + (devices.lines().size() == 1 ? "" : "s")
                    + " found");
            return FaceContext.EXIT_OK;
        }
        for (var action : new Object[][] {{"F", FenceAction.OFF}, {"B", FenceAction.REBOOT}, {"U", FenceAction.ON},
                {"C", FenceAction.CONFIRM}}) {
            String target = a.value((String) action[0]);
            if (target != null) {
                return CrmAttribute.outcome(context, context.ask(new IpcRequest.Fence(target, (FenceAction) action[1])));
            }
        }
        if (a.has("H")) {
            String node = "*".equals(a.value("H")) ? null : a.value("H");
            if (a.has("c")) {
                return CrmAttribute.outcome(context, context.ask(new IpcRequest.CleanFenceHistory(node)));
            }
            var reply = context.ask(new IpcRequest.FenceHistory(node));
            if (!(reply instanceof IpcReply.FenceEvents history)) {
                return context.unexpected(reply);
            }
            ZoneId zone = ZoneId.systemDefault();
            for (IpcReply.FenceEvent event : history.events()) {
                String outcome = switch (event.state()) {
                    case "done" -> "successful";
                    case "failed" -> "failed";
                    default -> "pending";
                };
                var line = new StringBuilder(event.action()).append(" of ").append(event.target()).append(' ')
                        .append(outcome).append(": delegate=").append(event.delegate()).append(", origin=")
                        .append(event.origin());
                if (event.completedMillis() > 0) {
                    line.append(", completed='")
                            .append(COMPLETED.format(Instant.ofEpochMilli(event.completedMillis()).atZone(zone)))
                            .append('\'');
                }
                context.out.println(line);
            }
            return FaceContext.EXIT_OK;
        }
        return context.fail(FaceContext.EXIT_USAGE, "say what to do: -L, -F NODE, -B NODE, -C NODE or -H NODE");
    }
}
