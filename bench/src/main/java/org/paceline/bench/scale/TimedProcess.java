package org.paceline.bench.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One program run as a whole process, timed from start to exit, its output kept in a
 * file. Its peak resident memory comes from {@code /usr/bin/time -f %M} when that is
 * installed: Java's {@code Process} gives no resource usage of a child, and a child's
 * {@code VmHWM} is gone once it has exited. With GNU time wrapped around it, the time
 * measured includes that small program's own start (about a millisecond).
 */
final class TimedProcess {
    static final Path GNU_TIME = Path.of("/usr/bin/time");

    private final Duration timeout;
    private final Path scratch;

    /**
     * What one run gave.
     *
     * @param nanos       wall-clock time from start to exit, or -1 when it overran the timeout
     * @param exitCode    the program's exit code, or -1 when it overran
     * @param peakRssKib  its peak resident set in KiB, or -1 when unknown
     * @param output      what it printed, standard output and error together
     */
    record Run(long nanos, int exitCode, long peakRssKib, String output) {
        boolean succeeded() {
            return nanos >= 0 && exitCode == 0;
        }
    }

    TimedProcess(Duration timeout, Path scratch) {
        this.timeout = timeout;
        this.scratch = scratch;
    }

    static boolean measuresMemory() {
        return Files.isExecutable(GNU_TIME);
    }

    Run run(List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile(scratch, "run-", ".out");
        Path memory = Files.createTempFile(scratch, "run-", ".rss");
        try {
            var full = new ArrayList<String>();
            if (measuresMemory()) {
                full.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", memory.toString()));
            }
            full.addAll(command);
            var builder = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile());
            long start = System.nanoTime();
            Process process = builder.start();
            process.getOutputStream().close();
            boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            long elapsed = System.nanoTime() - start;
            if (!exited) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                return new Run(-1, -1, -1, "no answer within " + timeout.toSeconds() + " s");
            }
            String text = Files.readString(output, StandardCharsets.ISO_8859_1);
            return new Run(elapsed, process.exitValue(), peakRss(memory), text);
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(memory);
        }
    }

    /** GNU time's last line is the figure; a line before it says when the child died of a signal. */
    private static long peakRss(Path memory) throws IOException {
        List<String> lines = Files.readAllLines(memory, StandardCharsets.ISO_8859_1);
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).strip();
            if (line.matches("\\d+")) {
                return Long.parseLong(line);
            }
        }
        return -1;
    }
}
