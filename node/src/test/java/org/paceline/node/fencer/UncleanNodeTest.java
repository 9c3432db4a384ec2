package org.paceline.node.fencer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paceline.node.fencer.FencerDriver.completions;
import static org.paceline.node.fencer.FencerDriver.runs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.paceline.scheduler.Decision;
import org.paceline.scheduler.Scheduler;
import org.paceline.scheduler.graph.ClusterAction;
import org.paceline.scheduler.graph.ResourceAction;
import org.paceline.scheduler.graph.Synapse;
import org.paceline.scheduler.graph.TransitionGraph;

/**
 * An unclean node: the scheduler's transition fences it before its resource starts
 * elsewhere, and the fencer turns that fencing action into a run of the node's device.
 */
class UncleanNodeTest {
    private static final String CIB = """
            <cib admin_epoch="0" epoch="1" num_updates="0" validate-with="pacemaker-3.9" have-quorum="1">
              <configuration>
                <crm_config><cluster_property_set id="options">
                  <nvpair id="o1" name="stonith-enabled" value="true"/>
                </cluster_property_set></crm_config>
                <nodes><node id="1" uname="pm01"/><node id="2" uname="pm02"/></nodes>
                <resources>
                  <primitive id="vip" class="ocf" provider="pacemaker" type="Dummy"/>
                  <primitive id="fence-pm02" class="stonith" type="fence_ipmilan">
                    <instance_attributes id="fence-pm02-ia">
                      <nvpair id="fence-pm02-hl" name="pcmk_host_list" value="pm02"/>
                      <nvpair id="fence-pm02-ha" name="pcmk_host_argument" value="port"/>
                    </instance_attributes>
                  </primitive>
                </resources>
                <constraints/>
              </configuration>
              <status>
                <node_state id="1" uname="pm01" in_ccm="true" crmd="online" join="member" expected="member"/>
                <node_state id="2" uname="pm02" in_ccm="false" crmd="offline" join="member" expected="member">
                  <lrm id="2"><lrm_resources>
                    <lrm_resource id="vip" class="ocf" provider="pacemaker" type="Dummy">
                      <lrm_rsc_op id="vip_last_0" operation="start" interval="0" rc-code="0" op-status="0" call-id="1"/>
                    </lrm_resource>
                  </lrm_resources></lrm>
                </node_state>
              </status>
            </cib>
            """;

    @Test
    void lostNode_isFencedThroughItsDeviceBeforeItsResourceStartsElsewhere() {
        Decision decision = Scheduler.schedule(FencerDriver.cib(CIB), Instant.parse("2026-12-01T10:00:00Z"));
        TransitionGraph graph = decision.graph();
        Synapse fence = graph.synapses().stream().filter(s -> s.action() instanceof ClusterAction c
                && c.task().equals("stonith")).findFirst().orElseThrow(() -> new AssertionError(decision.fencing()));
        Synapse start = graph.synapses().stream().filter(s -> s.action() instanceof ResourceAction r
                && r.resource().equals("vip") && r.task().equals("start")).findFirst().orElseThrow();
        var driver = new FencerDriver(CIB, Map.of(), RandomGenerator.of("L64X128MixRandom"));

        FenceRequest request = FenceRequest.of((ClusterAction) fence.action(), "pm01", "transition-1:"
                + fence.action().id()).orElseThrow();
        driver.fencer.step(new FencerEvent.FenceRequested(request, driver.now));
        var run = runs(driver.take()).getFirst();
        FenceResult result = completions(driver.answer(run, Duration.ofMillis(100), 0, "")).getFirst();

        assertEquals("pm01", ((ResourceAction) start.action()).node());
        assertTrue(waitsFor(graph, start, fence.action().id()), "vip's start on pm01 waits for the fencing of pm02");
        assertEquals(new FenceRequest("pm02", FenceAction.REBOOT, "pm01", "transition-1:" + fence.action().id()),
                request);
        assertEquals("fence-pm02", run.device());
        assertTrue(result.succeeded());
    }

    /** Whether {@code synapse} waits, directly or through others, for action {@code actionId}. */
    private static boolean waitsFor(TransitionGraph graph, Synapse synapse, int actionId) {
        Map<Integer, List<Integer>> inputs = graph.synapses().stream()
                .collect(Collectors.toMap(s -> s.action().id(), Synapse::inputs));
        Set<Integer> seen = new HashSet<>();
        var queue = new ArrayDeque<>(synapse.inputs());
        while (!queue.isEmpty()) {
            int id = queue.poll();
            if (id == actionId) {
                return true;
            }
            if (seen.add(id)) {
                queue.addAll(inputs.getOrDefault(id, List.of()));
            }
        }
        return false;
    }
}
