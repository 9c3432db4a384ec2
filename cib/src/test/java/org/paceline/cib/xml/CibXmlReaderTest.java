package org.paceline.cib.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Attrs;
import org.paceline.cib.Cib;
import org.paceline.cib.CibVersion;
import org.paceline.cib.Configuration;
import org.paceline.cib.Document;
import org.paceline.cib.SetKind;
import org.paceline.cib.SourceMap;
import org.paceline.cib.constraints.Location;
import org.paceline.cib.constraints.Order;
import org.paceline.cib.constraints.TicketConstraint;
import org.paceline.cib.resources.Bundle;
import org.paceline.cib.resources.Clone;
import org.paceline.cib.resources.Group;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.rules.AttributeExpression;
import org.paceline.cib.rules.DateExpression;
import org.paceline.cib.rules.OperationExpression;
import org.paceline.cib.rules.ResourceExpression;
import org.paceline.cib.rules.Rule;
import org.paceline.cib.status.NodeState;

/** What each element of a CIB becomes in the model. */
class CibXmlReaderTest {
    static final String SAMPLE = """
            <cib validate-with="pacemaker-3.9" epoch="7" num_updates="3" admin_epoch="1" have-quorum="1" dc-uuid="1">
              <configuration>
                <crm_config>
                  <cluster_property_set id="options">
                    <nvpair id="options-fencing" name="stonith-enabled" value="false"/>
                    <nvpair id="options-empty" name="cluster-name" value=""/>
                    <nvpair id-ref="elsewhere"/>
                  </cluster_property_set>
                </crm_config>
                <nodes>
                  <node id="1" uname="pm01" type="member"/>
                  <node id="2" uname="pm02"/>
                </nodes>
                <resources>
                  <template id="dummy-template" class="ocf" provider="pacemaker" type="Dummy"/>
                  <primitive id="vip" class="ocf" provider="heartbeat" type="IPaddr2">
                    <instance_attributes id="vip-params">
                      <nvpair id="vip-ip" name="ip" value="192.168.0.10"/>
                    </instance_attributes>
                    <operations>
                      <op id="vip-monitor" name="monitor" interval="10s" timeout="20s" on-fail="restart"/>
                      <op id-ref="shared-op"/>
                    </operations>
                  </primitive>
                  <group id="grp">
                    <primitive id="member" template="dummy-template"/>
                  </group>
                  <master id="ms-pgsql">
                    <meta_attributes id="ms-meta" id-ref="shared-meta"/>
                    <primitive id="pgsql" class="ocf" provider="heartbeat" type="pgsql"/>
                  </master>
                  <bundle id="web">
                    <podman image="httpd" replicas="2"/>
                    <network control-port="3121">
                      <port-mapping id="web-port" port="80"/>
                    </network>
                  </bundle>
                </resources>
                <constraints>
                  <rsc_location id="loc" rsc="vip">
                    <rule id="loc-rule" score="-INFINITY" boolean-op="or">
                      <expression id="loc-expr" attribute="default_ping_set" operation="lt" value="100" type="integer"/>
                      <date_expression id="loc-date" operation="date_spec">
                        <date_spec id="loc-spec" hours="9-17" weekdays="1-5"/>
                      </date_expression>
                      <rule id="nested" boolean-op="and">
                        <date_expression id="loc-range" operation="in_range" start="2024-01-01">
                          <duration id="loc-duration" months="1"/>
                        </date_expression>
                      </rule>
                      <rule id-ref="shared-rule"/>
                    </rule>
                  </rsc_location>
                  <rsc_order id="ord" kind="Mandatory">
                    <resource_set id="ord-set" sequential="false"><resource_ref id="vip"/><resource_ref id="grp"/></resource_set>
                    <resource_set id-ref="other-set"/>
                  </rsc_order>
                  <rsc_ticket id="tkt" rsc="ms-pgsql" rsc-role="Promoted" ticket="ticketA" loss-policy="demote"/>
                </constraints>
                <fencing-topology>
                  <fencing-level id="fl1" target="pm01" index="1" devices="ipmi1,ipmi2"/>
                </fencing-topology>
                <op_defaults>
                  <meta_attributes id="op-defaults">
                    <rule id="op-rule">
                      <rsc_expression id="op-rsc" class="ocf" provider="heartbeat" type="IPaddr2"/>
                      <op_expression id="op-op" name="monitor" interval="10s"/>
                    </rule>
                    <nvpair id="op-timeout" name="timeout" value="30s"/>
                  </meta_attributes>
                </op_defaults>
                <alerts>
                  <alert id="mail" path="/usr/bin/alert.sh">
                    <select><select_fencing/></select>
                    <recipient id="mail-to" value="ops@example.com"/>
                  </alert>
                </alerts>
                <acls>
                  <acl_target id="alice"><role id="reader"/></acl_target>
                  <acl_group id="admins" name="wheel"><role id="reader"/></acl_group>
                  <acl_role id="reader">
                    <acl_permission id="reader-read" kind="read" xpath="/cib"/>
                  </acl_role>
                </acls>
                <tags>
                  <tag id="all-vips"><obj_ref id="vip"/></tag>
                </tags>
              </configuration>
              <status>
                <node_state id="1" uname="pm01" in_ccm="true" crmd="online" join="member" expected="member" ha="active">
                  <transient_attributes id="1">
                    <instance_attributes id="status-1">
                      <nvpair id="status-1-ping" name="default_ping_set" value="100"/>
                    </instance_attributes>
                  </transient_attributes>
                  <lrm id="1">
                    <lrm_resources>
                      <lrm_resource id="vip" type="IPaddr2" class="ocf" provider="heartbeat">
                        <lrm_rsc_op id="vip_last_0" operation_key="vip_start_0" operation="start" call-id="5" rc-code="0" op-status="0" interval="0" on_node="pm01"/>
                      </lrm_resource>
                    </lrm_resources>
                  </lrm>
                </node_state>
                <tickets>
                  <ticket_state id="ticketA" granted="true"/>
                </tickets>
              </status>
            </cib>
            """;

    private static Document document() {
        return CibXmlReader.read("cib.xml", SAMPLE).orThrow();
    }

    @Test
    void read_cibElement_givesVersionAndKeepsOtherAttributes() {
        Cib cib = document().cib();
        assertEquals(new CibVersion(1, 7, 3), cib.version());
        assertEquals(Attrs.of("validate-with", "pacemaker-3.9", "have-quorum", "1", "dc-uuid", "1"),
                cib.extras().attributes());
        assertEquals("pacemaker-3.9", cib.validateWith().orElseThrow());
    }

    @Test
    void read_setsAndPairs_keepAbsentApartFromEmpty() {
        var set = document().cib().configuration().clusterProperties().getFirst();
        assertEquals(SetKind.CLUSTER_PROPERTY, set.kind());
        assertEquals("", set.pairs().get(1).value());
        assertEquals("elsewhere", set.pairs().get(2).idRef());
        assertNull(set.pairs().get(2).name());
        assertNull(set.pairs().get(2).value());
    }

    @Test
    void read_primitive_mapsAgentSetsAndOperations() {
        var vip = (Primitive) document().cib().configuration().resource("vip").orElseThrow();
        assertEquals("ocf:heartbeat:IPaddr2", vip.agent());
        assertEquals("192.168.0.10", vip.sets(SetKind.INSTANCE).getFirst().value("ip").orElseThrow());
        var monitor = vip.operations().getFirst();
        assertEquals("monitor", monitor.name());
        assertEquals("10s", monitor.interval());
        assertEquals(Attrs.of("timeout", "20s", "on-fail", "restart"), monitor.attributes());
        assertEquals("shared-op", vip.operations().get(1).idRef());
        assertTrue(vip.extras().isEmpty());
    }

    @Test
    void read_templatesGroupsAndBundles_goToTheirRecords() {
        Configuration configuration = document().cib().configuration();
        assertEquals("dummy-template", configuration.templates().getFirst().id());
        var group = (Group) configuration.resource("grp").orElseThrow();
        assertEquals("dummy-template", group.members().getFirst().template());
        var bundle = (Bundle) configuration.resource("web").orElseThrow();
        assertEquals("podman", bundle.containerKind());
        assertEquals(Attrs.of("control-port", "3121"), bundle.networkAttributes());
        assertEquals(List.of(Attrs.of("id", "web-port", "port", "80")), bundle.portMappings());
        assertNull(bundle.storageAttributes());
    }

    @Test
    void read_masterElement_givesPromotableLegacyClone() {
        var clone = (Clone) document().cib().configuration().resource("ms-pgsql").orElseThrow();
        assertTrue(clone.legacyMaster());
        assertTrue(clone.promotable());
        assertEquals("pgsql", clone.child().id());
        assertEquals("shared-meta", clone.sets().getFirst().idRef());
    }

    @Test
    void read_nestedRules_keepEveryExpressionKindInOrder() {
        var location = (Location) document().cib().configuration().constraints().getFirst();
        Rule rule = location.rules().getFirst();
        assertTrue(rule.isOr());
        assertEquals("-INFINITY", rule.score());
        assertInstanceOf(AttributeExpression.class, rule.expressions().get(0));
        var dateSpec = (DateExpression) rule.expressions().get(1);
        assertEquals(Attrs.of("hours", "9-17", "weekdays", "1-5"), dateSpec.dateSpec().fields());
        var nested = (Rule) rule.expressions().get(2);
        var range = (DateExpression) nested.expressions().getFirst();
        assertEquals("1", range.duration().fields().getOrNull("months"));
        assertEquals("shared-rule", ((Rule) rule.expressions().get(3)).idRef());

        var opRule = document().cib().configuration().operationDefaults().getFirst().rules().getFirst();
        assertInstanceOf(ResourceExpression.class, opRule.expressions().get(0));
        assertEquals("10s", ((OperationExpression) opRule.expressions().get(1)).interval());
    }

    @Test
    void read_constraintsWithSets_keepSetOptionsAndReferences() {
        var constraints = document().cib().configuration().constraints();
        var order = (Order) constraints.get(1);
        assertEquals("Mandatory", order.kind());
        assertEquals(List.of("vip", "grp"), order.sets().getFirst().resources());
        assertEquals("false", order.sets().getFirst().attribute("sequential").orElseThrow());
        assertEquals("other-set", order.sets().get(1).idRef());
        var ticket = (TicketConstraint) constraints.get(2);
        assertEquals("ticketA", ticket.ticket());
        assertEquals("demote", ticket.lossPolicy());
    }

    @Test
    void read_fencingAlertsAclsAndTags_goToTheirRecords() {
        Configuration configuration = document().cib().configuration();
        assertEquals(List.of("ipmi1", "ipmi2"), configuration.fencingTopology().getFirst().deviceList());
        var alert = configuration.alerts().getFirst();
        assertEquals("ops@example.com", alert.recipients().getFirst().value());
        assertEquals("select", alert.extras().children().getFirst().name());
        var acls = configuration.acls();
        assertFalse(acls.subjects().getFirst().group());
        assertTrue(acls.subjects().get(1).group());
        assertEquals("wheel", acls.subjects().get(1).name());
        assertEquals(List.of("reader"), acls.subjects().getFirst().roles());
        assertEquals("/cib", acls.roles().getFirst().permissions().getFirst().xpath());
        assertEquals(List.of("vip"), configuration.tags().getFirst().references());
    }

    @Test
    void read_status_mapsNodeStatesHistoryAndTickets() {
        var status = document().cib().status();
        NodeState pm01 = status.node("pm01").orElseThrow();
        assertEquals("member", pm01.join());
        assertEquals("active", pm01.extras().attributes().getOrNull("ha"));
        assertEquals("100", pm01.transientSets().getFirst().value("default_ping_set").orElseThrow());
        assertTrue(pm01.lrm().resourcesPresent());
        var start = pm01.resourceHistories().getFirst().operations().getFirst();
        assertEquals(0, start.rc().orElseThrow());
        assertEquals("vip_start_0", start.extras().attributes().getOrNull("operation_key"));
        assertEquals("true", status.tickets().getFirst().extras().attributes().getOrNull("granted"));
    }

    @Test
    void read_elementsWithIds_recordWhereEachWasFirstDefined() {
        SourceMap sources = document().sources();
        assertEquals(new SourceMap.Position(16, 7), sources.of("vip").orElseThrow());
        assertEquals(new SourceMap.Position(11, 7), sources.of("1").orElseThrow());
        assertEquals(new SourceMap.Position(81, 7), sources.of("reader").orElseThrow());
        assertEquals("cib.xml", sources.file());
        assertEquals(Document.Format.XML, document().format());
    }
}
