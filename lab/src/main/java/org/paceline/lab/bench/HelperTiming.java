package org.paceline.lab.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The helper calls agents make, and how one is timed: as a whole process from
 * {@code sbin/} against a daemon's socket, wall time per call and the CPU its process used
 * (user + sys, from this process's reaped children's times in {@code /proc/self/stat}).
 */
final class HelperTiming {
    /** Clock ticks per second of {@code /proc}'s times (USER_HZ, 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100;
    private static final int WARM_UP_CALLS = 2;

    /**
     * One benchmarked call.
     *
     * @param expected what its standard output must contain (checked once, so that a fast failure is never timed), or empty
     */
    record Call(String label, List<String> command, String expected) {
        Call(String label, List<String> command) {
            this(label, command, "");
        }
    }

    /** pgsql's calls on a primary (its monitor, promotion score, receiver status) and the OCF shell functions' ones. */
    static final List<Call> CALLS = List.of(
            new Call("crm_attribute -G -q (reboot)", List.of("crm_attribute", "-l", "reboot", "-N", "pm01", "-n",
                    "pgsql-status", "-G", "-q"), "PRI"),
            new Call("crm_attribute -G -q (forever)", List.of("crm_attribute", "-l", "forever", "-N", "pm01", "-n",
                    "pgsql-data-status", "-G", "-q"), "LATEST"),
            new Call("crm_attribute -v (reboot)", List.of("crm_attribute", "-l", "reboot", "-N", "pm01", "-n",
                    "pgsql-xlog-loc", "-v", "0000000003000060")),
            new Call("crm_attribute -p -v", List.of("crm_attribute", "-p", "pgsql", "-v", "1000")),
            new Call("crm_node -n", List.of("crm_node", "-n"), "pm01"),
            new Call("attrd_updater -U", List.of("attrd_updater", "-n", "pgsql-receiver-status", "-U", "normal")),
            new Call("crm_mon -1 --output-as=xml", List.of("crm_mon", "-1", "--output-as=xml"),
                    "<node name=\"pm01\""),
            new Call("crm_resource -W -r", List.of("crm_resource", "-W", "-r", "msPostgresql"),
                    "resource msPostgresql is running on: pm01 Promoted"),
            new Call("pacemakerd -$", List.of("pacemakerd", "-$"), "Pacemaker 2.1.5"));

    private final Path sbin;
    private final Path socket;

    HelperTiming(Path sbin, Path socket) {
        this.sbin = sbin;
        this.socket = socket;
    }

    /** Whether {@code scripts/prepare-faces.sh} prepared the faces' fast path (./paceline does after each build). */
    static boolean facesPrepared() {
        return Files.exists(org.paceline.lab.LabCluster.home().resolve("cli/target/faces/faces.env"));
    }

    /** Sets what pgsql's monitor sets on a primary, through the faces themselves. */
    void setUp() throws IOException, InterruptedException {
        run(List.of("crm_attribute", "-l", "reboot", "-N", "pm01", "-n", "pgsql-status", "-v", "PRI"));
        run(List.of("crm_attribute", "-l", "forever", "-N", "pm01", "-n", "pgsql-data-status", "-v", "LATEST"));
        run(List.of("crm_attribute", "-l", "reboot", "-N", "pm01", "-n", "pgsql-master-baseline", "-v",
                "0000000003000000"));
    }

    /** Times {@code runs} calls after two untimed ones; the first untimed call's output is checked. */
    HelperBench.Result time(Call call, int runs) throws IOException, InterruptedException {
        var command = command(call.command());
        String output = run(call.command());
        HelperBench.require(output.contains(call.expected()), String.join(" ", call.command())
                + " printed no \"" + call.expected() + "\": " + output);
        for (int i = 1; i < WARM_UP_CALLS; i++) {
            start(command, true).waitFor();
        }
        double[] millis = new double[runs];
        long ticksBefore = childTicks();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            int code = start(command, true).waitFor();
            millis[i] = (System.nanoTime() - start) / 1e6;
            HelperBench.require(code == 0, String.join(" ", call.command()) + " exited " + code);
        }
        double cpu = (childTicks() - ticksBefore) / TICKS_PER_SECOND * 1000 / runs;
        double[] sorted = millis.clone();
        java.util.Arrays.sort(sorted);
        return new HelperBench.Result(call.label(), HelperBench.median(millis), sorted[0], sorted[runs - 1], cpu);
    }

    /** Runs one call to its end; its standard output, or an exception when it failed. */
    private String run(List<String> call) throws IOException, InterruptedException {
        Process process = start(command(call), false);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();
        HelperBench.require(code == 0, String.join(" ", call) + " exited " + code + ": " + output);
        return output;
    }

    private List<String> command(List<String> call) {
        var command = new ArrayList<>(call);
        if (!call.getFirst().contains("/")) {
            command.set(0, sbin.resolve(call.getFirst()).toString());
        }
        return command;
    }

    private Process start(List<String> command, boolean discard) throws IOException {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (discard) {
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        builder.environment().put("PACELINE_SOCKET", socket.toString());
        builder.environment().put("OCF_RESOURCE_INSTANCE", "pgsql");
        if (!facesPrepared()) {
            // A test build: the faces run from this JVM's class path, as the lab's agents' helpers then do.
            builder.environment().put("PACELINE_JAVA", ProcessHandle.current().info().command().orElse("java"));
            builder.environment().put("PACELINE_FACES_CLASSPATH", System.getProperty("java.class.path"));
        }
        return builder.start();
    }

    /** User + sys clock ticks of this process's children that have been waited for (cutime + cstime). */
    private static long childTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
    }
}
