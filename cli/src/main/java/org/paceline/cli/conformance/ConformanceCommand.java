package org.paceline.cli.conformance;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.paceline.cli.Version;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paceline conformance DIR}: Pacemaker's scheduler regression cases, run and compared. */
@Command(name = "conformance", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Run Pacemaker's scheduler regression cases (DIR/xml/NAME.xml with DIR/summary/NAME.summary",
            "and DIR/manifest.tsv) through crm_simulate -S in this process and compare with what",
            "Pacemaker printed: (a) the whole output, (b) the Transition Summary as a sorted list.",
            "Prints one line per case that differs, the counts per tier, and last 'N passed, N failed' for (b).",
            "Exit codes: 0 every ratchet case still passes (b), 1 some no longer does, 2 usage or unreadable DIR."
        })
public final class ConformanceCommand implements Callable<Integer> {
    /** The two tiers the manifest names. */
    enum Tier { core, extended }

    @Parameters(paramLabel = "DIR", description = "The folder of cases.")
    Path folder;

    @Option(names = "--tier", paramLabel = "core|extended", description = "Run one tier only.")
    Tier tier;

    @Option(names = "--case", paramLabel = "NAME", description = "Run one case only.")
    String caseName;

    @Option(names = "--ratchet", paramLabel = "FILE",
            description = "The ratchet file (default: cli/src/test/resources/conformance-ratchet.txt in the Paceline tree).")
    Path ratchetFile;

    @Option(names = "--update-ratchet", description = "Add the cases that now pass (b) to the ratchet file.")
    boolean updateRatchet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ConformanceCase> cases;
        try {
            cases = ConformanceCase.inFolder(folder);
        } catch (IOException | RuntimeException e) {
            err.println(folder + ": not a folder of conformance cases (xml/, summary/, manifest.tsv): " + e.getMessage());
            err.flush();
            return 2;
        }
        cases = cases.stream().filter(c -> tier == null || c.tier().equals(tier.name()))
                .filter(c -> caseName == null || c.name().equals(caseName)).toList();
        if (caseName != null && cases.isEmpty()) {
            err.println(folder + ": no case named \"" + caseName + "\"" + (tier == null ? "" : " in tier " + tier));
            err.flush();
            return 2;
        }
        List<CaseOutcome> outcomes = ConformanceReport.run(cases);
        ConformanceReport.lines(outcomes).forEach(out::println);
        out.flush();
        Path ratchet = ratchetFile != null ? ratchetFile : defaultRatchet();
        try {
            List<String> regressed = Ratchet.regressions(Ratchet.read(ratchet), outcomes);
            for (String name : regressed) {
                err.println(ratchet + ": " + name + " no longer passes (b)");
            }
            if (updateRatchet) {
                int added = Ratchet.update(ratchet, outcomes);
                out.println(ratchet + ": " + added + " cases added");
            }
            out.flush();
            err.flush();
            return regressed.isEmpty() ? 0 : 1;
        } catch (IOException e) {
            err.println(ratchet + ": cannot read or write the ratchet: " + e.getMessage());
            err.flush();
            return 2;
        }
    }

    private static Path defaultRatchet() {
        Path relative = Path.of("cli", "src", "test", "resources", "conformance-ratchet.txt");
        String home = System.getProperty("paceline.home");
        if (home != null && Files.isDirectory(Path.of(home))) {
            return Path.of(home).resolve(relative);
        }
        return relative;
    }
}
