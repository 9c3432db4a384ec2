package org.paceline.bench.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.bench.generated.ClusterShape;
import org.paceline.cib.Parsed;

class ScaleOptionsTest {
    @Test
    void parse_nothing_runsTheIssuesShapesWithoutCrmSimulateAtTheLargest() {
        ScaleOptions options = ScaleOptions.parse(new String[0]).orThrow();

        assertEquals(ClusterShape.benchmarked(), options.shapes());
        assertTrue(options.runsPacemaker(ClusterShape.NODES_32_PRIMITIVES_5000));
        assertFalse(options.runsPacemaker(ClusterShape.NODES_32_PRIMITIVES_10000));
    }

    @Test
    void parse_shapesInAnyOrder_areRunSmallestFirst() {
        ScaleOptions options = ScaleOptions.parse(new String[] {"--shapes", "medium,small", "--crm-simulate-largest"})
                .orThrow();

        assertEquals(List.of(ClusterShape.SMALL, ClusterShape.MEDIUM), options.shapes());
        assertTrue(options.runsPacemaker(ClusterShape.NODES_32_PRIMITIVES_10000));
    }

    @Test
    void parse_unknownShape_namesTheKnownOnes() {
        Parsed<ScaleOptions> parsed = ScaleOptions.parse(new String[] {"--shapes", "huge"});

        assertTrue(parsed instanceof Parsed.Invalid<ScaleOptions> invalid
                && invalid.problems().getFirst().message().contains("known: [small, medium, 16x1000"), parsed.toString());
    }
}
