package org.paceline.scheduler.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paceline.scheduler.simulation.SimulationFixtures.twoIdleNodes;
import static org.paceline.scheduler.simulation.SimulationFixtures.twoNodes;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Attrs;
import org.paceline.cib.Cib;
import org.paceline.cib.Extras;

/** A whole crm_simulate run: its sections, their blank lines, the date lines, the changes. */
class SimulationTest {
    private static final Instant CLOCK = Instant.ofEpochSecond(1_700_000_000);

    /** Renders the names of the nodes that are up: enough to see the status change. */
    private static final StatusView VIEW = (cib, now) -> "  * Up: " + String.join(" ", cib.status().nodes().stream()
            .filter(n -> "true".equals(n.inCcm())).map(n -> n.uname()).toList()) + "\n";

    private static Simulation.Request request(Injections injections, boolean simulate) {
        var date = EffectiveDate.of(twoNodes(), null, ZoneOffset.UTC, CLOCK).orThrow();
        return new Simulation.Request(date, injections, true, simulate, false, false);
    }

    @Test
    void run_simulateWithEmptyDecision_printsEverySectionSeparatedByBlankLines() {
        var result = Simulation.run(twoIdleNodes(), request(Injections.NONE, true), VIEW);
        assertEquals("""
                Current cluster status:
                  * Up: node1 node2

                Transition Summary:

                Executing Cluster Transition:

                Revised Cluster Status:
                  * Up: node1 node2
                """, result.output());
        assertTrue(result.complete());
        assertEquals(twoIdleNodes(), result.revised());
    }

    @Test
    void run_withoutSimulate_endsAfterTheSummary() {
        var result = Simulation.run(twoIdleNodes(), request(Injections.NONE, false), VIEW);
        assertEquals("Current cluster status:\n  * Up: node1 node2\n\nTransition Summary:\n", result.output());
        assertNull(result.revised());
    }

    @Test
    void run_withInjections_printsTheModificationsAndSchedulesTheChangedCib() {
        var injections = new Injections(List.of(), List.of(), List.of("node2"), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), null, null);
        var result = Simulation.run(twoNodes(), request(injections, true), VIEW);
        assertTrue(result.output().startsWith("""
                Current cluster status:
                  * Up: node1 node2

                Performing Requested Modifications:
                  * Failing node node2

                Transition Summary:
                """), result.output());
        assertTrue(result.output().endsWith("Revised Cluster Status:\n  * Up: node1\n"), result.output());
        assertEquals("false", result.input().status().node("node2").orElseThrow().inCcm());
    }

    @Test
    void run_originalExecutionDate_isPrintedBeforeTheStatusAndAgainBeforeTheRevisedOne() {
        Cib cib = twoNodes();
        cib = new Cib(cib.version(), cib.configuration(), cib.status(),
                new Extras(cib.extras().attributes().with("execution-date", "1592335401"), List.of()));
        var date = EffectiveDate.of(cib, null, ZoneOffset.UTC, CLOCK).orThrow();
        assertEquals(Instant.ofEpochSecond(1592335401), date.now());
        var result = Simulation.run(cib, new Simulation.Request(date, Injections.NONE, true, true, false, false), VIEW);
        String line = "Using the original execution date of: 2020-06-16 19:23:21Z";
        assertTrue(result.output().startsWith(line + "\nCurrent cluster status:\n"), result.output());
        // The date comes again after the executed actions, just before the revised status.
        String executed = result.output().substring(result.output().indexOf("Executing Cluster Transition:\n"));
        assertTrue(executed.contains("\n" + line + "\n\nRevised Cluster Status:"), result.output());
    }

    @Test
    void run_preamble_isPrintedBeforeTheStatusWithABlankLine() {
        StatusView view = new StatusView() {
            @Override
            public String render(Cib cib, Instant now) {
                return "  * Node List:";
            }

            @Override
            public List<String> preamble(Cib cib, Instant now) {
                return List.of("1 of 2 resource instances DISABLED and 0 BLOCKED from further action due to failure");
            }
        };
        var result = Simulation.run(twoNodes(), request(Injections.NONE, false), view);
        assertTrue(result.output().startsWith(
                "1 of 2 resource instances DISABLED and 0 BLOCKED from further action due to failure\n\n"
                        + "Current cluster status:\n"), result.output());
    }

    @Test
    void run_quiet_printsNoSections() {
        var date = EffectiveDate.of(twoNodes(), null, ZoneOffset.UTC, CLOCK).orThrow();
        var result = Simulation.run(twoNodes(), new Simulation.Request(date, Injections.NONE, true, true, false, true), VIEW);
        assertEquals("", result.output());
    }

    @Test
    void effectiveDate_setDatetime_winsAndIsPrintedAsGiven() {
        var date = EffectiveDate.of(twoNodes(), "2005-020", ZoneOffset.UTC, CLOCK).orThrow();
        assertEquals(Instant.parse("2005-01-20T00:00:00Z"), date.now());
        assertEquals("Setting effective cluster time: 2005-020", date.line());
        assertEquals(false, EffectiveDate.of(twoNodes(), "yesterday", ZoneOffset.UTC, CLOCK).isValid());
    }

    @Test
    void effectiveDate_noDateAnywhere_isTheClockWithoutALine() {
        Cib cib = twoNodes();
        cib = new Cib(cib.version(), cib.configuration(), cib.status(), Extras.of(Attrs.EMPTY));
        var date = EffectiveDate.of(cib, null, ZoneOffset.UTC, CLOCK).orThrow();
        assertEquals(CLOCK, date.now());
        assertNull(date.line());
    }
}
