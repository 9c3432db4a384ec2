package org.paceline.node.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ShutdownTest {

    @Test
    void shutdownRequested_attributeSet_everythingStopsThere_thenNodeMayStop() {
        var cluster = ClusterDriver.started(TestCibs.dummyGroup(), "pm02", "pm01", "pm02");
        cluster.clearHistory();
        cluster.requestShutdown("pm01");

        String shutdown = Records.attribute(cluster.cib(), "pm01", "shutdown").orElseThrow();
        assertEquals(Long.toString(cluster.now().getEpochSecond()), shutdown);
        assertEquals(Set.of("pm02"), cluster.runningOn("vip"));
        assertEquals(Set.of("pm02"), cluster.runningOn("app"));
        List<String> history = cluster.history();
        int ready = history.indexOf("shutdown-ready pm01");
        assertTrue(ready > 0, history.toString());
        for (String stop : List.of("stop fence-dev on pm01", "stop app on pm01", "stop vip on pm01")) {
            assertTrue(history.indexOf(stop) >= 0 && history.indexOf(stop) < ready, history.toString());
        }
        assertTrue(history.indexOf("stop vip on pm01") < history.indexOf("start vip on pm02"));

        // It leaves as asked: down, not lost; nothing is fenced.
        cluster.crash("pm01");
        assertTrue(cluster.history().stream().noneMatch(line -> line.startsWith("fence")), cluster.history().toString());
        assertEquals("down", cluster.cib().status().node("pm01").orElseThrow().expected());
        assertTrue(cluster.logLines().stream().noneMatch(line -> line.contains("is lost")));
    }

    @Test
    void nodeGoesAfterAskingToLeave_butBeforeItsStopsAreDone_isLostAndFenced() {
        var cluster = ClusterDriver.started(TestCibs.dummyGroup(), "pm02", "pm01", "pm02");
        cluster.holdNext("app", "stop", "pm01");
        cluster.requestShutdown("pm01");
        assertTrue(cluster.history().stream().noneMatch(line -> line.startsWith("shutdown-ready")));
        cluster.crash("pm01");
        // app may still run there: it must be fenced before app or vip start on pm02.
        assertEquals(List.of("pm01"), cluster.pendingFences());
        assertTrue(cluster.history().stream().noneMatch(line -> line.equals("start vip on pm02")
                || line.equals("start app on pm02")), cluster.history().toString());
        cluster.finishFencing(true);
        assertEquals(Set.of("pm02"), cluster.runningOn("app"));
    }
}
