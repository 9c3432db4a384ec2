package org.paceline.bench.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Cib;
import org.paceline.cib.Configuration;
import org.paceline.cib.NvPair;
import org.paceline.cib.NvSet;
import org.paceline.cib.SetKind;

class PacemakerOptionNamesTest {
    @Test
    void renamed_pacemaker3Names_becomeThePacemaker2Names() {
        Cib cib = withProperties(NvPair.of("o1", "fencing-enabled", "false"),
                NvPair.of("o2", "stop-removed-resources", "false"), NvPair.of("o3", "no-quorum-policy", "ignore"));

        Cib renamed = PacemakerOptionNames.renamed(cib).orElseThrow();

        assertEquals(List.of("stonith-enabled", "stop-orphan-resources", "no-quorum-policy"),
                renamed.configuration().clusterProperties().getFirst().pairs().stream().map(NvPair::name).toList());
        assertEquals("false", renamed.configuration().clusterProperties().getFirst().value("stonith-enabled").orElseThrow());
    }

    @Test
    void renamed_onlyNamesPacemaker2Knows_isEmpty() {
        assertTrue(PacemakerOptionNames.renamed(withProperties(NvPair.of("o1", "stonith-enabled", "false"))).isEmpty());
    }

    private static Cib withProperties(NvPair... pairs) {
        NvSet set = NvSet.of(SetKind.CLUSTER_PROPERTY, "options", List.of(pairs));
        return Cib.of(Configuration.EMPTY.withClusterProperties(List.of(set)));
    }
}
