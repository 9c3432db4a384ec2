package org.paceline.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.paceline.cib.Cib;
import org.paceline.cib.Configuration;
import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;
import org.paceline.node.ipc.DaemonUnreachable;
import org.paceline.node.store.CibUpdate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crm configure load replace|update FILE}: a crm or XML file applied to the running cluster, whole or not at all. */
@Command(name = "load", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Apply a configuration file (crm syntax or XML, - for standard input) to the running cluster:",
            "'replace' makes it the whole configuration, 'update' merges its objects in by id. The file is",
            "checked whole first; nothing is applied when it has an error.",
            "Exit codes: 0 applied, 1 the file has errors or the cluster refused it, 2 usage, 102 no daemon."
        })
public final class CrmConfigureLoadCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "replace|update") String method;
    @Parameters(index = "1", paramLabel = "FILE") String file;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        if (!method.equals("replace") && !method.equals("update")) {
            return Printing.problems(spec, List.of(new Problem("crm configure load", 0, 0,
                    "unknown method \"" + method + "\" (expected replace or update)"))) + 1;
        }
        Parsed<Document> parsed = CibFiles.read(file, System.in);
        if (parsed instanceof Parsed.Invalid<Document> invalid) {
            return Printing.problems(spec, invalid.problems());
        }
        Configuration incoming = parsed.orThrow().cib().configuration();
        try {
            Configuration configuration = incoming;
            if (method.equals("update")) {
                Parsed<Cib> live = DaemonLink.cib();
                if (live instanceof Parsed.Invalid<Cib> invalid) {
                    return Printing.problems(spec, invalid.problems());
                }
                configuration = ConfigurationUpdate.merge(live.orThrow().configuration(), incoming);
            }
            List<Problem> refused = DaemonLink.apply(new CibUpdate.ReplaceConfiguration(configuration));
            return refused.isEmpty() ? 0 : Printing.problems(spec, refused);
        } catch (DaemonUnreachable e) {
            spec.commandLine().getErr().println("crm: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return e.exitCode();
        }
    }
}
