package org.paceline.cli.faces;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.paceline.cib.Cib;
import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.xml.CibXmlReader;
import org.paceline.node.ipc.DaemonUnreachable;
import org.paceline.node.ipc.IpcReply;
import org.paceline.node.ipc.IpcRequest;
import org.paceline.node.store.CibUpdate;
import org.paceline.node.store.ConfigurationSection;

/**
 * {@code cibadmin}: print the CIB or a section ({@code -Q [-o SECTION]}), and replace the
 * configuration or one section from a file ({@code -R --xml-file FILE [-o SECTION]}),
 * checked whole before anything changes. The file holds a whole {@code <cib>}, a
 * {@code <configuration>}, or the section's own element.
 */
final class Cibadmin {
    private static final String SHORT = "QRo:x:X:lV";
    private static final Map<String, String> LONG = Map.ofEntries(
            Map.entry("query", "Q"), Map.entry("replace", "R"), Map.entry("scope:", "o"),
            Map.entry("xml-file:", "x"), Map.entry("xml-text:", "X"), Map.entry("local", "l"),
            Map.entry("verbose", "V"), Map.entry("help", "help"), Map.entry("version", "version"));

    private Cibadmin() {}

    static int run(FaceContext context, String[] args) throws Arguments.UsageError, DaemonUnreachable {
        var a = Arguments.parse(args, SHORT, LONG);
        if (a.has("help")) {
            context.out.println("Usage: cibadmin {-Q [-o SECTION] | -R {--xml-file FILE | --xml-text XML} [-o SECTION]}");
            return FaceContext.EXIT_OK;
        }
        if (a.has("version")) {
            return Pacemakerd.version(context);
        }
        String section = a.value("o");
        if (a.has("R")) {
            return replace(context, a, section);
        }
        var reply = context.ask(new IpcRequest.QueryCib(section));
        if (!(reply instanceof IpcReply.CibXml xml)) {
            return context.unexpected(reply);
        }
        context.out.print(xml.xml());
        return FaceContext.EXIT_OK;
    }

    private static int replace(FaceContext context, Arguments a, String section) throws DaemonUnreachable {
        String file = a.value("x");
        String text = a.value("X");
        if (file == null && text == null) {
            return context.fail(FaceContext.EXIT_USAGE, "-R needs the new XML (--xml-file FILE or --xml-text XML)");
        }
        if (text == null) {
            try {
                text = Files.readString(Path.of(file));
            } catch (IOException e) {
                return context.fail(FaceContext.EXIT_NO_SUCH, file + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        String name = file == null ? "xml-text" : file;
        String trimmed = text.stripLeading();
        if (!trimmed.startsWith("<cib")) {
            text = trimmed.startsWith("<configuration") ? "<cib>" + text + "</cib>"
                    : "<cib><configuration>" + text + "</configuration></cib>";
        }
        Parsed<Document> parsed = CibXmlReader.read(name, text);
        if (parsed instanceof Parsed.Invalid<Document> invalid) {
            invalid.problems().forEach(p -> context.err.println(context.face + ": " + p.oneLine()));
            return FaceContext.EXIT_INVALID_PARAM;
        }
        Cib cib = parsed.orThrow().cib();
        CibUpdate update;
        if (section == null || section.equals("configuration") || section.equals("cib")) {
            update = new CibUpdate.ReplaceConfiguration(cib.configuration());
        } else {
            ConfigurationSection known = null;
            for (ConfigurationSection candidate : ConfigurationSection.values()) {
                if (candidate.element().equals(section)) {
                    known = candidate;
                }
            }
            if (known == null) {
                return context.fail(FaceContext.EXIT_INVALID_PARAM, "cannot replace section '" + section
                        + "' (a configuration section, or configuration)");
            }
            update = new CibUpdate.ReplaceSection(known, cib.configuration());
        }
        return CrmAttribute.outcome(context, context.ask(new IpcRequest.ApplyUpdate(update)));
    }
}
