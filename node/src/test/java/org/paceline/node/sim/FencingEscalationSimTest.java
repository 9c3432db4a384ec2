package org.paceline.node.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Seed 000's device-level escalation in the operational log of the node that fences: one
 * line per device attempt, a failure that hands on to the next device, and the target's
 * success; the simulation's devices other than the test device cannot reach their target.
 */
class FencingEscalationSimTest {
    @Test
    @DisplayName("each device attempt and each device that fails for good is in the operational log (issue 6)")
    void firstDeviceFails_handsOnToTheNext_eachStepLoggedInSeed000sWords() {
        var cluster = SimClusters.configured(31, """
                property stonith-enabled=true
                primitive prmSt1-1 stonith:external/stonith-helper params hostlist=pm01 pcmk_host_list=pm01 \\
                    pcmk_reboot_retries=1
                primitive prmSt1-2 stonith:fence_paceline_test params pcmk_host_list=pm01
                group grpStonith1 prmSt1-1 prmSt1-2
                location grpStonith1-not-on-pm01 grpStonith1 rule -INFINITY: #uname eq pm01
                primitive vip ocf:heartbeat:Dummy op monitor interval=10s timeout=20s
                location vip-prefers-pm01 vip 100: pm01
                """, "pm01", "pm02");
        assertEquals(Set.of("pm01"), cluster.agents().hostsOf("vip"), SimClusters.story(cluster));
        cluster.crash("pm01");
        cluster.runFor(Duration.ofSeconds(20));

        var history = cluster.history();
        int tryHelper = SimClusters.indexOf(history,
                "pm02 info: Try to STONITH (RESET) the Node pm01 to prmSt1-1 (external/stonith-helper)", 0);
        int handsOn = SimClusters.indexOf(history, "pm02 error: Failed to STONITH the Node pm01 with one local device"
                + " (exitcode=1). Will try to use the next local device.", tryHelper);
        int tryDevice = SimClusters.indexOf(history,
                "pm02 info: Try to STONITH (RESET) the Node pm01 to prmSt1-2 (fence_paceline_test)", handsOn);
        int fenced = SimClusters.indexOf(history, "pm02 info: Succeeded to STONITH (reboot) pm01 by pm02.", tryDevice);
        int started = SimClusters.indexOf(history, "pm02 info: Resource vip started. (rc=0) ok", fenced);
        assertTrue(tryHelper >= 0 && handsOn > tryHelper && tryDevice > handsOn && fenced > tryDevice
                && started > fenced, SimClusters.story(cluster));
    }
}
