package org.paceline.lab.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.paceline.lab.LabCluster;
import org.paceline.lab.LabOperator;

/**
 * {@code paceline bench helpers}: each helper agents call, timed as agents make the call
 * (a whole process started from {@code sbin/}) against a real node daemon: one node of a
 * lab cluster on loopback running the test fence device, a Dummy and a promotable
 * Stateful clone, with transient and permanent attributes set. Prints per call the
 * median, min and max wall time and the user+sys CPU per call, the load average at the
 * time, and whether every median is within the 50 ms bar; Pacemaker 2.1.5's own on this
 * machine (crm_attribute 26-30 ms, attrd_updater ~21 ms, crm_mon -1 ~32 ms) beside it.
 */
public final class HelperBench {
    /** The bar every helper call is held to, as a whole process. */
    public static final double BAR_MILLIS = 50;

    private static final String CONFIGURATION = """
            property stonith-enabled=true
            primitive fence-dev stonith:fence_paceline_test \\
                params %s op monitor interval=60s
            primitive vip ocf:heartbeat:Dummy op monitor interval=10s timeout=20s
            primitive pgsql ocf:pacemaker:Stateful \\
                op monitor interval=11s role=Promoted timeout=20s \\
                op monitor interval=12s role=Unpromoted timeout=20s
            clone msPostgresql pgsql meta promotable=true promoted-max=1 notify=true
            colocation vip-with-promoted inf: vip msPostgresql:Promoted
            """;
    private static final String NODE = "pm01";

    private final PrintStream out;
    private final int runs;
    private final int basePort;

    public HelperBench(PrintStream out, int runs, int basePort) {
        this.out = out;
        this.runs = runs;
        this.basePort = basePort;
    }

    /** {@code HelperBench RUNS [BASE_PORT]}; exits 0 when every median is within the bar, 1 otherwise. */
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 19600;
        System.exit(new HelperBench(System.out, runs, port).run() ? 0 : 1);
    }

    /** One call's figures, in milliseconds. */
    record Result(String label, double median, double min, double max, double cpuPerCall) {}

    public boolean run() throws Exception {
        Path sbin = LabCluster.home().resolve("sbin");
        boolean prepared = HelperTiming.facesPrepared();
        Path folder = Files.createTempDirectory("paceline-bench-helpers-");
        var results = new ArrayList<Result>();
        String load;
        try (var cluster = LabCluster.create(folder.resolve("c"), "bench", List.of(NODE), basePort, false)) {
            Path socket = start(cluster);
            var calls = new HelperTiming(sbin, socket);
            for (HelperTiming.Call call : HelperTiming.CALLS) {
                results.add(calls.time(call, runs));
            }
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            results.add(calls.time(new HelperTiming.Call("(plain JVM: java -Xshare:auto -version)",
                    List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-version")), runs));
            load = String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).strip().split(" ")).subList(0, 3));
        } finally {
            LabCluster.remove(folder);
        }
        if (!prepared) {
            out.println("(the faces' AOT caches are not prepared: these calls ran from this JVM's class path;"
                    + " run ./paceline bench helpers for the figures)");
        }
        return report(sbin, results, load);
    }

    private Path start(LabCluster cluster) throws Exception {
        cluster.startAll();
        Path socket = cluster.config(NODE).socket();
        var operator = new LabOperator(socket);
        if (!LabCluster.await(Duration.ofSeconds(60), () -> operator.status().contains("Online: [ " + NODE + " ]"))) {
            throw new IllegalStateException("the node did not come up: " + operator.status());
        }
        String problem = operator.load("helpers.crm", CONFIGURATION.formatted(cluster.testFenceParameters()));
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        if (!LabCluster.await(Duration.ofSeconds(60), () -> {
            String status = operator.status();
            return status.contains("Promoted: [ " + NODE + " ]") && status.contains("Started " + NODE);
        })) {
            throw new IllegalStateException("the resources did not start: " + operator.status());
        }
        // What pgsql's monitor leaves behind on a primary, so that the queries find real values.
        new HelperTiming(LabCluster.home().resolve("sbin"), socket).setUp();
        return socket;
    }

    private boolean report(Path sbin, List<Result> results, String load) {
        out.printf("Helper commands against a real node daemon (one-node lab cluster), %d calls each as whole"
                + " processes from %s%n", runs, sbin);
        out.printf("(bar: median <= %.0f ms; Pacemaker 2.1.5's own on this machine: crm_attribute 26-30 ms,"
                + " attrd_updater ~21 ms, crm_mon -1 ~32 ms); load average %s%n", BAR_MILLIS, load);
        out.printf("%-40s %10s %8s %8s %13s  %s%n", "call", "median ms", "min", "max", "user+sys ms", "bar");
        boolean within = true;
        for (Result r : results) {
            String verdict;
            if (r.label().startsWith("(")) {
                verdict = "reference";
            } else {
                boolean ok = r.median() <= BAR_MILLIS;
                within &= ok;
                verdict = ok ? "ok" : "OVER";
            }
            out.printf("%-40s %10.1f %8.1f %8.1f %13.1f  %s%n", r.label(), r.median(), r.min(), r.max(),
                    r.cpuPerCall(), verdict);
        }
        out.println("bar: every helper call's median <= 50 ms: " + (within ? "met" : "NOT MET"));
        out.flush();
        return within;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static void require(boolean condition, String what) throws IOException {
        if (!condition) {
            throw new IOException(what);
        }
    }
}
