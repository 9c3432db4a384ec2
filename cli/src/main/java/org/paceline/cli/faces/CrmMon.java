package org.paceline.cli.faces;

import java.util.Map;

import org.paceline.node.ipc.DaemonUnreachable;
import org.paceline.node.ipc.IpcReply;
import org.paceline.node.ipc.IpcRequest;
import org.paceline.node.status.StatusOptions;

/**
 * {@code crm_mon}: the cluster status the daemon renders ({@code -r -f -A -n -s},
 * {@code --output-as=xml}); once with {@code -1}, else redrawn every {@code -i} seconds
 * (5 by default) until interrupted.
 */
final class CrmMon {
    private static final String SHORT = "1rfAnsXi:VQ";
    private static final Map<String, String> LONG = Map.ofEntries(
            Map.entry("one-shot", "1"), Map.entry("inactive", "r"), Map.entry("failcounts", "f"),
            Map.entry("show-node-attributes", "A"), Map.entry("group-by-node", "n"), Map.entry("simple-status", "s"),
            Map.entry("as-xml", "X"), Map.entry("output-as:", "output-as"), Map.entry("interval:", "i"),
            Map.entry("verbose", "V"), Map.entry("quiet", "Q"), Map.entry("help", "help"),
            Map.entry("version", "version"));

    private CrmMon() {}

    static int run(FaceContext context, String[] args) throws Arguments.UsageError, DaemonUnreachable {
        var a = Arguments.parse(args, SHORT, LONG);
        if (a.has("help")) {
            context.out.println("Usage: crm_mon [-1] [-r] [-f] [-A] [-n] [-s] [--output-as=text|xml] [-i SECONDS]");
            return FaceContext.EXIT_OK;
        }
        if (a.has("version")) {
            return Pacemakerd.version(context);
        }
        String format = a.value("output-as");
        if (format != null && !format.equals("xml") && !format.equals("text")) {
            throw new Arguments.UsageError("unknown output format '" + format + "' (expected text or xml)");
        }
        boolean xml = a.has("X") || "xml".equals(format);
        var options = new StatusOptions(a.has("r"), a.has("f"), a.has("A"), a.has("n"), a.has("s"), xml,
                "crm_mon " + String.join(" ", args));
        boolean once = a.has("1") || a.has("s") || xml;
        long intervalMillis = a.value("i") == null ? 5000 : AttrdUpdater.delayMillis(a.value("i"));
        while (true) {
            var reply = context.ask(new IpcRequest.ShowStatus(options));
            if (!(reply instanceof IpcReply.Text text)) {
                return context.unexpected(reply);
            }
            if (once) {
                context.out.print(text.text());
                return text.exitCode();
            }
            // Home and clear, then the whole view: the terminal shows one fresh screen, not a scroll.
            context.out.print("\033[H\033[2J" + text.text());
            context.out.flush();
            try {
                Thread.sleep(Math.max(100, intervalMillis));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return FaceContext.EXIT_OK;
            }
        }
    }
}
