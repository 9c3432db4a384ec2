package org.paceline.bench.generated;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Cib;
import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.constraints.Colocation;
import org.paceline.cib.constraints.Location;
import org.paceline.cib.constraints.Order;
import org.paceline.cib.resources.Clone;
import org.paceline.cib.resources.Group;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.status.NodeState;
import org.paceline.scheduler.Scheduler;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class GeneratedClusterTest {
    @Test
    void xml_sameShape_givesTheSameBytes() {
        assertEquals(GeneratedCluster.xml(ClusterShape.MEDIUM), GeneratedCluster.xml(ClusterShape.MEDIUM));
    }

    @Test
    void xml_otherSeed_givesAnotherLayout() {
        var other = new ClusterShape("medium", 16, 300, 99);
        assertFalse(GeneratedCluster.xml(ClusterShape.MEDIUM).equals(GeneratedCluster.xml(other)));
    }

    @Test
    void xml_large_readsBackWithFiftyNodesAndTwoThousandPrimitives() {
        Cib cib = readBack(GeneratedCluster.xml(ClusterShape.LARGE));

        assertEquals(50, cib.configuration().nodes().size());
        assertEquals(2000, cib.configuration().allResources().filter(r -> r instanceof Primitive).count());
        assertTrue(cib.configuration().resources().stream().anyMatch(r -> r instanceof Group));
        assertTrue(cib.configuration().resources().stream().anyMatch(r -> r instanceof Clone clone && clone.promotable()));
        for (Class<?> kind : List.of(Location.class, Colocation.class, Order.class)) {
            assertTrue(cib.configuration().constraints().stream().anyMatch(kind::isInstance), kind.getSimpleName());
        }
        assertEquals(50, cib.status().nodes().size());
        assertTrue(cib.status().nodes().stream().allMatch(node -> !node.resourceHistories().isEmpty()));
    }

    @Test
    void xml_cibElement_carriesWhatCrmSimulateNeeds() {
        String xml = GeneratedCluster.xml(ClusterShape.SMALL);

        assertTrue(xml.contains("crm_feature_set=\"3.16.1\""), xml.lines().findFirst().orElse(""));
        assertTrue(xml.contains("validate-with=\"" + GeneratedCluster.SCHEMA + "\""));
        assertTrue(xml.contains("name=\"stonith-enabled\""), "Pacemaker 2.1 knows no fencing-enabled");
    }

    @Test
    void status_startingCluster_probesEachResourceWhereItMayRun() {
        Cib cib = GeneratedCluster.of(ClusterShape.MEDIUM);
        long records = cib.status().nodes().stream().map(NodeState::resourceHistories)
                .flatMap(List::stream).mapToLong(history -> history.operations().size()).sum();
        long running = cib.status().nodes().stream().map(NodeState::resourceHistories).flatMap(List::stream)
                .flatMap(history -> history.operations().stream())
                .filter(record -> "0".equals(record.rcCode())).count();

        assertTrue(records > 300 * 2, "probes on each node a resource may run on: " + records);
        assertEquals(0, running, "nothing runs yet: a running resource would need Pacemaker's op-digest");
    }

    @Test
    void schedule_smallAndMedium_decidesWithoutThrowing() {
        for (ClusterShape shape : List.of(ClusterShape.SMALL, ClusterShape.MEDIUM)) {
            Cib cib = GeneratedCluster.of(shape);
            assertDoesNotThrow(() -> Scheduler.schedule(cib, Instant.ofEpochSecond(GeneratedStatus.EXECUTION_DATE)),
                    shape.toString());
        }
    }

    @Test
    void trivialXml_oneNodeAndTheFencingDevice_readsBack() {
        Cib cib = readBack(GeneratedCluster.trivialXml());

        assertEquals(1, cib.configuration().nodes().size());
        assertEquals(1, cib.configuration().allResources().count());
    }

    @Property(tries = 40)
    void xml_anyShape_readsBackWithItsPrimitiveCount(@ForAll @IntRange(min = 1, max = 12) int nodes,
                                                     @ForAll @IntRange(min = 1, max = 150) int primitives,
                                                     @ForAll long seed) {
        Cib cib = readBack(GeneratedCluster.xml(new ClusterShape("any", nodes, primitives, seed)));

        assertEquals(nodes, cib.configuration().nodes().size());
        assertEquals(primitives, cib.configuration().allResources().filter(r -> r instanceof Primitive).count());
    }

    private static Cib readBack(String xml) {
        Parsed<Document> parsed = org.paceline.cib.xml.CibXmlReader.read("generated.xml", xml);
        if (parsed instanceof Parsed.Invalid<Document> invalid) {
            throw new AssertionError(invalid.problems().getFirst().oneLine());
        }
        return parsed.orThrow().cib();
    }
}
