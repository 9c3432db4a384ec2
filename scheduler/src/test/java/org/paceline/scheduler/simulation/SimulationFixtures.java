package org.paceline.scheduler.simulation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

import org.paceline.cib.Cib;
import org.paceline.cib.xml.CibXmlReader;
import org.paceline.scheduler.graph.ClusterAction;
import org.paceline.scheduler.graph.GraphAction;
import org.paceline.scheduler.graph.PseudoAction;
import org.paceline.scheduler.graph.ResourceAction;
import org.paceline.scheduler.graph.Synapse;
import org.paceline.scheduler.graph.TransitionGraph;

/** Small CIBs and hand-built graph actions for the simulation tests. */
final class SimulationFixtures {
    private SimulationFixtures() {}

    /** Two nodes up, rsc1 (a primitive) started on node1, a clone of rsc2 running nowhere yet. */
    static final String TWO_NODES = """
            <cib admin_epoch="0" epoch="1" num_updates="0" validate-with="pacemaker-3.9">
              <configuration>
                <crm_config/>
                <nodes>
                  <node id="1" uname="node1"/>
                  <node id="2" uname="node2"/>
                </nodes>
                <resources>
                  <primitive id="rsc1" class="ocf" provider="pacemaker" type="Dummy"/>
                  <clone id="clone2">
                    <primitive id="rsc2" class="ocf" provider="pacemaker" type="Stateful"/>
                  </clone>
                </resources>
                <constraints/>
              </configuration>
              <status>
                <node_state id="1" uname="node1" in_ccm="true" crmd="online" join="member" expected="member">
                  <lrm id="1">
                    <lrm_resources>
                      <lrm_resource id="rsc1" class="ocf" provider="pacemaker" type="Dummy">
                        <lrm_rsc_op id="rsc1_last_0" operation="start" interval="0" rc-code="0" op-status="0" call-id="4"/>
                      </lrm_resource>
                    </lrm_resources>
                  </lrm>
                </node_state>
                <node_state id="2" uname="node2" in_ccm="true" crmd="online" join="member" expected="member"/>
              </status>
            </cib>
            """;

    static Cib cib(String xml) {
        return CibXmlReader.read("test.xml", xml).orThrow().cib();
    }

    static Cib twoNodes() {
        return cib(TWO_NODES);
    }

    /** The same two nodes with nothing configured to run: the scheduler has nothing to do. */
    static Cib twoIdleNodes() {
        String idle = TWO_NODES.replaceAll("(?s)<resources>.*</resources>", "<resources/>")
                .replaceAll("(?s)<lrm id.*</lrm>", "");
        return cib(idle);
    }

    static ResourceAction resource(int id, String task, String resource, String longId, long interval, String node,
                                   String... attributes) {
        String key = (longId.equals(resource) ? resource : longId) + "_" + task + "_" + interval;
        return new ResourceAction(id, task, key, resource, longId, "ocf", "pacemaker", "Dummy", interval, node,
                node.replace("node", ""), map(interval == 0 ? attributes : with(attributes, "CRM_meta_interval",
                Long.toString(interval))));
    }

    static PseudoAction pseudo(int id, String key) {
        return new PseudoAction(id, key.substring(key.indexOf('_') + 1, key.lastIndexOf('_')), key, map());
    }

    static ClusterAction fence(int id, String node, String action) {
        return new ClusterAction(id, "stonith", "stonith-" + node + "-" + action, node, node.replace("node", ""),
                map("CRM_meta_on_node", node, "CRM_meta_stonith_action", action));
    }

    static ClusterAction shutdown(int id, String node) {
        return new ClusterAction(id, "do_shutdown", "do_shutdown-" + node, node, node.replace("node", ""),
                map("CRM_meta_op_no_wait", "true"));
    }

    static Synapse synapse(int id, GraphAction action, Integer... inputs) {
        return new Synapse(id, 0, action, List.of(inputs));
    }

    static TransitionGraph graph(Synapse... synapses) {
        return new TransitionGraph(1, "60s", "60s", 0, List.of(synapses));
    }

    static SequencedMap<String, String> map(String... namesAndValues) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    private static String[] with(String[] attributes, String name, String value) {
        var all = new String[attributes.length + 2];
        all[0] = name;
        all[1] = value;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return all;
    }
}
