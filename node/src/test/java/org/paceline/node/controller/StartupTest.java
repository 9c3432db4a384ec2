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
        assertEquals(java.util.Set.of("pm01"), cluster.runningOn("vip"));
        assertEquals(java.util.Set.of("pm01"), cluster.runningOn("app"));
        List<String> history = cluster.history();
        assertTrue(history.indexOf("start vip on pm01") < history.indexOf("start app on pm01"), history.toString());
        assertFalse(cluster.controller().transitionInFlight());
        assertEquals(List.of(
                "pm01 info: Set DC node to pm01.",
                "pm01 info: Resource vip tries to start.",
                "pm01 info: Resource vip started. (rc=0) ok",
                "pm01 info: Resource app tries to start.",
                "pm01 info: Resource app started. (rc=0) ok"),
                cluster.logLines().stream().filter(line -> !line.contains("fence-dev")).toList());
        // Probes first: each node is asked what runs there before anything starts.
        var probes = cluster.effects().stream().filter(e -> e instanceof ControllerEffect.RunOperation r
                && r.request().isProbe()).count();
        assertEquals(6, probes);
    }

    @Test
    void becameDc_marksTheCibAsPacemakersDcDoes() {
        var cluster = ClusterDriver.started(TestCibs.dummyGroup(), "pm01", "pm01", "pm02");
        var root = cluster.cib().extras().attributes();
        assertEquals(org.paceline.node.executor.ExecutorSettings.DEFAULT_FEATURE_SET, root.getOrNull("crm_feature_set"));
        assertEquals("1", root.getOrNull("dc-uuid"));
    }

    @Test
    void notDc_plansNothing() {
        var controller = new Controller("pm02", "uuid");
        controller.step(new ControllerEvent.CibChanged(
                org.paceline.cib.xml.CibXmlReader.read("t.xml", TestCibs.dummyGroup()).orThrow().cib(),
                java.time.Instant.EPOCH));
        assertEquals(List.of(), controller.ready());
        assertFalse(controller.isDc());
    }
}
