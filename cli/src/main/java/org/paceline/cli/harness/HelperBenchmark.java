package org.paceline.cli.harness;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times each helper call as agents make it: a whole process started from {@code sbin/},
 * against the harness daemon on a live socket; prints the median of {@code runs} calls
 * against the 50 ms bar, beside Pacemaker 2.1.5's own figures on this machine
 * (crm_attribute 26-30 ms, attrd_updater ~21 ms, crm_mon -1 ~32 ms).
 */
public final class HelperBenchmark {
    /** The bar every helper call is held to, as a whole process. */
    public static final double BAR_MILLIS = 50;

    private HelperBenchmark() {}

    /** One call's medians, in milliseconds. */
    public record Result(String label, double medianMillis, double minMillis, double maxMillis) {}

    /**
     * Runs the benchmark; gives 0 when every median is within the bar, 1 otherwise.
     *
     * @param sbin the faces' launcher directory
     */
    public static int run(Path sbin, int runs, PrintWriter out) throws IOException, InterruptedException {
        var directory = Files.createTempDirectory("paceline-bench");
        var socket = directory.resolve("paceline.sock");
        var results = new ArrayList<Result>();
        try (var daemon = HarnessDaemon.start(socket, HarnessCibs.pgsqlPair(), "pm01")) {
            for (HelperCalls.Call call : HelperCalls.BENCHMARKED) {
                results.add(time(sbin, socket, call, runs));
            }
            // The floor on this machine at this moment: a JVM that starts and stops doing nothing.
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            results.add(time(null, socket, new HelperCalls.Call("(plain JVM: java -Xshare:auto -version)",
                    List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-version")), runs));
        } finally {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(directory);
        }
        out.printf("Helper commands, %d calls each as whole processes from %s (bar: median <= %.0f ms;%n",
                runs, sbin, BAR_MILLIS);
        out.println("Pacemaker 2.1.5's own on this machine: crm_attribute 26-30 ms, attrd_updater ~21 ms,"
                + " crm_mon -1 ~32 ms)");
        out.printf("%-40s %10s %8s %8s  %s%n", "call", "median ms", "min", "max", "bar");
        boolean within = true;
        for (Result r : results) {
            boolean ok = r.medianMillis() <= BAR_MILLIS;
            if (r.label().startsWith("(")) {
                out.printf("%-40s %10.1f %8.1f %8.1f  %s%n", r.label(), r.medianMillis(), r.minMillis(),
                        r.maxMillis(), "reference");
                continue;
            }
            within &= ok;
            out.printf("%-40s %10.1f %8.1f %8.1f  %s%n", r.label(), r.medianMillis(), r.minMillis(), r.maxMillis(),
                    ok ? "ok" : "OVER");
        }
        out.flush();
        return within ? 0 : 1;
    }

    private static Result time(Path sbin, Path socket, HelperCalls.Call call, int runs)
            throws IOException, InterruptedException {
        var command = new ArrayList<String>(call.command());
        if (sbin != null) {
            command.set(0, sbin.resolve(call.command().getFirst()).toString());
        }
        double[] millis = new double[runs];
        for (int i = -2; i < runs; i++) {
            var builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("PACELINE_SOCKET", socket.toString());
            builder.environment().put("OCF_RESOURCE_INSTANCE", "pgsql");
            long start = System.nanoTime();
            int code = builder.start().waitFor();
            long elapsed = System.nanoTime() - start;
            if (code != 0) {
                throw new IOException(String.join(" ", call.command()) + " exited " + code);
            }
            if (i >= 0) {
                millis[i] = elapsed / 1e6;
            }
        }
        Arrays.sort(millis);
        double median = runs % 2 == 1 ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
        return new Result(call.label(), median, millis[0], millis[runs - 1]);
    }

}
