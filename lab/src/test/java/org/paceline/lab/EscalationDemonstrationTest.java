package org.paceline.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paceline.lab.scenario.fencing.Escalation;

/**
 * Seed 000's demonstration 5 on two daemon processes with cluster-glue's own plugins and
 * meatclient: a hung pm1 is fenced through stonith-helper, libvirt and meatware in the
 * seed's order, the operator powers it off and confirms, and only then does the group
 * start on pm2; the observer outside the daemons never sees the group on both.
 */
class EscalationDemonstrationTest {
    @Test
    void hungNode_helperAndLibvirtHandOn_meatwareWaits_meatclientConfirms_thenTheGroupMoves() throws Exception {
        String story = DemonstrationRun.passes(new Escalation(), 19340);
        assertTrue(story.contains("Failed to STONITH the Node pm1 with one local device (exitcode=5)."
                + " Will try to use the next local device."), story);
        assertTrue(story.contains("Try to STONITH (RESET) the Node pm1 to prmSt1-3 (meatware) (pid="), story);
        assertTrue(story.contains("# meatclient -c pm1"), story);
        assertTrue(story.contains("Succeeded to STONITH (RESET) the Node pm1 by Node pm2."), story);
        assertTrue(story.contains("saw nothing run twice"), story);
    }
}
