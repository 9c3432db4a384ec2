package org.paceline.scheduler.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.paceline.cib.xml.CibXmlReader;
import org.paceline.scheduler.Decision;
import org.paceline.scheduler.Scheduler;
import org.paceline.scheduler.graph.ResourceAction;
import org.paceline.scheduler.graph.Synapse;

/**
 * A stop that failed with {@code on-fail=block} holds everything that must stop after it:
 * seed 000's grpPg with prmPg's stop timed out on pm1, where Pacemaker 2.1.5's
 * crm_simulate leaves prmEx and prmFs on pm1 ("Stop ... due to unrunnable prmPg stop
 * (blocked)") and starts nothing on pm2.
 */
class BlockedStopTest {
    private static final Instant NOW = Instant.ofEpochSecond(1_796_316_290L);

    @Test
    @DisplayName("issue 6: a group's earlier members stay where a later member's stop is blocked")
    void laterMembersStopBlocked_earlierMembersStayWhereTheyAre_andNothingStartsElsewhere() {
        Decision decision = Scheduler.schedule(CibXmlReader.read("blocked", cib()).orThrow().cib(), NOW);

        assertEquals(List.of(
                "  * Stop       prmEx   (   pm1 )  due to unrunnable prmFs stop (blocked)",
                "  * Stop       prmFs   (   pm1 )  due to unrunnable prmPg stop (blocked)",
                "  * Start      prmIp   (   pm1 )  due to unrunnable prmPg start (blocked)"),
                decision.summary().lines());
        assertTrue(decision.graph().synapses().stream().map(Synapse::action)
                        .noneMatch(action -> action instanceof ResourceAction),
                decision.graph().toString());
    }

    private static String primitive(String id, String provider) {
        return """
                <primitive id="%1$s" class="ocf" provider="%2$s" type="Dummy">
                  <operations>
                    <op id="%1$s-monitor" name="monitor" interval="10s" timeout="20s"/>
                    <op id="%1$s-stop" name="stop" interval="0s" timeout="20s" on-fail="block"/>
                  </operations>
                </primitive>""".formatted(id, provider);
    }

    private static String op(String resource, String id, String operation, int call, int rc, int status, String node) {
        return """
                <lrm_rsc_op id="%1$s_%2$s" operation="%3$s" operation_key="%1$s_%3$s_0" transition-key="1:1:0:x" \
                transition-magic="%6$d:%5$d;1:1:0:x" on_node="%7$s" call-id="%4$d" rc-code="%5$d" op-status="%6$d" \
                interval="0" last-rc-change="1796316280" exec-time="10" queue-time="0"/>""".formatted(
                resource, id, operation, call, rc, status, node);
    }

    private static String history(String resource, String provider, String ops) {
        return "<lrm_resource id=\"%s\" type=\"Dummy\" class=\"ocf\" provider=\"%s\">%s</lrm_resource>"
                .formatted(resource, provider, ops);
    }

    private static String cib() {
        return """
                <cib admin_epoch="0" epoch="5" num_updates="0" validate-with="pacemaker-3.9" have-quorum="1" dc-uuid="2">
                  <configuration>
                    <crm_config><cluster_property_set id="options">
                      <nvpair id="o-stonith" name="stonith-enabled" value="false"/>
                    </cluster_property_set></crm_config>
                    <nodes><node id="1" uname="pm1"/><node id="2" uname="pm2"/></nodes>
                    <resources><group id="grpPg">%s%s%s%s</group></resources>
                    <constraints>
                      <rsc_location id="loc" rsc="grpPg" node="pm1" score="200"/>
                    </constraints>
                    <rsc_defaults><meta_attributes id="rsc-options">
                      <nvpair id="d-stickiness" name="resource-stickiness" value="INFINITY"/>
                      <nvpair id="d-threshold" name="migration-threshold" value="1"/>
                    </meta_attributes></rsc_defaults>
                  </configuration>
                  <status>
                    <node_state id="1" uname="pm1" in_ccm="true" crmd="online" join="member" expected="member">
                      <transient_attributes id="1"><instance_attributes id="status-1">
                        <nvpair id="s1-fc" name="fail-count-prmPg#stop_0" value="1"/>
                        <nvpair id="s1-lf" name="last-failure-prmPg#stop_0" value="1796316280"/>
                      </instance_attributes></transient_attributes>
                      <lrm id="1"><lrm_resources>%s%s%s%s</lrm_resources></lrm>
                    </node_state>
                    <node_state id="2" uname="pm2" in_ccm="true" crmd="online" join="member" expected="member">
                      <lrm id="2"><lrm_resources>%s%s%s%s</lrm_resources></lrm>
                    </node_state>
                  </status>
                </cib>
                """.formatted(primitive("prmEx", "heartbeat"), primitive("prmFs", "heartbeat"),
                primitive("prmPg", "pacemaker"), primitive("prmIp", "heartbeat"),
                history("prmEx", "heartbeat", op("prmEx", "last_0", "start", 1, 0, 0, "pm1")),
                history("prmFs", "heartbeat", op("prmFs", "last_0", "start", 2, 0, 0, "pm1")),
                history("prmPg", "pacemaker", op("prmPg", "last_0", "stop", 6, 1, 2, "pm1")
                        + op("prmPg", "last_failure_0", "stop", 6, 1, 2, "pm1")),
                history("prmIp", "heartbeat", op("prmIp", "last_0", "stop", 5, 0, 0, "pm1")),
                history("prmEx", "heartbeat", op("prmEx", "last_0", "monitor", 1, 7, 0, "pm2")),
                history("prmFs", "heartbeat", op("prmFs", "last_0", "monitor", 2, 7, 0, "pm2")),
                history("prmPg", "pacemaker", op("prmPg", "last_0", "monitor", 3, 7, 0, "pm2")),
                history("prmIp", "heartbeat", op("prmIp", "last_0", "monitor", 4, 7, 0, "pm2")));
    }
}
