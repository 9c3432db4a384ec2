package org.paceline.bench.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class SummaryLinesTest {
    @Test
    void of_crmSimulateOutput_collapsesSpacesAndSorts() {
        String output = """
                Current cluster status:
                  * Node List:
                    * Online: [ node-01 ]

                Transition Summary:
                  * Fence (reboot) node-02 'peer is no longer part of the cluster'
                  * Stop       ping-1:1     (            node-02 )  due to node availability
                  * Move       rsc-3        ( node-02 -> node-01 )

                Executing Cluster Transition:
                  * Resource action: rsc-3 start on node-01
                """;

        assertEquals(List.of("* Fence (reboot) node-02 'peer is no longer part of the cluster'",
                "* Move rsc-3 ( node-02 -> node-01 )",
                "* Stop ping-1:1 ( node-02 ) due to node availability"), SummaryLines.of(output));
    }

    @Test
    void of_emptySummary_isAnEmptyList() {
        assertEquals(List.of(), SummaryLines.of("Transition Summary:\n\nExecuting Cluster Transition:\n"));
    }

    @Test
    void of_noSummary_isNull() {
        assertNull(SummaryLines.of("crm_simulate: could not read the CIB\n"));
    }
}
