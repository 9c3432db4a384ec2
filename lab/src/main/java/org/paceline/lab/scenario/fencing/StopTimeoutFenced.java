package org.paceline.lab.scenario.fencing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Seed 000's stop timeout with fencing: the same hanging stop of prmPg, now with
 * {@code on-fail=fence}. pm2 shows pm1 {@code UNCLEAN (online)}: pm1 still answers, but
 * what it runs can no longer be known. pm2 powers it off through the lab's test fence
 * device, shows it {@code OFFLINE}, and only then runs the whole group.
 */
public final class StopTimeoutFenced implements Demonstration {
    /** The fencing delay that leaves pm1 UNCLEAN long enough to be seen. */
    static final String FENCING_DELAY = "2s";

    @Override
    public String title() {
        return "(b) stop timeout with fencing, on-fail=fence: pm1 UNCLEAN (online), fenced, OFFLINE, grpPg runs on pm2";
    }

    @Override
    public boolean needsRoot() {
        return false;
    }

    /** The seed's group with the lab's test fence device; prmPg's stop sleeps longer than its timeout. */
    static String configuration(String fenceParameters) {
        return """
                property stonith-enabled=true
                rsc_defaults resource-stickiness=INFINITY migration-threshold=1
                primitive prmStonith stonith:fence_paceline_test \\
                    params %s \\
                        pcmk_delay_base=%s \\
                    op start interval=0s timeout=60s \\
                    op monitor interval=3600s timeout=60s \\
                    op stop interval=0s timeout=60s
                %s
                location rsc_location-grpPg-1 grpPg \\
                    rule 200: #uname eq pm1 \\
                    rule 100: #uname eq pm2
                """.formatted(fenceParameters, FENCING_DELAY,
                TwoNodeLab.group(StopTimeoutBlocked.OPERATION_SLEEP_SECONDS, StopTimeoutBlocked.STOP_TIMEOUT, "fence"));
    }

    @Override
    public Outcome run(Path folder, int basePort, PrintStream out) throws IOException, InterruptedException {
        try (var lab = TwoNodeLab.create(folder, basePort, out)) {
            var failed = lab.setUp(configuration(lab.cluster().testFenceParameters()));
            if (failed.isPresent()) {
                return failed.get();
            }
            lab.killPgOnPm1();

            if (!lab.awaitStatus("pm2", Duration.ofSeconds(30), status -> status.contains("Node pm1: UNCLEAN (online)"))) {
                return lab.fail("pm2 did not show pm1 UNCLEAN (online) within 30 s", "pm2");
            }
            String unclean = lab.status("pm2");
            var pacemaker = lab.pacemakerStatus("pm2", "unclean");
            lab.show("crm_mon -1 on pm2 just before the fencing: pm1 is UNCLEAN (online), prmPg's stop failed there"
                    + " (fencing delay " + FENCING_DELAY + ")", TwoNodeLab.relevantPart(unclean));
            if (pacemaker.isPresent()) {
                lab.show("Pacemaker 2.1.5's crm_simulate -x on the same live CIB prints", TwoNodeLab.relevantPart(pacemaker.get()));
                if (!pacemaker.get().contains("Node pm1: UNCLEAN (online)")) {
                    return lab.fail("Pacemaker's crm_simulate does not see pm1 UNCLEAN (online) in the same CIB", "pm2");
                }
            }

            boolean recovered = lab.awaitStatus("pm2", Duration.ofSeconds(30),
                    status -> lab.cluster().isPoweredOff("pm1") && status.contains("OFFLINE: [ pm1 ]"))
                    && lab.awaitGroupOn("pm2", Duration.ofSeconds(30));
            if (!recovered) {
                return lab.fail("pm1 was not fenced and shown OFFLINE, with grpPg running on pm2, within 60 s", "pm2");
            }
            lab.awaitLogLine("pm2", Duration.ofSeconds(20), "fail-over succeeded.");
            lab.show("crm_mon -1 on pm2: pm1 is fenced (powered off by the test device) and OFFLINE; grpPg runs on pm2",
                    TwoNodeLab.relevantPart(lab.status("pm2")));
            lab.showLog("What happened", "pm2");
            List<String> log = lab.logSinceMark("pm2");
            for (String expected : List.of("Try to STONITH (reboot) pm1.", "Succeeded to STONITH (reboot) pm1 by pm2.",
                    "Start to fail-over.", "Resource prmIp : Started on pm2", "fail-over succeeded.")) {
                if (log.stream().noneMatch(line -> line.endsWith(expected))) {
                    return lab.fail("no \"" + expected + "\" in pm2's operational log", "pm2");
                }
            }
            return lab.observerVerdict().orElse(Outcome.pass(
                    "pm1 UNCLEAN (online), fenced by pm2 and OFFLINE; grpPg runs on pm2"));
        }
    }
}
