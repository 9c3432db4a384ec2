package org.paceline.scheduler.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Parsed;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Operation specs as crm_simulate's -i and -F take them. */
class OperationSpecTest {
    @Test
    void parse_resourceWithUnderscores_splitsAtTheLastTwo() {
        var spec = OperationSpec.parse("-i", "rsc_c001n08_monitor_5000@c001n01=7").orThrow();
        assertEquals(new OperationSpec("rsc_c001n08", "monitor", 5000, "c001n01", 7), spec);
        assertEquals("rsc_c001n08_monitor_5000@c001n01=7", spec.toString());
    }

    @Test
    void parse_migrateTask_keepsItsUnderscore() {
        var spec = OperationSpec.parse("-i", "vm_migrate_to_0@node1=1").orThrow();
        assertEquals("vm", spec.resource());
        assertEquals("migrate_to", spec.task());
    }

    @Test
    void parse_missingParts_areProblemsNamingTheOption() {
        for (String bad : new String[] {"rsc1_monitor_0", "rsc1_monitor_0@node1", "rsc1_monitor_0@node1=x",
                "monitor_0@node1=1", "rsc1_monitor_ten@node1=1", "@node1=1"}) {
            var parsed = OperationSpec.parse("--op-inject", bad);
            assertFalse(parsed.isValid(), bad);
            String line = ((Parsed.Invalid<OperationSpec>) parsed).problems().getFirst().oneLine();
            assertEquals(true, line.startsWith("--op-inject: invalid operation \"" + bad + "\""), line);
        }
    }

    @Property(tries = 300)
    void parse_anyText_neverThrows(@ForAll String text) {
        OperationSpec.parse("-F", text);
    }
}
