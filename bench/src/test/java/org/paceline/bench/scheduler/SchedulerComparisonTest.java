package org.paceline.bench.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.bench.generated.ClusterCondition;
import org.paceline.bench.generated.ClusterShape;
import org.paceline.bench.generated.GeneratedCluster;

/**
 * The whole command against a stand-in for crm_simulate (a shell script that says it is
 * Pacemaker and rejects files named "rejected"): what is compared, skipped and printed,
 * never how fast anything is.
 */
class SchedulerComparisonTest {
    @TempDir
    Path dir;

    /** What one run printed and how it ended. */
    record Run(int code, String out, String err) {}

    @Test
    void run_folderOfCibs_printsBucketsThenTheOverallRatioLast() throws Exception {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        Files.writeString(cases.resolve("small.xml"), GeneratedCluster.xml(ClusterShape.SMALL, ClusterCondition.HEALTHY));
        Files.writeString(cases.resolve("rejected.xml"), GeneratedCluster.xml(ClusterShape.SMALL, ClusterCondition.HEALTHY));
        Files.writeString(cases.resolve("pacemaker3.xml"), GeneratedCluster.xml(ClusterShape.SMALL, ClusterCondition.HEALTHY)
                .replace("name=\"stonith-enabled\"", "name=\"fencing-enabled\""));
        Files.writeString(cases.resolve("broken.xml"), "<cib><configuration>");

        Run run = run(cases.toString(), "--rounds", "1", "--no-generated", "--crm-simulate", fakeCrmSimulate().toString());

        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.getFirst().contains("Pacemaker 2.1.5"), lines.getFirst());
        assertTrue(run.out().contains("skipped, rejected by crm_simulate: 1: rejected (exit code 78: Relax-NG validity error)"),
                run.out());
        assertTrue(run.out().contains("skipped, unreadable by Paceline: 1: broken ("), run.out());
        assertTrue(run.out().contains("for crm_simulate 2.1, both read the renamed copy: 1"), run.out());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("16-64 KB ") && line.contains(" 2 ")), run.out());
        assertTrue(lines.getLast().startsWith("overall ratio, Pacemaker / Paceline (higher is better for Paceline): "),
                lines.getLast());
        assertTrue(lines.getLast().contains("over 2 inputs"), lines.getLast());
    }

    @Test
    void run_crmSimulateMissing_saysWhatToInstall() {
        Run run = run("--no-generated", dir.toString(), "--crm-simulate", dir.resolve("crm_simulate").toString());

        assertEquals(2, run.code());
        assertTrue(run.err().contains("no such program (Pacemaker's crm_simulate; Debian: apt-get install pacemaker-cli-utils)"),
                run.err());
    }

    @Test
    void run_usageMistake_isOneLineAndExitCode2() {
        Run run = run("--rounds", "none");

        assertEquals(2, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    private Path fakeCrmSimulate() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell runs the stand-in");
        Path script = dir.resolve("crm_simulate");
        Files.writeString(script, """
                #!/bin/sh
                if [ "$1" = "--version" ]; then echo "Pacemaker 2.1.5"; exit 0; fi
                case "$2" in *rejected*) echo "Relax-NG validity error" >&2; exit 78;; esac
                exit 0
                """);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private static Run run(String... arguments) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = SchedulerComparison.run(arguments, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
