package org.paceline.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.paceline.cib.Cib;
import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;
import org.paceline.cib.crm.CrmWriter;
import org.paceline.cib.status.Status;
import org.paceline.cib.xml.CibXmlWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crm configure show [xml] [-x FILE]}: the configuration in crm syntax (or XML). */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Print the configuration in crm syntax, or as XML with 'xml'. As crmsh does, it leaves out the ids",
            "crm syntax has no place for, and prints what it cannot express as raw 'xml <...>' statements.",
            "With -x FILE it reads a CIB file (XML or crm syntax) instead of the running cluster (the local",
            "daemon on $PACELINE_SOCKET, default /run/paceline/paceline.sock).",
            "Exit codes: 0 shown, 1 the input has errors, 2 usage, 102 the daemon cannot be reached."
        })
public final class CrmConfigureShowCommand implements Callable<Integer> {
    @Option(names = {"-x", "--xml-file"}, paramLabel = "FILE", description = "Read the CIB from FILE (- for standard input).")
    String file;

    @Parameters(arity = "0..1", paramLabel = "xml", description = "Print XML instead of crm syntax.")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (format != null && !format.equals("xml")) {
            return Printing.problems(spec, List.of(new Problem("crm configure show", 0, 0,
                    "unknown argument \"" + format + "\" (expected xml, or nothing)")));
        }
        Cib cib;
        if (file == null) {
            try {
                Parsed<Cib> live = DaemonLink.cib();
                if (live instanceof Parsed.Invalid<Cib> invalid) {
                    return Printing.problems(spec, invalid.problems());
                }
                cib = live.orThrow().withStatus(Status.EMPTY);
            } catch (org.paceline.node.ipc.DaemonUnreachable e) {
                spec.commandLine().getErr().println("crm: " + e.getMessage() + "; use -x FILE to read a file");
                spec.commandLine().getErr().flush();
                return e.exitCode();
            }
        } else {
            Parsed<Document> parsed = CibFiles.read(file, System.in);
            if (parsed instanceof Parsed.Invalid<Document> invalid) {
                return Printing.problems(spec, invalid.problems());
            }
            cib = parsed.orThrow().cib().withStatus(Status.EMPTY);
        }
        if ("xml".equals(format)) {
            spec.commandLine().getOut().print(CibXmlWriter.write(cib));
        } else {
            Parsed<String> text = CrmWriter.write(cib, CrmWriter.Mode.DISPLAY);
            if (text instanceof Parsed.Invalid<String> invalid) {
                return Printing.problems(spec, invalid.problems().stream()
                        .map(p -> new Problem(file, p.line(), p.column(), "cannot be written in crm syntax: " + p.message()))
                        .toList());
            }
            spec.commandLine().getOut().print(text.orThrow());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
