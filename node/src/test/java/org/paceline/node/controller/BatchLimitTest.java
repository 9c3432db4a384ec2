package org.paceline.node.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Cib;
import org.paceline.cib.xml.CibXmlReader;

class BatchLimitTest {
    private static final Instant T0 = Instant.parse("2026-01-05T10:50:00Z");

    private static List<ControllerEffect.RunOperation> firstBatch(String properties) {
        Cib cib = CibXmlReader.read("test.xml", TestCibs.dummyGroup(properties, "")).orThrow().cib();
        var controller = new Controller("pm01", "uuid");
        controller.step(new ControllerEvent.CibChanged(cib, T0));
        controller.step(new ControllerEvent.BecameDc(T0));
        return controller.ready().stream().filter(e -> e instanceof ControllerEffect.RunOperation)
                .map(ControllerEffect.RunOperation.class::cast).toList();
    }

    @Test
    void automatic_allProbesOfBothNodesAtOnce() {
        assertEquals(6, firstBatch("").size());
    }

    @Test
    void batchLimit_boundsTheAgentActionsInFlightAcrossTheCluster() {
        assertEquals(2, firstBatch("<nvpair id=\"opt-bl\" name=\"batch-limit\" value=\"2\"/>").size());
    }

    @Test
    void nodeActionLimit_boundsThemPerNode() {
        var batch = firstBatch("<nvpair id=\"opt-nal\" name=\"node-action-limit\" value=\"1\"/>");
        assertEquals(List.of("pm01", "pm02"), batch.stream().map(r -> r.request().node()).sorted().toList());
    }

    @Test
    void limitedBatch_stillRunsTheWholeTransition() {
        var cluster = ClusterDriver.started(TestCibs.dummyGroup(
                "<nvpair id=\"opt-bl\" name=\"batch-limit\" value=\"1\"/>", ""), "pm01", "pm01", "pm02");
        assertEquals(java.util.Set.of("pm01"), cluster.runningOn("app"));
    }
}
