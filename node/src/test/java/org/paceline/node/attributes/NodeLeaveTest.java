package org.paceline.node.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.node.store.CibUpdate;

/** A node leaving: every core forgets its transient values; exactly one core clears them in the CIB. */
class NodeLeaveTest {
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    /** Three nodes' cores fed the same events, as the daemon's broadcast delivers them. */
    private final List<NodeAttributes> cores = List.of(new NodeAttributes("pm01"), new NodeAttributes("pm02"),
            new NodeAttributes("pm03"));

    @Test
    void nodeLeft_onlyTheWriterClearsItsTransientAttributes_once() {
        everyone(new AttributeEvent.WriterChanged("pm01", AT));
        everyone(request("pm03", "pingd", "1000", Lifetime.REBOOT));
        everyone(request("pm03", "pgsql-data-status", "LATEST", Lifetime.FOREVER));

        var effects = everyone(new AttributeEvent.NodeLeft("pm03", AT));
        var repeated = everyone(new AttributeEvent.NodeLeft("pm03", AT));

        assertEquals(List.of(clear("pm03")), effects.get(0));
        assertTrue(effects.get(1).isEmpty() && effects.get(2).isEmpty(), "the other cores write nothing");
        assertTrue(repeated.stream().allMatch(List::isEmpty), "a repeated departure is not cleared again");
        assertTrue(cores.get(1).query("pm03", "pingd", Lifetime.REBOOT).isEmpty(), "every core forgets the value");
        assertEquals("LATEST", cores.get(1).query("pm03", "pgsql-data-status", Lifetime.FOREVER).orElseThrow()
                .value(), "a permanent attribute stays");
    }

    @Test
    void writerLeavesWithAnotherNode_theNextWriterClearsBoth() {
        everyone(new AttributeEvent.WriterChanged("pm01", AT));
        everyone(request("pm02", "pingd", "1000", Lifetime.REBOOT));

        everyone(new AttributeEvent.NodeLeft("pm01", AT));
        everyone(new AttributeEvent.NodeLeft("pm02", AT));
        var takeOver = everyone(new AttributeEvent.WriterChanged("pm03", AT));

        assertEquals(List.of(new AttributeEffect.WriteAttributes(List.of(new CibUpdate.ClearTransientAttributes(
                "pm01"), new CibUpdate.ClearTransientAttributes("pm02")))), takeOver.get(2));
    }

    @Test
    void nodeRejoinsAndLeavesAgain_isClearedAgain() {
        everyone(new AttributeEvent.WriterChanged("pm01", AT));
        everyone(new AttributeEvent.NodeLeft("pm03", AT));
        everyone(new AttributeEvent.NodeJoined("pm03", AT));

        var again = everyone(new AttributeEvent.NodeLeft("pm03", AT));

        assertEquals(List.of(clear("pm03")), again.get(0));
    }

    private static AttributeEffect clear(String node) {
        return new AttributeEffect.WriteAttributes(List.of(new CibUpdate.ClearTransientAttributes(node)));
    }

    private static AttributeEvent request(String node, String name, String value, Lifetime lifetime) {
        return new AttributeEvent.Requested(new AttributeRequest.UpdateAttribute(node, name, value, Duration.ZERO,
                lifetime, null, false), AT);
    }

    /** Steps every core; gives each core's effects, in core order. */
    private List<List<AttributeEffect>> everyone(AttributeEvent event) {
        var all = new ArrayList<List<AttributeEffect>>();
        for (NodeAttributes core : cores) {
            core.step(event);
            var effects = core.ready();
            core.advance(effects);
            all.add(effects);
        }
        return all;
    }
}
