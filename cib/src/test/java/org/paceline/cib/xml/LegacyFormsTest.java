package org.paceline.cib.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Cib;
import org.paceline.cib.resources.Clone;

/** Documents written for pacemaker-1.x schemas read, and print back in their own form. */
class LegacyFormsTest {
    private static final String PACEMAKER_1_2 = """
            <cib validate-with="pacemaker-1.2" crm_feature_set="3.0.6" epoch="40" num_updates="2" admin_epoch="0">
              <configuration>
                <crm_config>
                  <cluster_property_set id="cib-bootstrap-options">
                    <nvpair id="opt-stonith" name="stonith-enabled" value="true"/>
                    <nvpair id="opt-acl" name="enable-acl" value="true"/>
                  </cluster_property_set>
                </crm_config>
                <nodes>
                  <node id="pm01" uname="pm01" type="normal"/>
                </nodes>
                <resources>
                  <master id="msPostgresql">
                    <meta_attributes id="msPostgresql-meta">
                      <nvpair id="ms-master-max" name="master-max" value="1"/>
                      <nvpair id="ms-notify" name="notify" value="true"/>
                    </meta_attributes>
                    <primitive id="pgsql" class="ocf" provider="heartbeat" type="pgsql">
                      <operations>
                        <op id="pgsql-monitor-slave" name="monitor" interval="10s" role="Slave" timeout="60s"/>
                        <op id="pgsql-monitor-master" name="monitor" interval="9s" role="Master" timeout="60s"/>
                      </operations>
                    </primitive>
                  </master>
                </resources>
                <constraints>
                  <rsc_location id="loc-ms" rsc="msPostgresql">
                    <rule id="loc-ms-rule" role="master" score="-INFINITY">
                      <expression id="loc-ms-expr" attribute="default_ping_set" operation="lt" value="100"/>
                    </rule>
                  </rsc_location>
                </constraints>
                <acls>
                  <acl_user id="operator">
                    <role_ref id="monitor"/>
                  </acl_user>
                  <acl_user id="auditor">
                    <read id="auditor-read" xpath="/cib"/>
                    <deny id="auditor-deny" xpath="//nvpair[@name='passwd']"/>
                  </acl_user>
                  <acl_role id="monitor">
                    <read id="monitor-read" xpath="/cib/status"/>
                    <write id="monitor-write" ref="pgsql"/>
                  </acl_role>
                </acls>
              </configuration>
              <status/>
            </cib>
            """;

    @Test
    void read_masterElement_isPromotableClone() {
        Cib cib = CibXmlReader.read("legacy.xml", PACEMAKER_1_2).orThrow().cib();
        var clone = (Clone) cib.configuration().resource("msPostgresql").orElseThrow();
        assertTrue(clone.legacyMaster());
        assertTrue(clone.promotable());
        assertEquals("pgsql", clone.child().id());
    }

    @Test
    void read_oneXAcls_keptAsExtras() {
        var acls = CibXmlReader.read("legacy.xml", PACEMAKER_1_2).orThrow().cib().configuration().acls();
        assertEquals(2, acls.extras().children().size());
        assertEquals("acl_user", acls.extras().children().getFirst().name());
        assertEquals("monitor", acls.roles().getFirst().id());
        assertEquals(2, acls.roles().getFirst().extras().children().size());
    }

    @Test
    void readWriteRead_pacemakerOneTwoDocument_roundTripsWithMasterAndAcls() throws Exception {
        Cib first = CibXmlReader.read("legacy.xml", PACEMAKER_1_2).orThrow().cib();
        String written = CibXmlWriter.write(first);
        assertEquals(first, CibXmlReader.read("written.xml", written).orThrow().cib());
        assertTrue(written.contains("<master id=\"msPostgresql\">"), written);
        assertEquals(XmlTrees.canonical(PACEMAKER_1_2, PACEMAKER_1_2), XmlTrees.canonical(written, PACEMAKER_1_2));
    }
}
