package org.paceline.lab.scenario.fencing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.paceline.lab.LabCluster;
import org.paceline.lab.LabNetwork;
import org.paceline.lab.LabOperator;
import org.paceline.lab.Observer;

/**
 * Seed 000's demonstration 4, split brain without mutual kill: two nodes, each in a network
 * namespace of its own, lose their interconnect while both stay up; each shows the other
 * UNCLEAN, exactly one is fenced, and the survivor is the node that ran the service group.
 *
 * <p>Two ways to win the race, one a {@link Variant}: Pacemaker's own
 * {@code priority-fencing-delay} (the fencing of the node running the group, whose
 * resources have a {@code priority}, waits; the other is fenced at once), and the seed's
 * {@code stonith:external/stonith-helper} as the first device of each node's group of
 * devices (its dead check pings the peer's address on the second network, which stays up,
 * so the peer is alive; its {@code standby_check_command} finds the standby, which waits
 * {@code standby_wait_time}), then a device that really powers the node off.
 */
public final class SplitBrain implements Demonstration {
    /** How the active side wins. */
    public enum Variant {
        /** {@code priority-fencing-delay} with the group's {@code priority}. */
        PRIORITY_FENCING_DELAY,
        /** stonith-helper's standby wait, then the test fence device, in seed 000's device groups. */
        STONITH_HELPER
    }

    static final List<String> NODES = List.of("pm1", "pm2");
    static final String ACTIVE = "pm1";
    static final String STANDBY = "pm2";
    /** The group's members, which must never be active on both nodes. */
    static final Set<String> SERVICE = Set.of("prmEx", "prmPg", "prmIp");
    /** The test device's own delay, that keeps the fenced side UNCLEAN long enough to be seen. */
    static final String DEVICE_DELAY = "2s";
    static final String PRIORITY_FENCING_DELAY = "6s";
    static final int STANDBY_WAIT_SECONDS = 6;

    private final Variant variant;

    public SplitBrain(Variant variant) {
        this.variant = variant;
    }

    /** The demonstration with {@code priority-fencing-delay}. */
    public static SplitBrain withPriorityFencingDelay() {
        return new SplitBrain(Variant.PRIORITY_FENCING_DELAY);
    }

    /** The demonstration with stonith-helper. */
    public static SplitBrain withStonithHelper() {
        return new SplitBrain(Variant.STONITH_HELPER);
    }

    @Override
    public String title() {
        return switch (variant) {
            case PRIORITY_FENCING_DELAY -> "split brain without mutual kill (priority-fencing-delay)";
            case STONITH_HELPER -> "split brain without mutual kill (stonith-helper)";
        };
    }

    @Override
    public boolean needsRoot() {
        return true;
    }

    /** The service group, as seed 000 runs it, its agents Dummy; the location prefers pm1. */
    static String service(String groupMeta) {
        return """
                primitive prmEx ocf:heartbeat:Dummy op monitor interval=2s timeout=20s
                primitive prmPg ocf:heartbeat:Dummy op monitor interval=2s timeout=20s
                primitive prmIp ocf:heartbeat:Dummy op monitor interval=2s timeout=20s
                group grpPg prmEx prmPg prmIp %s
                location rsc_location-grpPg-1 grpPg \\
                    rule 200: #uname eq pm1 \\
                    rule 100: #uname eq pm2
                """.formatted(groupMeta);
    }

    /** The configuration, in the crm shell's language, for this variant on {@code cluster}. */
    String configuration(LabCluster cluster, LabNetwork network) {
        String options = """
                property no-quorum-policy=ignore stonith-enabled=true startup-fencing=false \\
                    stonith-timeout=60s%s
                rsc_defaults resource-stickiness=INFINITY migration-threshold=1
                """;
        return switch (variant) {
            case PRIORITY_FENCING_DELAY -> options.formatted(" priority-fencing-delay=" + PRIORITY_FENCING_DELAY)
                    + service("meta priority=10") + """
                    primitive prmStonith stonith:fence_paceline_test \\
                        params %s pcmk_delay_base=%s \\
                        op monitor interval=3600s timeout=60s
                    """.formatted(cluster.testFenceParameters(), DEVICE_DELAY);
            case STONITH_HELPER -> options.formatted("") + service("") + stonithGroup(cluster, network, "1", "pm1", "pm2")
                    + stonithGroup(cluster, network, "2", "pm2", "pm1");
        };
    }

    /**
     * Seed 000's {@code grpStonithN}: the devices that fence {@code target}, kept off it.
     * stonith-helper's Pacemaker 2 retry is off, as Linux-HA Japan's configurations for
     * Pacemaker 1.1 and later set it: a second run would wait a second standby time.
     */
    private static String stonithGroup(LabCluster cluster, LabNetwork network, String n, String target, String other) {
        return """
                primitive prmSt%1$s-1 stonith:external/stonith-helper \\
                    params priority=1 pcmk_reboot_retries=1 hostlist=%2$s \\
                        dead_check_target="%4$s" \\
                        standby_wait_time=%5$d \\
                        standby_check_command="crm_resource -r prmEx -W | grep -q `crm_node -n`" \\
                    op monitor interval=3600s timeout=60s
                primitive prmSt%1$s-2 stonith:fence_paceline_test \\
                    params priority=2 %6$s \\
                    op monitor interval=3600s timeout=60s
                group grpStonith%1$s prmSt%1$s-1 prmSt%1$s-2
                location rsc_location-grpStonith%1$s grpStonith%1$s rule -INFINITY: #uname eq %2$s
                """.formatted(n, target, other, network.secondAddress(target).getHostAddress(), STANDBY_WAIT_SECONDS,
                cluster.testFenceParameters(List.of(target)));
    }

    @Override
    public Outcome run(Path folder, int basePort, PrintStream out) throws IOException, InterruptedException {
        var story = new Narrator(out);
        var missing = LabNetwork.unavailable();
        if (missing.isPresent()) {
            return story.failed(missing.get(), "");
        }
        try (var cluster = LabCluster.createInNamespaces(folder, "splitbrain", NODES, basePort, true);
             var observer = new Observer(cluster, SERVICE, Map.of(), Duration.ofMillis(50))) {
            LabNetwork network = cluster.network().orElseThrow();
            story.step("Two nodes, " + String.join(" and ", NODES) + ", each in a network namespace of its own ("
                    + network.namespace(ACTIVE) + ", " + network.namespace(STANDBY) + "): the interconnect "
                    + network.interconnectAddress(ACTIVE).getHostAddress() + " - "
                    + network.interconnectAddress(STANDBY).getHostAddress() + " carries the cluster, the second network "
                    + network.secondAddress(ACTIVE).getHostAddress() + " - "
                    + network.secondAddress(STANDBY).getHostAddress() + " stays up");
            cluster.startAll();
            var active = new LabOperator(cluster.config(ACTIVE).socket());
            var standby = new LabOperator(cluster.config(STANDBY).socket());
            if (!LabCluster.await(Duration.ofSeconds(60), () -> active.status().contains("Online: [ pm1 pm2 ]")
                    && standby.status().contains("Online: [ pm1 pm2 ]"))) {
                return story.failed("the two nodes did not form one cluster within 60 s", active.status());
            }
            String configuration = configuration(cluster, network);
            story.show("The configuration (crm configure load replace)", configuration);
            String problem = active.load("splitbrain.crm", configuration);
            if (problem != null) {
                return story.failed("the configuration was refused: " + problem, "");
            }
            if (!LabCluster.await(Duration.ofSeconds(60), () -> settled(observer, active, standby))) {
                return story.failed("the group did not start on " + ACTIVE + " within 60 s", active.status());
            }
            story.show("Before: crm_mon -1 -r on " + ACTIVE, active.status());
            int activeLog = cluster.operationalLog(ACTIVE).size();
            int standbyLog = cluster.operationalLog(STANDBY).size();

            story.step("The interconnect is cut (both ends down); both nodes stay up, the second network too.");
            Instant cut = Instant.now();
            network.cutInterconnect();
            // The active side fences within a second or two: its UNCLEAN is watched closely, as an operator's crm_mon -i would.
            String[] seen = new String[2];
            Instant deadline = cut.plusSeconds(20);
            while ((seen[0] == null || seen[1] == null) && Instant.now().isBefore(deadline)) {
                if (seen[0] == null) {
                    String status = active.status();
                    seen[0] = unclean(status, STANDBY) ? status : null;
                }
                if (seen[1] == null) {
                    String status = standby.status();
                    seen[1] = unclean(status, ACTIVE) ? status : null;
                }
                Thread.sleep(10);
            }
            boolean bothUnclean = seen[0] != null && seen[1] != null;
            if (seen[0] != null) {
                story.show(ACTIVE + " # crm_mon: " + STANDBY + " is UNCLEAN", seen[0]);
            }
            if (seen[1] != null) {
                story.show(STANDBY + " # crm_mon: " + ACTIVE + " is UNCLEAN", seen[1]);
            }
            if (!bothUnclean) {
                return story.failed("each side did not show the other UNCLEAN within 20 s of the cut"
                        + (seen[0] == null ? " (" + ACTIVE + " never showed " + STANDBY + " UNCLEAN)" : "")
                        + (seen[1] == null ? " (" + STANDBY + " never showed " + ACTIVE + " UNCLEAN)" : ""),
                        active.status() + "\n" + standby.status());
            }
            if (!LabCluster.await(Duration.ofSeconds(40), () -> cluster.isPoweredOff(STANDBY)
                    || cluster.isPoweredOff(ACTIVE))) {
                return story.failed("neither node was fenced within 40 s of the cut", active.status());
            }
            Duration fenced = Duration.between(cut, Instant.now());
            // The race is over only once the loser's own fencing could have fired: wait past its delay.
            Thread.sleep(loserPatience().toMillis());
            boolean recovered = LabCluster.await(Duration.ofSeconds(30), () -> observer.hostsOf("prmIp").equals(Set.of(ACTIVE))
                    && active.status().contains("OFFLINE: [ " + STANDBY + " ]"));
            story.show("After: " + ACTIVE + " # crm_mon -1 -r", active.status());
            story.showLog(cluster, ACTIVE, activeLog);
            story.showLog(cluster, STANDBY, standbyLog);
            observer.sample();
            if (!observer.violations().isEmpty()) {
                return story.failed("the observer saw the service active twice: " + observer.violations().getFirst().what(), "");
            }
            if (cluster.isPoweredOff(ACTIVE)) {
                return story.failed(ACTIVE + ", which ran the group, was fenced"
                        + (cluster.isPoweredOff(STANDBY) ? ", and so was " + STANDBY + ": a mutual kill" : ""), "");
            }
            if (!cluster.isPoweredOff(STANDBY) || cluster.process(ACTIVE).isEmpty()) {
                return story.failed("the standby " + STANDBY + " was not fenced, or " + ACTIVE + " did not survive", "");
            }
            if (!recovered) {
                return story.failed(ACTIVE + " does not show " + STANDBY + " OFFLINE with the group running on it",
                        active.status());
            }
            String success = "Succeeded to STONITH (reboot) " + STANDBY + " by " + ACTIVE + ".";
            if (cluster.operationalLog(ACTIVE).stream().noneMatch(line -> line.endsWith(success))) {
                return story.failed("the operational log of " + ACTIVE + " does not say \"" + success + "\"", "");
            }
            story.step(STANDBY + " was fenced " + fenced.toMillis() + " ms after the cut; " + ACTIVE
                    + " survived and runs the group; the observer took " + observer.samples()
                    + " samples and saw nothing run twice.");
            story.step("Stopping the cluster.");
            cluster.signal(ACTIVE, "TERM");
            LabCluster.await(Duration.ofSeconds(30), () -> cluster.process(ACTIVE).isEmpty());
            return Outcome.pass(STANDBY + " fenced " + fenced.toMillis() + " ms after the cut, " + ACTIVE
                    + " survived with the group");
        }
    }

    /** How long the standby's own fencing of the active node waits at least, plus a margin. */
    private Duration loserPatience() {
        return switch (variant) {
            case PRIORITY_FENCING_DELAY -> Duration.ofSeconds(9);
            case STONITH_HELPER -> Duration.ofSeconds(STANDBY_WAIT_SECONDS + 2);
        };
    }

    private static boolean settled(Observer observer, LabOperator active, LabOperator standby) {
        if (!observer.hostsOf("prmIp").equals(Set.of(ACTIVE))) {
            return false;
        }
        String status = active.status();
        return status.contains("prmIp\t(ocf:heartbeat:Dummy):\t Started " + ACTIVE) && !status.contains("Stopped")
                && standby.status().contains("Started " + ACTIVE);
    }

    private static boolean unclean(String status, String node) {
        return status.lines().anyMatch(line -> line.contains("Node " + node) && line.contains("UNCLEAN"));
    }
}
