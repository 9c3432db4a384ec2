package org.paceline.bench.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.paceline.scheduler.Decision;
import org.paceline.scheduler.Scheduler;
import org.paceline.scheduler.Summary;
import org.paceline.scheduler.actions.DefinitionChange;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class GeneratedClusterTest {
    private static final ClusterCondition HEALTHY = ClusterCondition.HEALTHY;
    private static final ClusterCondition NODE_LOST = ClusterCondition.NODE_LOST;

    @Test
    void xml_sameShape_givesTheSameBytes() {
        assertEquals(GeneratedCluster.xml(ClusterShape.MEDIUM, NODE_LOST), GeneratedCluster.xml(ClusterShape.MEDIUM, NODE_LOST));
    }

    @Test
    void xml_otherSeed_givesAnotherLayout() {
        var other = new ClusterShape("medium", 8, 200, 99);
        assertFalse(GeneratedCluster.xml(ClusterShape.MEDIUM, HEALTHY).equals(GeneratedCluster.xml(other, HEALTHY)));
    }

    @Test
    void xml_16x1000_readsBackWithEveryKindOfResourceAndConstraint() {
        Cib cib = readBack(GeneratedCluster.xml(ClusterShape.NODES_16_PRIMITIVES_1000, HEALTHY));

        assertEquals(16, cib.configuration().nodes().size());
        assertEquals(1000, cib.configuration().allResources().filter(r -> r instanceof Primitive).count());
        assertTrue(cib.configuration().resources().stream().anyMatch(r -> r instanceof Group));
        assertTrue(cib.configuration().resources().stream().anyMatch(r -> r instanceof Clone clone && clone.promotable()));
        for (Class<?> kind : List.of(Location.class, Colocation.class, Order.class)) {
            assertTrue(cib.configuration().constraints().stream().anyMatch(kind::isInstance), kind.getSimpleName());
        }
        assertTrue(cib.configuration().constraints().stream()
                .anyMatch(c -> c instanceof Location location && !location.rules().isEmpty()), "a location rule");
        assertEquals(16, cib.status().nodes().size());
    }

    @Test
    void xml_cibElement_carriesWhatCrmSimulateNeeds() {
        String xml = GeneratedCluster.xml(ClusterShape.SMALL, HEALTHY);

        assertTrue(xml.contains("crm_feature_set=\"3.16.1\""), xml.lines().findFirst().orElse(""));
        assertTrue(xml.contains("validate-with=\"" + GeneratedCluster.SCHEMA + "\""));
        assertTrue(xml.contains("name=\"stonith-enabled\""), "Pacemaker 2.1 knows no fencing-enabled");
    }

    @Test
    void status_healthy_startsEveryResourceWithTheDigestOfItsParameters() {
        Cib cib = GeneratedCluster.of(ClusterShape.MEDIUM, HEALTHY);
        var parameters = new java.util.HashMap<String, java.util.Map<String, String>>();
        cib.configuration().allResources().forEach(resource -> {
            if (resource instanceof Primitive primitive) {
                var values = new java.util.TreeMap<String, String>();
                primitive.sets().stream().filter(set -> set.kind() == org.paceline.cib.SetKind.INSTANCE)
                        .flatMap(set -> set.pairs().stream())
                        .forEach(pair -> values.put(pair.name(), pair.value()));
                parameters.put(primitive.id(), values);
            }
        });
        var started = new java.util.HashSet<String>();
        for (NodeState node : cib.status().nodes()) {
            for (var history : node.resourceHistories()) {
                for (var record : history.operations()) {
                    assertEquals(DefinitionChange.digest(parameters.get(history.id())).equals(record.opDigest()),
                            "0".equals(record.interval()), record.id() + " on " + node.uname());
                    if (record.operation().equals("start") && "0".equals(record.rcCode())) {
                        started.add(history.id());
                    }
                }
            }
        }
        assertEquals(parameters.keySet(), started, "everything started somewhere");
    }

    @Test
    void schedule_healthySmallAndMedium_hasNothingToDo() {
        for (ClusterShape shape : List.of(ClusterShape.SMALL, ClusterShape.MEDIUM)) {
            Decision decision = Scheduler.schedule(GeneratedCluster.of(shape, HEALTHY), GeneratedCluster.now());

            assertEquals(List.of(), decision.fencing(), shape.toString());
            assertEquals(List.of(), decision.summary().changes(), shape.toString());
            assertEquals(List.of(), decision.graph().synapses(), shape + ": not even a probe or a monitor");
        }
    }

    @Test
    void schedule_nodeLostSmallAndMedium_fencesThatNodeAndMovesWhatRanThere() {
        for (ClusterShape shape : List.of(ClusterShape.SMALL, ClusterShape.MEDIUM)) {
            String lost = GeneratedCluster.lostNode(shape);
            Decision decision = Scheduler.schedule(GeneratedCluster.of(shape, NODE_LOST), GeneratedCluster.now());

            assertEquals(1, decision.fencing().size(), shape + ": " + decision.fencing());
            assertTrue(decision.fencing().getFirst().contains("Fence (reboot) " + lost + " "), decision.fencing().getFirst());
            assertFalse(decision.summary().changes().isEmpty(), shape.toString());
            for (Summary.Change change : decision.summary().changes()) {
                assertTrue(change.details().contains(lost) || change.verb().equals("Promote"), shape + ": " + change);
            }
        }
        Decision medium = Scheduler.schedule(GeneratedCluster.of(ClusterShape.MEDIUM, NODE_LOST), GeneratedCluster.now());
        assertTrue(medium.summary().changes().stream().anyMatch(change -> change.verb().equals("Move")
                && change.details().startsWith(GeneratedCluster.lostNode(ClusterShape.MEDIUM) + " -> ")), "moves");
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
        Cib cib = readBack(GeneratedCluster.xml(new ClusterShape("any", nodes, primitives, seed), HEALTHY));

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
