package org.paceline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.cli.conformance.ConformanceCase;

import picocli.CommandLine;

/**
 * The plain command lines read without picocli run exactly as picocli runs them, and
 * every other kind is left to picocli.
 */
class SimulateCommandLineTest {
    @TempDir
    Path dir;

    @Test
    void run_everyConformanceCaseAndVariants_printsAndExitsAsThroughPicocli() throws Exception {
        String folder = System.getProperty("paceline.conformance");
        Assumptions.assumeTrue(folder != null && Files.isDirectory(Path.of(folder, "xml")),
                "Pacemaker's scheduler regression cases are absent");
        int plain = 0;
        List<ConformanceCase> cases = ConformanceCase.inFolder(Path.of(folder));
        for (int i = 0; i < cases.size(); i++) {
            List<List<String>> lines = new ArrayList<>();
            List<String> line = cases.get(i).commandLine();
            lines.add(line);
            // Every seventh case also with the long names and other sections asked for.
            if (i % 7 == 0) {
                var variant = new ArrayList<>(line.stream().map(word -> word.equals("-x") ? "--xml-file"
                        : word.equals("-S") ? "--simulate" : word).toList());
                variant.addAll(List.of("-s", "-Q", "-G", dir.resolve("graph.xml").toString(), "--save-dotfile",
                        dir.resolve("graph.dot").toString(), "-O", dir.resolve("out.xml").toString()));
                lines.add(variant);
            }
            for (List<String> words : lines) {
                if (SimulateCommandLine.read(words).isPresent()) {
                    plain++;
                }
                String[] args = words.toArray(String[]::new);
                assertEquals(throughPicocli(args), throughMain(args), String.join(" ", words));
            }
        }
        assertTrue(plain > cases.size(), "the conformance command lines are plain: " + plain + " read without picocli");
    }

    @Test
    void read_plainWords_setsTheOptions() {
        CrmSimulateCommand command = SimulateCommandLine.read(List.of("-x", "cib.xml", "--simulate", "-s", "-u", "n1",
                "--node-up", "n2", "-t", "2024-01-01 10:00:00", "-i", "rsc_monitor_0@n1=7", "-x-is-not-here")).orElse(null);
        assertEquals(null, command, "a lone word that is no option is picocli's to refuse");

        command = SimulateCommandLine.read(List.of("-x", "-", "--simulate", "-s", "-u", "n1", "--node-up", "n2",
                "-t", "2024-01-01 10:00:00", "-i", "rsc_monitor_0@n1=7", "--explain", "rsc")).orElseThrow();
        assertEquals("-", command.xmlFile);
        assertTrue(command.simulate && command.showScores && !command.run && !command.quiet);
        assertEquals(List.of("n1", "n2"), command.nodesUp);
        assertEquals("2024-01-01 10:00:00", command.dateTime);
        assertEquals(List.of("rsc_monitor_0@n1=7"), command.operationsInjected);
        assertEquals("rsc", command.explain);
    }

    @Test
    void read_otherForms_areLeftToPicocli() {
        for (List<String> words : List.of(List.of("--help"), List.of("-V"), List.of("-SQ", "-x", "f"),
                List.of("-xcib.xml"), List.of("--xml-file=cib.xml"), List.of("-x", "a", "--xml-file", "b"),
                List.of("-S", "-S"), List.of("-x"), List.of("-x", "-S"), List.of("-x", "@args"), List.of("@args"),
                List.of("-x", "f", "operand"))) {
            assertTrue(SimulateCommandLine.read(words).isEmpty(), words::toString);
        }
    }

    @Test
    void run_missingFileAndUsageMistake_exitAsPicocliWould() throws Exception {
        String missing = dir.resolve("missing.xml").toString();
        for (String[] args : List.of(new String[] {"-x", missing, "-S"}, new String[] {"-S", "-x", missing, "-t", "never"},
                new String[] {"-x", missing, "-S", "-q"})) {
            assertEquals(throughPicocli(args), throughMain(args), String.join(" ", args));
        }
    }

    /** Exit code, then standard output and standard error, as one text. */
    private static String throughMain(String[] args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Main.run("crm_simulate", new PrintWriter(out, true), new PrintWriter(err, true), args);
        return code + "\n" + out + "\n--- stderr\n" + err;
    }

    private static String throughPicocli(String[] args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var line = new CommandLine(new CrmSimulateCommand());
        line.setCommandName("crm_simulate");
        line.getCommandSpec().exitCodeOnInvalidInput(CrmSimulateCommand.EXIT_USAGE);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        line.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println(cmd.getCommandName() + ": internal error: " + exception);
            return 70;
        });
        int code = line.execute(args);
        return code + "\n" + out + "\n--- stderr\n" + err;
    }
}
