package org.paceline.lab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.paceline.lab.LabCluster;
import org.paceline.lab.LabOperator;

/**
 * The idle-node measurement of {@code paceline bench failover}: one node alone with 100
 * {@code ocf:heartbeat:Dummy} resources, each monitored every 10 s (ten agent runs a
 * second). Once every resource runs and the node has settled, the CPU of the daemon's own
 * process (every thread of its JVM) and, apart from it, that of the agents it ran (their
 * whole process trees, as its reaped children) are read from {@code /proc} over a window;
 * Pacemaker's figure for its daemons leaves the agents' shell work out as well.
 */
final class IdleNode {
    static final int RESOURCES = 100;

    private final int basePort;
    private final Duration settle;
    private final Duration window;

    IdleNode(int basePort, Duration settle, Duration window) {
        this.basePort = basePort;
        this.settle = settle;
        this.window = window;
    }

    /** What one measurement found. */
    record Reading(long residentMegabytes, Duration window, long daemonTicks, long agentTicks,
                   Map<String, Long> daemonThreads, String loadBefore, String loadAfter) {
        /** The daemon's own CPU, in hundredths of a percent of one core. */
        long daemonHundredths() {
            return hundredths(daemonTicks);
        }

        /** The agents' CPU, in hundredths of a percent of one core. */
        long agentHundredths() {
            return hundredths(agentTicks);
        }

        private long hundredths(long ticks) {
            // A tick is 1/100 s: ticks * 100 / seconds is the percentage, times 100 for hundredths.
            return ticks * 100 * 100 * 1000 / ProcessCpu.TICKS_PER_SECOND / window.toMillis();
        }
    }

    Reading measure() throws Exception {
        Path folder = Files.createTempDirectory("paceline-bench-");
        try (var cluster = LabCluster.create(folder.resolve("c"), "b", List.of("pm01"), basePort, false)) {
            cluster.startAll();
            var operator = new LabOperator(cluster.config("pm01").socket());
            if (!LabCluster.await(Duration.ofSeconds(60), () -> operator.status().contains("Online: [ pm01 ]"))) {
                throw new IllegalStateException("the node did not come online: " + operator.status());
            }
            var crm = new StringBuilder("property stonith-enabled=false\n");
            for (int i = 1; i <= RESOURCES; i++) {
                crm.append("primitive r").append(i).append(" ocf:heartbeat:Dummy op monitor interval=10s timeout=20s\n");
            }
            String problem = operator.load("idle.crm", crm.toString());
            if (problem != null) {
                throw new IllegalStateException(problem);
            }
            if (!LabCluster.await(Duration.ofSeconds(120), () -> operator.status().lines()
                    .filter(line -> line.contains("Started pm01")).count() == RESOURCES)) {
                throw new IllegalStateException("not every resource started: " + operator.status());
            }
            // Settled: the start-up's JIT work and the monitors' first round are behind.
            Thread.sleep(settle.toMillis());
            long pid = cluster.process("pm01").orElseThrow().pid();
            String loadBefore = loadAverage();
            ProcessCpu before = ProcessCpu.read(pid);
            long started = System.nanoTime();
            Thread.sleep(window.toMillis());
            ProcessCpu after = ProcessCpu.read(pid);
            Duration measured = Duration.ofNanos(System.nanoTime() - started);
            return new Reading(residentMegabytes(pid), measured, after.ownTicks() - before.ownTicks(),
                    after.childrenTicks() - before.childrenTicks(), byThreadKind(before, after), loadBefore,
                    loadAverage());
        } finally {
            LabCluster.remove(folder);
        }
    }

    /**
     * The daemon's ticks in the window by kind of thread (its name without numbers); what
     * threads that ended in the window spent, which no live thread shows, under "(ended)".
     */
    private static Map<String, Long> byThreadKind(ProcessCpu before, ProcessCpu after) {
        var kinds = new TreeMap<String, Long>();
        long accounted = 0;
        for (var entry : after.threads().entrySet()) {
            var earlier = before.threads().get(entry.getKey());
            long ticks = entry.getValue().ticks() - (earlier == null ? 0 : earlier.ticks());
            accounted += ticks;
            if (ticks > 0) {
                kinds.merge(kind(entry.getValue().name()), ticks, Long::sum);
            }
        }
        long ended = (after.ownTicks() - before.ownTicks()) - accounted;
        if (ended > 0) {
            kinds.put("(ended)", ended);
        }
        return kinds;
    }

    private static String kind(String name) {
        return name.replaceAll("[0-9]+", "#");
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static long residentMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }
}
