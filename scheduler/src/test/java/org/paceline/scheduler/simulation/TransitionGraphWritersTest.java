package org.paceline.scheduler.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paceline.scheduler.simulation.SimulationFixtures.fence;
import static org.paceline.scheduler.simulation.SimulationFixtures.graph;
import static org.paceline.scheduler.simulation.SimulationFixtures.pseudo;
import static org.paceline.scheduler.simulation.SimulationFixtures.resource;
import static org.paceline.scheduler.simulation.SimulationFixtures.synapse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.scheduler.graph.Synapse;
import org.paceline.scheduler.graph.TransitionGraph;

/** The graph written as Pacemaker's transition_graph XML (-G) and as DOT (-D). */
class TransitionGraphWritersTest {
    private static final TransitionGraph GRAPH = graph(
            synapse(0, resource(2, "start", "rsc2", "rsc2:0", 0, "node2", "CRM_meta_timeout", "20000", "state", "/x")),
            new Synapse(1, 1_000_000, pseudo(3, "clone2_running_0"), List.of(2)),
            synapse(2, fence(1, "node1", "reboot")));

    @Test
    void write_emptyGraph_isOneSelfClosedElement() {
        assertEquals("<transition_graph cluster-delay=\"60s\" fencing-timeout=\"60s\" failed-stop-offset=\"INFINITY\""
                + " failed-start-offset=\"INFINITY\"  transition_id=\"0\"/>\n", TransitionGraphXml.write(TransitionGraph.EMPTY));
    }

    @Test
    void write_graph_laysOutSynapsesActionsAndTriggersAsPacemaker() {
        assertEquals("""
                <transition_graph cluster-delay="60s" fencing-timeout="60s" failed-stop-offset="INFINITY" failed-start-offset="INFINITY"  transition_id="1">
                  <synapse id="0">
                    <action_set>
                      <rsc_op id="2" operation="start" operation_key="rsc2:0_start_0" on_node="node2" on_node_uuid="2">
                        <primitive id="rsc2" long-id="rsc2:0" class="ocf" provider="pacemaker" type="Dummy"/>
                        <attributes CRM_meta_timeout="20000"  state="/x"/>
                      </rsc_op>
                    </action_set>
                    <inputs/>
                  </synapse>
                  <synapse id="1" priority="1000000">
                    <action_set>
                      <pseudo_event id="3" operation="running" operation_key="clone2_running_0">
                        <attributes />
                      </pseudo_event>
                    </action_set>
                    <inputs>
                      <trigger>
                        <rsc_op id="2" operation="start" operation_key="rsc2:0_start_0" on_node="node2" on_node_uuid="2"/>
                      </trigger>
                    </inputs>
                  </synapse>
                  <synapse id="2">
                    <action_set>
                      <crm_event id="1" operation="stonith" operation_key="stonith-node1-reboot" on_node="node1" on_node_uuid="1">
                        <attributes CRM_meta_on_node="node1" CRM_meta_stonith_action="reboot" />
                        <downed>
                          <node id="1"/>
                        </downed>
                      </crm_event>
                    </action_set>
                    <inputs/>
                  </synapse>
                </transition_graph>
                """, TransitionGraphXml.write(GRAPH));
    }

    @Test
    void write_valuesWithMarkup_areEscaped() {
        var graph = graph(synapse(0, resource(1, "start", "rsc1", "rsc1", 0, "node1", "cmd", "a<b & \"c\"")));
        String xml = TransitionGraphXml.write(graph);
        assertEquals(true, xml.contains("cmd=\"a&lt;b &amp; &quot;c&quot;\""), xml);
    }

    @Test
    void dot_graph_drawsEachActionAndEachOrdering() {
        assertEquals("""
                 digraph "g" {
                "stonith 'reboot' node1" [ style=bold color="green" fontcolor="black"]
                "rsc2:0_start_0 node2" [ style=bold color="green" fontcolor="black"]
                "clone2_running_0" [ style=bold color="green" fontcolor="orange"]
                "rsc2:0_start_0 node2" -> "clone2_running_0" [ style = bold]
                }
                """, TransitionGraphDot.write(GRAPH));
    }
}
