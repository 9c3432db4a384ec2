package org.paceline.bench.scheduler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Pacemaker's {@code crm_simulate}, run as a user runs it: one process per input,
 * {@code -x FILE -R -Q} (schedule, print nothing; {@code -S} would also simulate
 * carrying the transition out, which is not scheduling), timed from start to exit.
 * Not thread-safe: runs one process at a time.
 */
final class CrmSimulateProcess {
    private final Path executable;
    private final Duration timeout;

    /**
     * The outcome of one untimed run.
     *
     * @param reason why crm_simulate did not accept the input (its first line of output,
     *               or the exit code), or null when it did
     */
    record Acceptance(String reason) {
        boolean accepted() {
            return reason == null;
        }
    }

    CrmSimulateProcess(Path executable, Duration timeout) {
        this.executable = executable;
        this.timeout = timeout;
    }

    /** Its version line ({@code Pacemaker 2.1.5}), or the problem running it. */
    String version() {
        try {
            Process process = new ProcessBuilder(executable.toString(), "--version").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return output.lines().findFirst().orElse("(no version)").strip();
        } catch (IOException e) {
            return "cannot run " + executable + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Runs once, keeping what it prints: exit code 0 within the timeout means accepted. */
    Acceptance accepts(ComparisonInput input) throws IOException, InterruptedException {
        Path output = Files.createTempFile("paceline-bench-", ".out");
        try {
            Process process = builder(input).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                return new Acceptance("no answer within " + timeout.toSeconds() + " s");
            }
            if (process.exitValue() == 0) {
                return new Acceptance(null);
            }
            String firstLine = Files.readAllLines(output, java.nio.charset.StandardCharsets.ISO_8859_1).stream()
                    .filter(line -> !line.isBlank()).findFirst().orElse("").strip();
            return new Acceptance("exit code " + process.exitValue() + (firstLine.isEmpty() ? "" : ": " + firstLine));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** The wall-clock time of one whole run, output discarded; -1 when it failed or took longer than the timeout. */
    long timeNanos(ComparisonInput input) throws IOException, InterruptedException {
        ProcessBuilder builder = builder(input).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process process = builder.start();
        boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        long elapsed = System.nanoTime() - start;
        if (!exited) {
            process.destroyForcibly().waitFor();
            return -1;
        }
        return process.exitValue() == 0 ? elapsed : -1;
    }

    private ProcessBuilder builder(ComparisonInput input) {
        var command = new ArrayList<>(List.of(executable.toString(), "-x", input.file().toString(), "-R", "-Q"));
        command.addAll(input.dateArguments());
        return new ProcessBuilder(command);
    }
}
