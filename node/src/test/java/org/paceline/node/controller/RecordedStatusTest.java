package org.paceline.node.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Cib;
import org.paceline.cib.xml.CibXmlReader;
import org.paceline.cib.xml.CibXmlWriter;
import org.paceline.scheduler.Scheduler;

class RecordedStatusTest {

    @Test
    void allSucceeded_recordedStatusWrittenAndReadBack_schedulerWantsNothingMore() {
        var cluster = ClusterDriver.started(TestCibs.dummyGroup(), "pm01", "pm01", "pm02");
        String xml = CibXmlWriter.write(cluster.cib());
        Cib reread = CibXmlReader.read("recorded.xml", xml).orThrow().cib();
        var graph = Scheduler.schedule(reread, cluster.now().plus(Duration.ofSeconds(5))).graph();
        assertTrue(graph.isEmpty(), graph.toString());
    }
}
