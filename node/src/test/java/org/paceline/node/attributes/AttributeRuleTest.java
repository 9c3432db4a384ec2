package org.paceline.node.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Cib;
import org.paceline.cib.xml.CibXmlReader;
import org.paceline.node.store.CibStore;
import org.paceline.node.store.CibUpdate;
import org.paceline.node.store.StoreEffect;
import org.paceline.node.store.StoreEvent;
import org.paceline.node.store.UpdateOutcome;
import org.paceline.scheduler.Scheduler;
import org.paceline.scheduler.Summary;

/**
 * Attributes written through the real CIB store and read by the real scheduler: a ping-like
 * attribute in a location rule moves a resource, and only once its delay has passed.
 */
class AttributeRuleTest {
    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");
    private static final String CIB = """
            <cib admin_epoch="0" epoch="1" num_updates="0" validate-with="pacemaker-3.9" have-quorum="1">
              <configuration>
                <crm_config><cluster_property_set id="options">
                  <nvpair id="o1" name="stonith-enabled" value="false"/>
                </cluster_property_set></crm_config>
                <nodes><node id="1" uname="pm01"/><node id="2" uname="pm02"/></nodes>
                <resources>
                  <primitive id="vip" class="ocf" provider="pacemaker" type="Dummy"/>
                </resources>
                <constraints>
                  <rsc_location id="vip-prefers-pm01" rsc="vip" node="pm01" score="100"/>
                  <rsc_location id="vip-needs-ping" rsc="vip">
                    <rule id="vip-needs-ping-rule" score="-INFINITY" boolean-op="or">
                      <expression id="e1" attribute="default_ping_set" operation="not_defined"/>
                      <expression id="e2" attribute="default_ping_set" operation="lt" value="100" type="integer"/>
                    </rule>
                  </rsc_location>
                </constraints>
              </configuration>
              <status>
                <node_state id="1" uname="pm01" in_ccm="true" crmd="online" join="member" expected="member">
                  <lrm id="1"><lrm_resources>
                    <lrm_resource id="vip" class="ocf" provider="pacemaker" type="Dummy">
                      <lrm_rsc_op id="vip_last_0" operation="start" interval="0" rc-code="0" op-status="0" call-id="1"/>
                    </lrm_resource>
                  </lrm_resources></lrm>
                </node_state>
                <node_state id="2" uname="pm02" in_ccm="true" crmd="online" join="member" expected="member"/>
              </status>
            </cib>
            """;

    private final CibStore store = new CibStore(CibXmlReader.read("test.xml", CIB).orThrow().cib());
    private final NodeAttributes core = new NodeAttributes("pm01");
    private int requests;
    private List<AttributeEffect.SetTimer> pendingTimers = List.of();

    @Test
    void pingLost_dampened_movesTheResourceOnlyAfterTheDelay() {
        step(new AttributeEvent.WriterChanged("pm01", START));
        ping(START, "pm01", "100");
        ping(START, "pm02", "100");
        var settle = timers();
        settle.forEach(this::fire);
        var before = changes(store.current(), START);

        ping(START.plusSeconds(10), "pm01", "0");
        var pending = changes(store.current(), START.plusSeconds(10));
        timers().forEach(this::fire);
        var after = changes(store.current(), START.plusSeconds(15));

        assertEquals(List.of(), before, "with ping everywhere vip stays where it prefers");
        assertEquals(List.of(), pending, "a value waiting for its delay moves nothing");
        assertEquals(List.of("Move vip ( pm01 -> pm02 )"), after);
        assertEquals("0", store.current().status().node("pm01").orElseThrow().transientAttributes().sets()
                .getFirst().value("default_ping_set").orElseThrow());
    }

    @Test
    void nodeLeft_theStoreDropsItsTransientAttributes() {
        step(new AttributeEvent.WriterChanged("pm01", START));
        ping(START, "pm01", "100");
        ping(START, "pm02", "100");
        timers().forEach(this::fire);

        step(new AttributeEvent.NodeLeft("pm02", START.plusSeconds(1)));

        assertEquals(null, store.current().status().node("pm02").orElseThrow().transientAttributes());
    }

    /** ocf:pacemaker:ping's call: {@code attrd_updater -n default_ping_set -B VALUE -d 5s}. */
    private void ping(Instant at, String node, String value) {
        step(new AttributeEvent.Requested(new AttributeRequest.UpdateAttribute(node, "default_ping_set", value,
                Duration.ofSeconds(5), Lifetime.REBOOT, null, true), at));
    }

    private void step(AttributeEvent event) {
        core.step(event);
        var effects = core.ready();
        core.advance(effects);
        var timers = new ArrayList<>(pendingTimers);
        for (AttributeEffect effect : effects) {
            switch (effect) {
                case AttributeEffect.WriteAttributes write -> write.updates().forEach(this::apply);
                case AttributeEffect.SetTimer timer -> timers.add(timer);
            }
        }
        pendingTimers = List.copyOf(timers);
    }

    private List<AttributeEffect.SetTimer> timers() {
        var taken = pendingTimers;
        pendingTimers = List.of();
        return taken;
    }

    private void fire(AttributeEffect.SetTimer timer) {
        step(new AttributeEvent.TimerFired(timer.timerId(), timer.at()));
    }

    /** Applies one update with the real store, writes succeeding at once; a rejection fails the test. */
    private void apply(CibUpdate update) {
        String id = "attribute-write-" + (++requests);
        store.step(new StoreEvent.UpdateRequested(id, update));
        for (var effects = store.ready(); !effects.isEmpty(); effects = store.ready()) {
            for (StoreEffect effect : effects) {
                if (effect instanceof StoreEffect.Acknowledge ack && ack.outcome() instanceof UpdateOutcome.Rejected r) {
                    throw new AssertionError(update + " rejected: " + r.problems());
                }
            }
            store.advance(effects);
        }
    }

    private static List<String> changes(Cib cib, Instant now) {
        Summary summary = Scheduler.schedule(cib, now).summary();
        return summary.changes().stream().map(c -> c.verb() + " " + c.resource() + " ( " + c.details() + " )")
                .toList();
    }
}
