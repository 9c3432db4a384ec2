package org.paceline.scheduler.explain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Cib;
import org.paceline.cib.xml.CibXmlReader;

/** "Why is it (not) running there?" answered from a CIB. */
class ResourceExplanationTest {
    private static final String CIB = """
            <cib admin_epoch="0" epoch="1" num_updates="0" have-quorum="1" crm_feature_set="3.16.1">
              <configuration>
                <crm_config>
                  <cluster_property_set id="o"><nvpair id="o1" name="stonith-enabled" value="false"/></cluster_property_set>
                </crm_config>
                <nodes><node id="1" uname="n1"/><node id="2" uname="n2"/><node id="3" uname="n3"/></nodes>
                <resources>
                  <primitive id="web" class="ocf" provider="heartbeat" type="Dummy">
                    <meta_attributes id="web-m">
                      <nvpair id="web-m1" name="migration-threshold" value="1"/>
                      <nvpair id="web-m2" name="resource-stickiness" value="50"/>
                    </meta_attributes>
                  </primitive>
                </resources>
                <constraints>
                  <rsc_location id="prefer-n1" rsc="web" node="n1" score="100"/>
                  <rsc_location id="avoid-n3" rsc="web">
                    <rule id="avoid-n3-rule" score="-INFINITY"><expression id="e" attribute="#uname" operation="eq" value="n3"/></rule>
                  </rsc_location>
                </constraints>
              </configuration>
              <status>
                <node_state id="1" uname="n1" in_ccm="true" crmd="online" join="member" expected="member">
                  <transient_attributes id="1"><instance_attributes id="s1">
                    <nvpair id="s1-f" name="fail-count-web#monitor_10000" value="1"/>
                  </instance_attributes></transient_attributes>
                  <lrm id="1"><lrm_resources><lrm_resource id="web" class="ocf" provider="heartbeat" type="Dummy">
                    <lrm_rsc_op id="web_last_0" operation="start" call-id="3" rc-code="0" op-status="0" interval="0" transition-key="1:1:0:x"/>
                  </lrm_resource></lrm_resources></lrm>
                </node_state>
                <node_state id="2" uname="n2" in_ccm="true" crmd="online" join="member" expected="member"/>
                <node_state id="3" uname="n3" in_ccm="true" crmd="online" join="member" expected="member"/>
              </status>
            </cib>
            """;

    @Test
    void explain_failedResource_namesEveryContributionAndTheChoice() {
        Cib cib = CibXmlReader.read("cib.xml", CIB).orThrow().cib();
        List<String> lines = ResourceExplanation.of(cib, Instant.ofEpochSecond(1_700_000_000), "web").orThrow();
        String text = String.join("\n", lines);
        assertTrue(text.contains("now:  Started on n1"), text);
        assertTrue(text.contains("next: Started on n2"), text);
        assertTrue(text.contains("+ 100  location prefer-n1"), text);
        assertTrue(text.contains("+ 50  resource-stickiness: it is running there"), text);
        assertTrue(text.contains("= -INFINITY  web failed 1 time(s) there, migration-threshold 1"), text);
        assertTrue(text.contains("- INFINITY  location avoid-n3 rule avoid-n3-rule"), text);
        assertTrue(text.contains("n2: 0  <- chosen"), text);
        assertTrue(text.contains("stop on n1: will run"), text);
        assertTrue(text.contains("start on n2: will run"), text);
    }

    @Test
    void explain_unknownResource_isAProblemNotAnException() {
        Cib cib = CibXmlReader.read("cib.xml", CIB).orThrow().cib();
        assertFalse(ResourceExplanation.of(cib, Instant.EPOCH, "nothere").isValid());
    }
}
