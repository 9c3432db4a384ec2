package org.paceline.lab.scenario.fencing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.paceline.lab.LabCluster;
import org.paceline.lab.LabOperator;
import org.paceline.lab.Observer;
import org.paceline.node.executor.MeatwareConfirmation;

/**
 * Seed 000's demonstration 5, STONITH's last line of defence: pm1 hangs (its daemon
 * stopped with SIGSTOP: the host is up, its address answers, nothing it runs is known to
 * have stopped), and pm2 fences it through seed 000's group of devices, in the seed's
 * order. {@code external/stonith-helper} finds pm1 alive and, pm2 being the standby, waits,
 * then hands on; Debian's own {@code external/libvirt} fails through cluster-glue's
 * {@code stonith} command, no hypervisor being reachable here (without {@code virsh} it says
 * "virsh not installed", with it the URI's address refuses the connection); {@code meatware}
 * waits for an operator. The operator powers pm1 off for real and runs cluster-glue's own
 * {@code meatclient -c pm1}; only then does the group start on pm2.
 *
 * <p>On loopback: pm1's address (its dead check target) is 127.0.0.1, which answers as a
 * hung host's address does; nothing needs a network cut, so nothing needs root. The libvirt
 * device has no monitor: on a machine without a hypervisor its device check fails as its
 * fencing does, and the seed's device was healthy until the fencing. Needs Debian's
 * {@code cluster-glue} ({@code stonith}, {@code meatclient}, {@code external/libvirt},
 * {@code meatware}).
 */
public final class Escalation implements Demonstration {
    static final List<String> NODES = List.of("pm1", "pm2");
    static final String TARGET = "pm1";
    static final String FENCER = "pm2";
    static final Path MEATCLIENT = Path.of("/usr/sbin/meatclient");
    static final Path STONITH = Path.of("/usr/sbin/stonith");
    static final Path LIBVIRT = Path.of("/usr/lib/stonith/plugins/external/libvirt");
    /** How long the operator lets meatware wait, showing that nothing moves meanwhile. */
    static final Duration OPERATOR_PAUSE = Duration.ofSeconds(3);

    @Override
    public String title() {
        return "escalation: stonith-helper, libvirt, meatware and meatclient -c";
    }

    @Override
    public boolean needsRoot() {
        return false;
    }

    /** The configuration: seed 000's options and device group for pm1, the service group Dummy. */
    static String configuration() {
        return """
                property no-quorum-policy=ignore stonith-enabled=true startup-fencing=false \\
                    stonith-timeout=710s crmd-transition-delay=2s
                rsc_defaults resource-stickiness=INFINITY migration-threshold=1
                """ + SplitBrain.service("") + """
                primitive prmSt1-1 stonith:external/stonith-helper \\
                    params priority=1 stonith-timeout=40 pcmk_reboot_retries=1 hostlist=pm1 \\
                        dead_check_target="127.0.0.1" standby_wait_time=3 \\
                        standby_check_command="crm_resource -r prmEx -W | grep -q `crm_node -n`" \\
                    op monitor interval=3600s timeout=60s
                primitive prmSt1-2 stonith:external/libvirt \\
                    params priority=2 stonith-timeout=300 pcmk_reboot_retries=1 hostlist=pm1 \\
                        hypervisor_uri="qemu+tcp://127.0.0.1:1/system"
                primitive prmSt1-3 stonith:meatware \\
                    params priority=3 stonith-timeout=600 hostlist=pm1 \\
                    op monitor interval=3600s timeout=60s
                group grpStonith1 prmSt1-1 prmSt1-2 prmSt1-3
                location rsc_location-grpStonith1-2 grpStonith1 rule -INFINITY: #uname eq pm1
                """;
    }

    @Override
    public Outcome run(Path folder, int basePort, PrintStream out) throws IOException, InterruptedException {
        var story = new Narrator(out);
        for (Path needed : List.of(STONITH, MEATCLIENT, LIBVIRT)) {
            if (!Files.isExecutable(needed)) {
                return story.failed("Debian's cluster-glue is not installed (no " + needed + ")", "");
            }
        }
        try (var cluster = LabCluster.create(folder, "escalation", NODES, basePort, true);
             var observer = new Observer(cluster, SplitBrain.SERVICE, Map.of(), Duration.ofMillis(50))) {
            try {
                return escalate(cluster, observer, story);
            } finally {
                cluster.close();
                // A meatware reset killed with its host leaves its FIFO in /run: the next one could not make it.
                MeatwareConfirmation.removeStale(TARGET, MeatwareConfirmation.DEBIAN_RUN_DIRECTORY);
            }
        }
    }

    private Outcome escalate(LabCluster cluster, Observer observer, Narrator story)
            throws IOException, InterruptedException {
        story.step("Two nodes on this machine, " + String.join(" and ", NODES) + "; " + FENCER
                + " runs seed 000's grpStonith1, the devices that fence " + TARGET);
        cluster.startAll();
        var fencer = new LabOperator(cluster.config(FENCER).socket());
        if (!LabCluster.await(Duration.ofSeconds(60), () -> fencer.status().contains("Online: [ pm1 pm2 ]"))) {
            return story.failed("the two nodes did not form one cluster within 60 s", fencer.status());
        }
        String problem = fencer.load("escalation.crm", configuration());
        story.show("The configuration (crm configure load replace)", configuration());
        if (problem != null) {
            return story.failed("the configuration was refused: " + problem, "");
        }
        if (!LabCluster.await(Duration.ofSeconds(60), () -> observer.hostsOf("prmIp").equals(java.util.Set.of(TARGET))
                && fencer.status().contains("prmSt1-3\t(stonith:meatware):\t Started " + FENCER)
                && fencer.status().contains("prmIp\t(ocf:heartbeat:Dummy):\t Started " + TARGET))) {
            return story.failed("the group and the devices did not start within 60 s", fencer.status());
        }
        story.show("Before: " + FENCER + " # crm_mon -1 -r", fencer.status());
        int logStart = cluster.operationalLog(FENCER).size();

        story.step(TARGET + " hangs: its daemon is stopped (SIGSTOP); the host stays up and its address answers.");
        cluster.signal(TARGET, "STOP");
        String meatwareTry = "Try to STONITH (RESET) the Node pm1 to prmSt1-3 (meatware)";
        if (!LabCluster.await(Duration.ofSeconds(40), () -> logHas(cluster, logStart, meatwareTry))) {
            story.showLog(cluster, FENCER, logStart);
            return story.failed("the fencing did not reach meatware within 40 s", fencer.status());
        }
        Path fifo = MeatwareConfirmation.fifo(TARGET, MeatwareConfirmation.DEBIAN_RUN_DIRECTORY);
        if (!LabCluster.await(Duration.ofSeconds(10), () -> Files.exists(fifo))) {
            return story.failed("meatware made no " + fifo + " to wait on", fencer.status());
        }
        story.showLog(cluster, FENCER, logStart);
        // meatware waits as long as the operator takes: nothing of pm1 may start on pm2 meanwhile.
        boolean startedEarly = LabCluster.await(OPERATOR_PAUSE, () -> observer.hostsOf("prmEx").contains(FENCER));
        story.show("meatware waits for the operator: " + FENCER + " # crm_mon -1 -r", fencer.status());
        if (startedEarly || observer.hostsOf("prmEx").contains(FENCER)) {
            return story.failed("the group started on " + FENCER + " before the fencing was confirmed", fencer.status());
        }

        story.step("The operator powers " + TARGET + " off (every process of the host dies at once), then confirms"
                + " it with cluster-glue's meatclient:");
        cluster.powerOff(TARGET);
        int confirmedAt = cluster.operationalLog(FENCER).size();
        Instant confirmed = Instant.now();
        var meatclient = meatclient(story);
        if (meatclient != null) {
            return meatclient;
        }
        String success = "Succeeded to STONITH (RESET) the Node pm1 by Node pm2.";
        boolean fenced = LabCluster.await(Duration.ofSeconds(20), () -> logHas(cluster, logStart, success));
        boolean recovered = fenced && LabCluster.await(Duration.ofSeconds(30),
                () -> observer.hostsOf("prmIp").equals(java.util.Set.of(FENCER))
                        && fencer.status().contains("OFFLINE: [ " + TARGET + " ]"));
        Duration took = Duration.between(confirmed, Instant.now());
        story.show("After: " + FENCER + " # crm_mon -1 -r", fencer.status());
        story.showLog(cluster, FENCER, logStart);
        observer.sample();
        if (!observer.violations().isEmpty()) {
            return story.failed("the observer saw the service active twice: " + observer.violations().getFirst().what(), "");
        }
        if (!fenced) {
            return story.failed("the log of " + FENCER + " does not say \"" + success + "\" within 20 s of meatclient", "");
        }
        var missing = missingEscalationLine(cluster.operationalLog(FENCER).subList(logStart, confirmedAt));
        if (missing != null) {
            return story.failed("the escalation in the log of " + FENCER + " lacks \"" + missing + "\"", "");
        }
        List<String> log = cluster.operationalLog(FENCER);
        int successLine = indexOf(log, logStart, success);
        int start = indexOf(log, logStart, "Resource prmEx tries to start.");
        if (start >= 0 && start < successLine) {
            return story.failed("prmEx was started on " + FENCER + " before the fencing was confirmed", "");
        }
        if (!recovered) {
            return story.failed("the group did not run on " + FENCER + " within 30 s of the confirmation", fencer.status());
        }
        story.step("The group runs on " + FENCER + " " + took.toMillis() + " ms after meatclient, never before it; the"
                + " observer took " + observer.samples() + " samples and saw nothing run twice.");
        story.step("Stopping the cluster.");
        cluster.signal(FENCER, "TERM");
        LabCluster.await(Duration.ofSeconds(30), () -> cluster.process(FENCER).isEmpty());
        return Outcome.pass("stonith-helper and libvirt handed on, meatware waited, meatclient -c " + TARGET
                + " confirmed, the group ran on " + FENCER + " " + took.toMillis() + " ms later");
    }

    /** Runs {@code meatclient -c pm1}, answering its question; null when it confirmed, else the failure. */
    private static Outcome meatclient(Narrator story) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(MEATCLIENT.toString(), "-c", TARGET).redirectErrorStream(true).start();
        try (var in = process.getOutputStream()) {
            in.write("y\n".getBytes(StandardCharsets.US_ASCII));
        }
        boolean ended = process.waitFor(20, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readNBytes(16_384), StandardCharsets.UTF_8);
        story.show("# meatclient -c " + TARGET + " (answered y)", output);
        if (!ended) {
            process.destroyForcibly();
            return story.failed("meatclient -c " + TARGET + " did not end within 20 s", "");
        }
        if (process.exitValue() != 0) {
            return story.failed("meatclient -c " + TARGET + " exited " + process.exitValue(), "");
        }
        return null;
    }

    /** The first of seed 000's escalation lines missing, in order, from {@code log}; null when all are there. */
    private static String missingEscalationLine(List<String> log) {
        List<String> expected = List.of(
                "Try to STONITH (RESET) the Node pm1 to prmSt1-1 (external/stonith-helper) (pid=",
                "Failed to STONITH the Node pm1 with one local device (exitcode=5). Will try to use the next local device.",
                "Try to STONITH (RESET) the Node pm1 to prmSt1-2 (external/libvirt) (pid=",
                "Failed to STONITH the Node pm1 with one local device (exitcode=5). Will try to use the next local device.",
                "Try to STONITH (RESET) the Node pm1 to prmSt1-3 (meatware) (pid=");
        int from = 0;
        for (String line : expected) {
            int found = -1;
            for (int i = from; i < log.size(); i++) {
                if (log.get(i).contains(line)) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                return line;
            }
            from = found + 1;
        }
        return null;
    }

    private static boolean logHas(LabCluster cluster, int from, String text) {
        try {
            return indexOf(cluster.operationalLog(FENCER), from, text) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static int indexOf(List<String> log, int from, String text) {
        for (int i = from; i < log.size(); i++) {
            if (log.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
