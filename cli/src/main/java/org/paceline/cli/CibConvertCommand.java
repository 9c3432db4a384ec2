package org.paceline.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.paceline.cib.Cib;
import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;
import org.paceline.cib.crm.CrmWriter;
import org.paceline.cib.xml.CibXmlWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code paceline cib convert --to xml|crm FILE}. */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Print a CIB in the other language (or the same one, canonically).",
            "The input's language is detected: XML starts with '<', anything else is crm syntax.",
            "Exit codes: 0 converted, 1 the input has errors or cannot be expressed in the target language, 2 usage."
        })
public final class CibConvertCommand implements Callable<Integer> {
    /** The two languages, as the user names them. */
    enum Language { xml, crm }

    @Option(names = "--to", required = true, paramLabel = "xml|crm", description = "The language to print: ${COMPLETION-CANDIDATES}.")
    Language to;

    @Option(names = "--configuration-only",
            description = "Leave the status section out (crm syntax can express only the configuration).")
    boolean configurationOnly;

    @Parameters(paramLabel = "FILE", description = "The CIB to read, or - for standard input.")
    String file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Parsed<Document> parsed = CibFiles.read(file, System.in);
        if (parsed instanceof Parsed.Invalid<Document> invalid) {
            return Printing.problems(spec, invalid.problems());
        }
        Cib cib = parsed.orThrow().cib();
        if (configurationOnly) {
            cib = cib.withStatus(org.paceline.cib.status.Status.EMPTY);
        }
        switch (to) {
            case xml -> spec.commandLine().getOut().print(CibXmlWriter.write(cib));
            case crm -> {
                if (!cib.status().nodes().isEmpty() || !cib.status().tickets().isEmpty()) {
                    return Printing.problems(spec, List.of(new Problem(file, 0, 0,
                            "has a status section, which crm syntax cannot express; add --configuration-only to leave it out")));
                }
                Parsed<String> text = CrmWriter.write(cib);
                if (text instanceof Parsed.Invalid<String> invalid) {
                    return Printing.problems(spec, invalid.problems().stream()
                            .map(p -> new Problem(file, p.line(), p.column(), "cannot be written in crm syntax without loss: " + p.message()
                                    + " (crm configure show -x FILE shows it as crmsh would)"))
                            .toList());
                }
                spec.commandLine().getOut().print(text.orThrow());
            }
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
