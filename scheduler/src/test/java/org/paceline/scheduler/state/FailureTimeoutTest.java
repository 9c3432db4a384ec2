package org.paceline.scheduler.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.paceline.cib.Cib;
import org.paceline.cib.xml.CibXmlReader;
import org.paceline.scheduler.Scheduler;

class FailureTimeoutTest {
    private static final long FAILED_AT = 1_767_610_210L;
    private static final String CIB = """
            <cib admin_epoch="0" epoch="1" num_updates="0" validate-with="pacemaker-3.9" have-quorum="1" crm_feature_set="3.19.0">
              <configuration>
                <crm_config><cluster_property_set id="o"><nvpair id="o1" name="stonith-enabled" value="false"/></cluster_property_set></crm_config>
                <nodes><node id="1" uname="n1"/><node id="2" uname="n2"/></nodes>
                <resources>
                  <primitive id="web" class="ocf" provider="heartbeat" type="Dummy">
                    <meta_attributes id="web-m">
                      <nvpair id="web-m1" name="migration-threshold" value="1"/>
                      <nvpair id="web-m2" name="failure-timeout" value="60s"/>
                    </meta_attributes>
                  </primitive>
                </resources>
                <constraints><rsc_location id="prefer-n1" rsc="web" node="n1" score="100"/></constraints>
              </configuration>
              <status>
                <node_state id="1" uname="n1" in_ccm="true" crmd="online" join="member" expected="member">
                  <transient_attributes id="1"><instance_attributes id="s1">
                    <nvpair id="s1-f" name="fail-count-web#monitor_10000" value="1"/>
                    <nvpair id="s1-l" name="last-failure-web#monitor_10000" value="%d"/>
                  </instance_attributes></transient_attributes>
                  <lrm id="1"><lrm_resources><lrm_resource id="web" class="ocf" provider="heartbeat" type="Dummy">
                    <lrm_rsc_op id="web_last_0" operation="start" call-id="3" rc-code="0" op-status="0" interval="0" transition-key="1:1:0:x"/>
                  </lrm_resource></lrm_resources></lrm>
                </node_state>
                <node_state id="2" uname="n2" in_ccm="true" crmd="online" join="member" expected="member"/>
              </status>
            </cib>
            """.formatted(FAILED_AT);

    @Test
    @DisplayName("last-failure is epoch seconds, not a score capped at INFINITY: an unexpired failure still counts")
    void failureNotYetExpired_stillBansTheNode() {
        Cib cib = CibXmlReader.read("cib.xml", CIB).orThrow().cib();
        var changes = Scheduler.schedule(cib, Instant.ofEpochSecond(FAILED_AT + 30)).summary().changes();
        assertEquals(1, changes.size(), changes.toString());
        assertEquals("Move", changes.getFirst().verb());
    }

    @Test
    void failureExpired_countsNoMore() {
        Cib cib = CibXmlReader.read("cib.xml", CIB).orThrow().cib();
        assertTrue(Scheduler.schedule(cib, Instant.ofEpochSecond(FAILED_AT + 60)).summary().changes().isEmpty());
    }
}
