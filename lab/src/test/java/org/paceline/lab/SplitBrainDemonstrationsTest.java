package org.paceline.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paceline.lab.scenario.fencing.SplitBrain;

/**
 * Seed 000's demonstration 4 on two daemon processes in network namespaces: the
 * interconnect is cut, both nodes stay up, each shows the other UNCLEAN, only the standby
 * is fenced, and the node running the group survives with it; the observer outside the
 * daemons never sees the group on both. Needs root (skipped otherwise).
 */
class SplitBrainDemonstrationsTest {
    @Test
    void interconnectCut_withPriorityFencingDelay_onlyTheStandbyIsFenced() throws Exception {
        String story = DemonstrationRun.passes(SplitBrain.withPriorityFencingDelay(), 19300);
        assertTrue(story.contains("pm1 # crm_mon: pm2 is UNCLEAN"), story);
        assertTrue(story.contains("pm2 # crm_mon: pm1 is UNCLEAN"), story);
        assertTrue(story.contains("Succeeded to STONITH (reboot) pm2 by pm1."), story);
        assertTrue(story.contains("saw nothing run twice"), story);
    }

    @Test
    void interconnectCut_withStonithHelper_theStandbyWaits_andOnlyItIsFenced() throws Exception {
        String story = DemonstrationRun.passes(SplitBrain.withStonithHelper(), 19320);
        assertTrue(story.contains("pm1 # crm_mon: pm2 is UNCLEAN"), story);
        assertTrue(story.contains("pm2 # crm_mon: pm1 is UNCLEAN"), story);
        assertTrue(story.contains("Succeeded to STONITH (reboot) pm2 by pm1."), story);
        assertTrue(story.contains("saw nothing run twice"), story);
    }
}
