package org.paceline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void benchScheduler_withoutTheLauncher_saysSoWithExitCode2() {
        String home = System.clearProperty("paceline.home");
        try {
            CibCommandsTest.Run run = CibCommandsTest.run("paceline", "bench", "scheduler", "--rounds", "1");

            assertEquals(2, run.code());
            assertTrue(run.err().contains("run it through the paceline launcher"), run.err());
        } finally {
            if (home != null) {
                System.setProperty("paceline.home", home);
            }
        }
    }

    @Test
    void benchScheduler_benchModuleNotBuilt_saysHowToBuildIt() {
        String home = System.setProperty("paceline.home", dir.toString());
        try {
            CibCommandsTest.Run run = CibCommandsTest.run("paceline", "bench", "scheduler");

            assertEquals(2, run.code());
            assertTrue(run.err().contains("the bench module is not built"), run.err());
        } finally {
            if (home == null) {
                System.clearProperty("paceline.home");
            } else {
                System.setProperty("paceline.home", home);
            }
        }
    }

    @Test
    void commandLine_home_runsTheComparisonFromTheBenchModuleWithTheArguments() {
        List<String> command = BenchCommand.commandLine(dir, BenchCommand.COMPARISON_CLASS,
                BenchCommand.CONFORMANCE_HEAP, List.of("cases", "--rounds", "2"));

        assertTrue(command.getFirst().endsWith("java"), command.getFirst());
        assertTrue(command.contains("-Dpaceline.home=" + dir), command.toString());
        assertTrue(command.get(command.indexOf("-cp") + 1).startsWith(dir.resolve("bench/target/classes").toString()));
        assertEquals(List.of(BenchCommand.COMPARISON_CLASS, "cases", "--rounds", "2"),
                command.subList(command.size() - 4, command.size()));
    }

    @Test
    void commandLine_scale_runsInAOneGibibyteHeap() {
        List<String> command = BenchCommand.commandLine(dir, BenchCommand.SCALE_CLASS, BenchCommand.SCALE_HEAP,
                List.of("--rounds", "2"));

        assertTrue(command.contains("-Xmx1g"), command.toString());
        assertEquals(List.of(BenchCommand.SCALE_CLASS, "--rounds", "2"), command.subList(command.size() - 3, command.size()));
    }

    @Test
    void benchScheduler_folderWithoutConformance_isAUsageMistake() {
        String home = System.setProperty("paceline.home", dir.toString());
        try {
            java.nio.file.Files.createDirectories(dir.resolve("bench/target/classes"));
            java.nio.file.Files.createDirectories(dir.resolve("bench/target/lib"));
            CibCommandsTest.Run run = CibCommandsTest.run("paceline", "bench", "scheduler", dir.toString());

            assertEquals(2, run.code());
            assertTrue(run.err().contains("go with --conformance"), run.err());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            if (home == null) {
                System.clearProperty("paceline.home");
            } else {
                System.setProperty("paceline.home", home);
            }
        }
    }

    @Test
    void benchScheduler_roundsNotANumber_isAUsageMistake() {
        CibCommandsTest.Run run = CibCommandsTest.run("paceline", "bench", "scheduler", "--rounds", "x");

        assertEquals(2, run.code());
    }
}
