package org.paceline.node.store;

import org.paceline.cib.Cib;
import org.paceline.cib.constraints.Constraint;
import org.paceline.cib.resources.Resource;
import org.paceline.cib.xml.CibXmlReader;

/** CIBs and configuration pieces for the store's tests, read from XML as a user would write them. */
final class Cibs {
    static final String BASE = """
            <cib admin_epoch="0" epoch="5" num_updates="2" validate-with="pacemaker-3.9">
              <configuration>
                <crm_config>
                  <cluster_property_set id="cib-bootstrap-options">
                    <nvpair id="cib-bootstrap-options-stonith-enabled" name="stonith-enabled" value="true"/>
                  </cluster_property_set>
                </crm_config>
                <nodes>
                  <node id="1" uname="pm01"/>
                  <node id="2" uname="pm02"/>
                </nodes>
                <resources>
                  <primitive id="vip" class="ocf" provider="heartbeat" type="IPaddr2">
                    <instance_attributes id="vip-instance_attributes">
                      <nvpair id="vip-instance_attributes-ip" name="ip" value="192.168.0.10"/>
                    </instance_attributes>
                  </primitive>
                  <group id="web">
                    <primitive id="fs" class="ocf" provider="heartbeat" type="Filesystem"/>
                    <primitive id="httpd" class="ocf" provider="heartbeat" type="apache"/>
                  </group>
                  <clone id="ping-clone">
                    <primitive id="ping" class="ocf" provider="pacemaker" type="ping"/>
                  </clone>
                </resources>
                <constraints>
                  <rsc_location id="vip-prefers-pm01" rsc="vip" node="pm01" score="100"/>
                </constraints>
              </configuration>
              <status/>
            </cib>
            """;

    private Cibs() {}

    static Cib base() {
        return parse(BASE);
    }

    static Cib parse(String xml) {
        return CibXmlReader.read("test.xml", xml).orThrow().cib();
    }

    static Resource resource(String xml) {
        return CibXmlReader.readConfigurationElement("test.xml", xml, 1, 1).orThrow()
                .cib().configuration().resources().getFirst();
    }

    static Constraint constraint(String xml) {
        return CibXmlReader.readConfigurationElement("test.xml", xml, 1, 1).orThrow()
                .cib().configuration().constraints().getFirst();
    }
}
