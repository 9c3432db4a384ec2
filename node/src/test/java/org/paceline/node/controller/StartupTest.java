package org.paceline.node.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class StartupTest {

    @Test
    void becameDc_twoNodeDummyGroup_probesThenStartsGroupInOrderOnPreferredNode() {
        var cluster = ClusterDriver.started(TestCibs.dummyGroup(), "pm01", "pm01", "pm02");
        System.out.println(cluster.history());
        System.out.println(cluster.logLines());
        assertEquals(java.util.Set.of("pm01"), cluster.runningOn("vip"));
        assertEquals(java.util.Set.of("pm01"), cluster.runningOn("app"));
        List<String> history = cluster.history();
        assertTrue(history.indexOf("start vip on pm01") < history.indexOf("start app on pm01"), history.toString());
        assertFalse(cluster.controller().transitionInFlight());
    }
}
