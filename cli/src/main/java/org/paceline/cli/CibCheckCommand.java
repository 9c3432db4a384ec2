package org.paceline.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.check.CibCheck;
import org.paceline.cib.check.Finding;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code paceline cib check FILE}: what crm_verify does for a file, with positions. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Check a CIB (XML or crm syntax): syntax, duplicate ids, references to missing resources,",
            "devices and templates, a resource in two groups, bad scores, unknown operations, roles",
            "and kinds, and cycles in mandatory ordering. Prints one line per finding.",
            "Exit codes: 0 no errors (warnings may be printed), 1 errors, 2 usage."
        })
public final class CibCheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The CIB to check, or - for standard input.")
    String file;

    @Option(names = {"-q", "--quiet"}, description = "Print errors only, not warnings.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Parsed<Document> parsed = CibFiles.read(file, System.in);
        if (parsed instanceof Parsed.Invalid<Document> invalid) {
            return Printing.problems(spec, invalid.problems());
        }
        List<Finding> findings = CibCheck.check(parsed.orThrow());
        var out = spec.commandLine().getErr();
        for (Finding finding : findings) {
            if (finding.isError() || !quiet) {
                out.println(finding.oneLine());
            }
        }
        out.flush();
        return CibCheck.hasErrors(findings) ? 1 : 0;
    }
}
