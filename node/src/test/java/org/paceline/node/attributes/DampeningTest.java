package org.paceline.node.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.node.store.AttributeOwner;
import org.paceline.node.store.CibUpdate;

/** Node attribute requests: dampening, delay changes, deletion, lifetimes, queries. */
class DampeningTest {
    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration FIVE = Duration.ofSeconds(5);

    private final NodeAttributes core = new NodeAttributes("pm01");
    private final List<AttributeEffect> effects = new ArrayList<>();

    @Test
    void burstOfChanges_isWrittenOnce_theDelayAfterItsLastChange() {
        becomeWriter();
        update(0, "pm02", "pingd", "1000", FIVE, false);
        update(1000, "pm02", "pingd", "0", FIVE, false);
        update(2000, "pm02", "pingd", "1000", FIVE, false);
        var timers = timers();
        var pendingView = core.query("pm02", "pingd", Lifetime.REBOOT).orElseThrow();

        fire(timers.get(0));
        fire(timers.get(1));
        assertTrue(writes().isEmpty(), "timers replaced by a later change write nothing");
        fire(timers.get(2));

        assertEquals(List.of(START.plusSeconds(5), START.plusSeconds(6), START.plusSeconds(7)),
                timers.stream().map(AttributeEffect.SetTimer::at).toList());
        assertEquals("1000", pendingView.value());
        assertTrue(pendingView.pending(), "attrd_updater -Q shows the value not yet written");
        assertEquals(List.of(List.of(new CibUpdate.SetTransientAttribute("pm02", "pingd", "1000"))), writes());
        assertFalse(core.query("pm02", "pingd", Lifetime.REBOOT).orElseThrow().pending());
        assertEquals("1000", core.query("pm02", "pingd", Lifetime.REBOOT).orElseThrow().written());
    }

    @Test
    void sameValueAgain_changesNothingAndRestartsNoTimer() {
        becomeWriter();
        update(0, "pm02", "pingd", "1000", Duration.ZERO, false);
        writes();
        update(100, "pm02", "pingd", "1000", Duration.ZERO, false);

        assertTrue(drain().isEmpty());
    }

    @Test
    void bothValueAndDelay_newDelay_writesAtOnceThenWaitsTheNewDelay() {
        becomeWriter();
        update(0, "pm02", "pingd", "1000", FIVE, false);
        timers();
        update(1000, "pm02", "pingd", "0", Duration.ofSeconds(10), true);
        var now = drain();

        assertEquals(List.of(new AttributeEffect.WriteAttributes(List.of(
                        new CibUpdate.SetTransientAttribute("pm02", "pingd", "1000"))),
                new AttributeEffect.SetTimer("attribute-timer-2", START.plusSeconds(11))), now);
        assertEquals(Duration.ofSeconds(10), core.query("pm02", "pingd", Lifetime.REBOOT).orElseThrow().dampen());
    }

    @Test
    void valueOnlyUpdate_otherDelay_keepsTheAttributesDelay() {
        becomeWriter();
        update(0, "pm02", "pingd", "1000", FIVE, false);
        update(1000, "pm02", "pingd", "0", Duration.ofSeconds(30), false);

        assertEquals(START.plusSeconds(6), timers().getLast().at());
    }

    @Test
    void delayOnly_writesWhatIsPendingAndTakesTheNewDelay() {
        becomeWriter();
        update(0, "pm02", "pingd", "1000", FIVE, false);
        drain();
        step(500, new AttributeRequest.UpdateDelay("pm02", "pingd", Duration.ZERO, Lifetime.REBOOT));
        assertEquals(List.of(List.of(new CibUpdate.SetTransientAttribute("pm02", "pingd", "1000"))), writes());
        update(600, "pm02", "pingd", "5", null, false);

        assertEquals(List.of(List.of(new CibUpdate.SetTransientAttribute("pm02", "pingd", "5"))), writes(),
                "without a delay a change is written at once");
    }

    @Test
    void delete_isDampenedToo_andThenForgotten() {
        becomeWriter();
        update(0, "pm02", "pingd", "1000", FIVE, false);
        fire(timers().getFirst());
        writes();
        step(100, new AttributeRequest.DeleteAttribute("pm02", "pingd", Lifetime.REBOOT));
        var timer = timers().getFirst();
        assertTrue(core.query("pm02", "pingd", Lifetime.REBOOT).orElseThrow().pending());
        fire(timer);

        assertEquals(List.of(List.of(new CibUpdate.DeleteTransientAttribute("pm02", "pingd"))), writes());
        assertTrue(core.query("pm02", "pingd", Lifetime.REBOOT).isEmpty());
    }

    @Test
    void forever_isWrittenToTheNodesInstanceAttributes() {
        becomeWriter();
        update(0, "pm02", "pgsql-data-status", "LATEST", null, false, Lifetime.FOREVER, "nodes-2");
        step(10, new AttributeRequest.DeleteAttribute("pm02", "pgsql-data-status", Lifetime.FOREVER));

        var owner = new AttributeOwner.NodeAttributes("pm02");
        assertEquals(List.of(List.of(new CibUpdate.SetAttribute(owner, "nodes-2", "pgsql-data-status", "LATEST")),
                List.of(new CibUpdate.DeleteAttribute(owner, "nodes-2", "pgsql-data-status"))), writes());
    }

    @Test
    void notTheWriter_keepsValuesButWritesNothing_untilItBecomesTheWriter() {
        step(0, new AttributeEvent.WriterChanged("pm02", START));
        update(0, "pm03", "pingd", "1000", Duration.ZERO, false);
        update(0, "pm03", "held", "1", FIVE, false);
        assertTrue(writes().isEmpty());
        assertEquals("1000", core.query("pm03", "pingd", Lifetime.REBOOT).orElseThrow().value());

        becomeWriter();

        assertEquals(List.of(List.of(new CibUpdate.SetTransientAttribute("pm03", "pingd", "1000"))), writes(),
                "a value waiting for its delay is written when the delay ends, not at take-over");
    }

    @Test
    void advance_effectNotHandedOut_isABrokenInvariant() {
        assertThrows(IllegalStateException.class,
                () -> core.advance(List.of(new AttributeEffect.SetTimer("never", START))));
    }

    private void becomeWriter() {
        step(0, new AttributeEvent.WriterChanged("pm01", START));
    }

    private void update(long millis, String node, String name, String value, Duration dampen, boolean both) {
        update(millis, node, name, value, dampen, both, Lifetime.REBOOT, null);
    }

    private void update(long millis, String node, String name, String value, Duration dampen, boolean both,
                        Lifetime lifetime, String setId) {
        step(millis, new AttributeRequest.UpdateAttribute(node, name, value, dampen, lifetime, setId, both));
    }

    private void step(long millis, AttributeRequest request) {
        step(millis, new AttributeEvent.Requested(request, START.plusMillis(millis)));
    }

    private void step(long millis, AttributeEvent event) {
        core.step(event);
        var ready = core.ready();
        core.advance(ready);
        effects.addAll(ready);
    }

    private void fire(AttributeEffect.SetTimer timer) {
        step(0, new AttributeEvent.TimerFired(timer.timerId(), timer.at()));
    }

    private List<AttributeEffect> drain() {
        var taken = List.copyOf(effects);
        effects.clear();
        return taken;
    }

    private List<AttributeEffect.SetTimer> timers() {
        return drain().stream().filter(AttributeEffect.SetTimer.class::isInstance)
                .map(AttributeEffect.SetTimer.class::cast).toList();
    }

    private List<List<CibUpdate>> writes() {
        return drain().stream().filter(AttributeEffect.WriteAttributes.class::isInstance)
                .map(e -> ((AttributeEffect.WriteAttributes) e).updates()).toList();
    }
}
