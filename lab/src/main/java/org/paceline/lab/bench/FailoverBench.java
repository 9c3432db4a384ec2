package org.paceline.lab.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.paceline.lab.HostProcesses;
import org.paceline.lab.LabCluster;
import org.paceline.lab.LabOperator;
import org.paceline.lab.Observer;

/**
 * {@code paceline bench failover}: on a two-node cluster of separate processes on
 * loopback, N times each, (1) the node running a Dummy resource loses its power, (2) it
 * hangs (SIGSTOP), (3) the resource is lost on its node; and, once, the memory and idle
 * CPU of a node with 100 resources. Each time is split, from the survivor's log time
 * stamps, into detection, Paceline's own share (planning, dispatching the fencing and the
 * starts, recording) and what the fence agent and resource agents took, and checked
 * against the node daemon issue's bars.
 */
public final class FailoverBench {
    private static final String PAIR = """
            property stonith-enabled=true
            primitive fence-dev stonith:fence_paceline_test \\
                params %s op monitor interval=60s
            primitive vip ocf:heartbeat:Dummy op monitor interval=1s timeout=20s
            location vip-prefers-%s vip 100: %s
            """;

    /** The first lab's base port when none is given; each lab takes the next 50. */
    public static final int DEFAULT_BASE_PORT = 18000;
    /** How long the idle node is watched once settled: long enough for 1% to be 60 clock ticks. */
    public static final Duration DEFAULT_IDLE_WINDOW = Duration.ofSeconds(60);
    private static final Duration IDLE_SETTLE = Duration.ofSeconds(20);

    private final PrintStream out;
    private final int rounds;
    private final boolean idleOnly;
    private final Duration idleWindow;
    private int port;

    public FailoverBench(PrintStream out, int rounds, int basePort, boolean idleOnly, Duration idleWindow) {
        this.out = out;
        this.rounds = rounds;
        this.port = basePort - 50;
        this.idleOnly = idleOnly;
        this.idleWindow = idleWindow;
    }

    /** Arguments: {@code [--runs N] [--base-port PORT] [--idle-seconds S] [--idle-only]}. */
    public static void main(String[] args) throws Exception {
        int rounds = 5;
        int basePort = DEFAULT_BASE_PORT;
        boolean idleOnly = false;
        Duration idleWindow = DEFAULT_IDLE_WINDOW;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> rounds = Integer.parseInt(args[++i]);
                case "--base-port" -> basePort = Integer.parseInt(args[++i]);
                case "--idle-seconds" -> idleWindow = Duration.ofSeconds(Long.parseLong(args[++i]));
                case "--idle-only" -> idleOnly = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        System.exit(new FailoverBench(System.out, rounds, basePort, idleOnly, idleWindow).run() ? 0 : 1);
    }

    /** One run's split, in milliseconds. */
    record Split(long detection, long own, long agents, long total) {}

    public boolean run() throws Exception {
        if (idleOnly) {
            return idleBars(idle());
        }
        var power = new ArrayList<Split>();
        var hang = new ArrayList<Split>();
        var restart = new ArrayList<Split>();
        for (int round = 0; round < rounds; round++) {
            power.add(nodeLoss(false));
            hang.add(nodeLoss(true));
            restart.add(resourceLoss());
        }
        report("node power loss -> resource running on the survivor", power);
        report("node hang (SIGSTOP) -> resource running on the survivor", hang);
        report("resource lost -> restarted in place (monitor every 1 s)", restart);
        var idle = idle();
        boolean met = true;
        met &= bar("Paceline's share after a node loss is detected <= 100 ms (median)", median(power, Split::own) <= 100);
        met &= bar("power loss detected within the hang timeout, 3 s (median)", median(power, Split::detection) <= 3000);
        met &= bar("hang detected within the hang timeout, 3 s, plus membership's 0.5 s check (median)",
                median(hang, Split::detection) <= 3500);
        met &= bar("Paceline's share of a restart <= 50 ms (median)", median(restart, Split::own) <= 50);
        return idleBars(idle) & met;
    }

    private IdleNode.Reading idle() throws Exception {
        var reading = new IdleNode(nextPort(), IDLE_SETTLE, idleWindow).measure();
        out.printf("idle node with %d resources: %d MB resident; over %d s (load %s, then %s): daemon %.2f%% of a core,"
                        + " agents %.2f%% of a core%n", IdleNode.RESOURCES, reading.residentMegabytes(),
                reading.window().toSeconds(), reading.loadBefore(), reading.loadAfter(),
                reading.daemonHundredths() / 100.0, reading.agentHundredths() / 100.0);
        var threads = new StringBuilder("  daemon's threads (ticks of 10 ms):");
        reading.daemonThreads().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(entry -> threads.append(' ').append(entry.getKey()).append('=').append(entry.getValue()));
        out.println(threads);
        return reading;
    }

    private boolean idleBars(IdleNode.Reading idle) {
        boolean met = bar("idle node with 100 resources <= 150 MB resident", idle.residentMegabytes() <= 150);
        // The agents' own work is not the daemon's, as Pacemaker's figure for its daemons leaves it out.
        return bar("idle CPU of the daemon <= 1% of a core", idle.daemonHundredths() <= 100) & met;
    }

    /** Node loss: the survivor detects it, fences it, starts the resource. */
    private Split nodeLoss(boolean hung) throws Exception {
        Path folder = Files.createTempDirectory("paceline-bench-");
        try (var cluster = LabCluster.create(folder.resolve("c"), "b", List.of("pm01", "pm02"), nextPort(), true)) {
            String victim = "pm01";
            start(cluster, victim);
            Instant lost = Instant.now();
            if (hung) {
                cluster.signal(victim, "STOP");
            } else {
                HostProcesses.killAll(List.of(cluster.hostMarker(victim)));
            }
            var operator = new LabOperator(cluster.config("pm02").socket());
            LabCluster.await(Duration.ofSeconds(30), () -> operator.status().contains("vip\t(ocf:heartbeat:Dummy):\t Started pm02"));
            Thread.sleep(300);
            var log = LogTimes.read(cluster.config("pm02").logFile(), "pm02");
            Instant detected = log.first("Node " + victim + " is lost", lost).orElseThrow();
            Instant fenceAsked = log.first("Try to STONITH", detected).orElseThrow();
            Instant fenced = log.first("Succeeded to STONITH", fenceAsked).orElseThrow();
            Instant startAsked = log.first("Resource vip tries to start", fenced).orElseThrow();
            Instant started = log.first("Resource vip started", startAsked).orElseThrow();
            Instant done = log.first("fail-over succeeded", started).orElse(started);
            long own = millis(detected, fenceAsked) + millis(fenced, startAsked) + millis(started, done);
            long agents = millis(fenceAsked, fenced) + millis(startAsked, started);
            return new Split(millis(lost, detected), own, agents, millis(lost, done));
        } finally {
            LabCluster.remove(folder);
        }
    }

    /** A resource lost on its node: found by the next monitor, stopped and started again there. */
    private Split resourceLoss() throws Exception {
        Path folder = Files.createTempDirectory("paceline-bench-");
        try (var cluster = LabCluster.create(folder.resolve("c"), "b", List.of("pm01", "pm02"), nextPort(), true)) {
            start(cluster, "pm01");
            Path state = cluster.config("pm01").agentTemporary().resolve("Dummy-vip.state");
            Instant lost = Instant.now();
            Files.delete(state);
            // The DC writes the journal: whichever node it is.
            String[] dc = new String[1];
            LabCluster.await(Duration.ofSeconds(30), () -> {
                for (String node : cluster.nodes()) {
                    try {
                        if (LogTimes.read(cluster.config(node).logFile(), node).first("Resource vip started", lost)
                                .isPresent()) {
                            dc[0] = node;
                            return true;
                        }
                    } catch (IOException e) {
                        return false;
                    }
                }
                return false;
            });
            Thread.sleep(300);
            var log = LogTimes.read(cluster.config(dc[0]).logFile(), dc[0]);
            Instant detected = log.first("Resource vip does not work", lost).orElseThrow();
            Instant stopAsked = log.first("Resource vip tries to stop", detected).orElseThrow();
            Instant stopped = log.first("Resource vip stopped", stopAsked).orElseThrow();
            Instant startAsked = log.first("Resource vip tries to start", stopped).orElseThrow();
            Instant started = log.first("Resource vip started", startAsked).orElseThrow();
            long own = millis(detected, stopAsked) + millis(stopped, startAsked);
            long agents = millis(stopAsked, stopped) + millis(startAsked, started);
            return new Split(millis(lost, detected), own, agents, millis(lost, started));
        } finally {
            LabCluster.remove(folder);
        }
    }

    private void start(LabCluster cluster, String preferred) throws Exception {
        cluster.startAll();
        var operator = new LabOperator(cluster.config("pm02").socket());
        if (!LabCluster.await(Duration.ofSeconds(60), () -> operator.status().contains("Online: [ pm01 pm02 ]"))) {
            throw new IllegalStateException("the cluster did not form: " + operator.status());
        }
        String problem = operator.load("bench.crm", PAIR.formatted(cluster.testFenceParameters(), preferred, preferred));
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        try (var observer = new Observer(cluster, Set.of("vip"), Map.of(), Duration.ofMillis(100))) {
            if (!LabCluster.await(Duration.ofSeconds(60), () -> observer.hostsOf("vip").equals(Set.of(preferred))
                    && operator.status().contains("vip\t(ocf:heartbeat:Dummy):\t Started " + preferred))) {
                throw new IllegalStateException("vip did not start: " + operator.status());
            }
        }
        Thread.sleep(2_000);
    }

    private void report(String title, List<Split> splits) {
        out.println(title + " (" + splits.size() + " runs, ms; median [min-max]):");
        out.println("  detection " + summary(splits, Split::detection) + "   paceline's own share " + summary(splits, Split::own)
                + "   agents " + summary(splits, Split::agents) + "   total " + summary(splits, Split::total));
    }

    private boolean bar(String text, boolean met) {
        out.println("bar: " + text + ": " + (met ? "met" : "NOT MET"));
        return met;
    }

    private static String summary(List<Split> splits, java.util.function.ToLongFunction<Split> field) {
        long[] values = splits.stream().mapToLong(field).sorted().toArray();
        return values[values.length / 2] + " [" + values[0] + "-" + values[values.length - 1] + "]";
    }

    private static long median(List<Split> splits, java.util.function.ToLongFunction<Split> field) {
        long[] values = splits.stream().mapToLong(field).sorted().toArray();
        return values[values.length / 2];
    }

    private static long millis(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toMillis());
    }

    private int nextPort() {
        port += 50;
        return port;
    }
}
