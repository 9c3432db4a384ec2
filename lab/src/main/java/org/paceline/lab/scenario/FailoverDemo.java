package org.paceline.lab.scenario;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.paceline.lab.HostProcesses;
import org.paceline.lab.LabCluster;
import org.paceline.lab.LabOperator;
import org.paceline.lab.Observer;

/**
 * {@code paceline demo}: a three-node cluster on this machine with a group, a clone, a
 * promotable clone and the test fence device; the node running the group loses its
 * power; the others see it UNCLEAN, fence it, show it OFFLINE and run the group again.
 * The operational log tells the story; an observer outside the daemons checks that
 * nothing ran twice. Everything started is stopped at the end.
 */
public final class FailoverDemo {
    static final List<String> NODES = List.of("pm01", "pm02", "pm03");
    /** The fencing delay that leaves the lost node UNCLEAN long enough to be seen. */
    static final String FENCING_DELAY = "2s";

    private final PrintStream out;

    public FailoverDemo(PrintStream out) {
        this.out = out;
    }

    /** The configuration, in the crm shell's language, with the lab's test fence device. */
    static String configuration(String fenceParameters) {
        return """
                property stonith-enabled=true cluster-recheck-interval=1min
                primitive fence-dev stonith:fence_paceline_test \\
                    params %s \\
                        pcmk_delay_base=%s \\
                    op monitor interval=60s
                primitive vip ocf:heartbeat:Dummy op monitor interval=2s timeout=20s
                primitive app ocf:heartbeat:Dummy op monitor interval=2s timeout=20s
                group grp vip app
                primitive ping ocf:pacemaker:ping params host_list=127.0.0.1 multiplier=100 dampen=0 \\
                    op monitor interval=10s timeout=30s
                clone ping-clone ping
                primitive stateful ocf:pacemaker:Stateful \\
                    op monitor interval=5s role=Promoted timeout=20s \\
                    op monitor interval=6s role=Unpromoted timeout=20s
                clone stateful-clone stateful meta promotable=true promoted-max=1
                location grp-prefers-pm01 grp 100: pm01
                """.formatted(fenceParameters, FENCING_DELAY);
    }

    /** Runs the demo in {@code folder} (a new folder) with nodes on ports from {@code basePort}; true when it went as it should. */
    public boolean run(Path folder, int basePort) throws IOException, InterruptedException {
        try (var cluster = LabCluster.create(folder, "demo", NODES, basePort, false);
             var observer = new Observer(cluster, Set.of("vip", "app"), Map.of("stateful", 1), Duration.ofMillis(50))) {
            step("Starting a cluster of three nodes on this machine: " + String.join(", ", NODES));
            cluster.startAll();
            var first = new LabOperator(cluster.config("pm01").socket());
            if (!LabCluster.await(Duration.ofSeconds(60), () -> first.status().contains("Online: [ pm01 pm02 pm03 ]"))) {
                return failed("the three nodes did not form one cluster within 60 s", first.status());
            }
            String problem = first.load("demo.crm", configuration(cluster.testFenceParameters()));
            if (problem != null) {
                return failed("the configuration was refused: " + problem, "");
            }
            boolean settled = LabCluster.await(Duration.ofSeconds(90), () -> observer.hostsOf("app").size() == 1
                    && !observer.activeNow().values().stream().filter(r -> "Promoted".equals(r.get("stateful")))
                            .toList().isEmpty()
                    && first.status().contains("Started: [ pm01 pm02 pm03 ]")
                    && first.status().contains("Promoted: ["));
            if (!settled) {
                return failed("the resources did not all start within 90 s", first.status());
            }
            String victim = observer.hostsOf("app").iterator().next();
            String survivor = NODES.stream().filter(node -> !node.equals(victim)).findFirst().orElseThrow();
            var watcher = new LabOperator(cluster.config(survivor).socket());
            show("The cluster, as crm_mon -1 -r shows it on " + survivor, watcher.status());

            step(victim + " runs the group. Its power goes: every process of " + victim + " is killed at once.");
            Instant lost = Instant.now();
            HostProcesses.killAll(List.of(cluster.hostMarker(victim)));
            if (LabCluster.await(Duration.ofSeconds(15), () -> watcher.status().contains("UNCLEAN"))) {
                show(victim + " is UNCLEAN: lost, not yet fenced, its resources may still run (fencing delay "
                        + FENCING_DELAY + ")", watcher.status());
            } else {
                out.println("  (" + victim + " was fenced before it could be seen UNCLEAN)");
            }
            boolean recovered = LabCluster.await(Duration.ofSeconds(60), () -> cluster.isPoweredOff(victim)
                    && observer.hostsOf("app").size() == 1 && !observer.hostsOf("app").contains(victim)
                    && watcher.status().contains("OFFLINE: [ " + victim + " ]"));
            Duration took = Duration.between(lost, Instant.now());
            show(victim + " is fenced and OFFLINE; the group runs again", watcher.status());
            String dc = NODES.stream().filter(node -> !node.equals(victim))
                    .filter(node -> watcher.status().contains("Current DC: " + node)).findFirst().orElse(survivor);
            // The DC writes the fail-over's end once everything it moved runs again (the promotion too).
            LabCluster.await(Duration.ofSeconds(20), () -> ended(cluster, dc, victim));
            var log = cluster.operationalLog(dc);
            show("The operational log (pm_logconv) on " + dc + " since the power loss",
                    String.join("\n", log.subList(Math.max(0, indexOfLost(log, victim)), log.size())));
            observer.sample();
            if (!observer.violations().isEmpty()) {
                return failed("the observer saw a resource active twice: " + observer.violations().getFirst().what(), "");
            }
            if (!recovered) {
                return failed("the group did not run again within 60 s of the power loss", watcher.status());
            }
            step("The group ran again on " + String.join(", ", observer.hostsOf("app")) + " " + took.toMillis()
                    + " ms after the power loss (detection, fencing delay " + FENCING_DELAY
                    + ", fencing, starts); the observer took " + observer.samples()
                    + " samples and saw nothing run twice.");
            step("Stopping the cluster.");
            for (String node : NODES) {
                if (!node.equals(victim)) {
                    cluster.signal(node, "TERM");
                }
            }
            LabCluster.await(Duration.ofSeconds(30), () -> NODES.stream().allMatch(node -> cluster.process(node).isEmpty()));
            return true;
        }
    }

    private static boolean ended(LabCluster cluster, String dc, String victim) {
        try {
            var log = cluster.operationalLog(dc);
            return log.subList(indexOfLost(log, victim), log.size()).stream()
                    .anyMatch(line -> line.endsWith("fail-over succeeded.") || line.endsWith("fail-over failed."));
        } catch (IOException e) {
            return false;
        }
    }

    private static int indexOfLost(List<String> log, String victim) {
        for (int i = log.size() - 1; i >= 0; i--) {
            if (log.get(i).endsWith("Node " + victim + " is lost")) {
                return i;
            }
        }
        return 0;
    }

    private void step(String text) {
        out.println();
        out.println("== " + text);
    }

    private void show(String title, String text) {
        step(title + ":");
        text.lines().forEach(line -> out.println("  " + line));
    }

    private boolean failed(String why, String status) {
        step("FAILED: " + why);
        status.lines().forEach(line -> out.println("  " + line));
        return false;
    }
}
