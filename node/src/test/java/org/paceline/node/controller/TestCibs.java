package org.paceline.node.controller;

/** Small CIBs for the controller's tests, written as an administrator would load them. */
final class TestCibs {
    private TestCibs() {}

    /**
     * Two nodes up, fencing on, a group of two Dummy resources with a 10 s monitor that
     * prefers pm01, and the given extra cluster properties and resource defaults (nvpair lines).
     */
    static String dummyGroup(String properties, String resourceDefaults) {
        return """
                <cib admin_epoch="0" epoch="1" num_updates="0" validate-with="pacemaker-3.9" have-quorum="1" dc-uuid="1">
                  <configuration>
                    <crm_config>
                      <cluster_property_set id="cib-bootstrap-options">
                        <nvpair id="opt-stonith-enabled" name="stonith-enabled" value="true"/>
                        %s
                      </cluster_property_set>
                    </crm_config>
                    <nodes>
                      <node id="1" uname="pm01"/>
                      <node id="2" uname="pm02"/>
                    </nodes>
                    <resources>
                      <primitive id="fence-dev" class="stonith" type="fence_dummy"/>
                      <group id="grp">
                        <primitive id="vip" class="ocf" provider="heartbeat" type="Dummy">
                          <instance_attributes id="vip-params">
                            <nvpair id="vip-params-state" name="state" value="/run/vip.state"/>
                          </instance_attributes>
                          <operations>
                            <op id="vip-start" name="start" interval="0s" timeout="20s"/>
                            <op id="vip-monitor" name="monitor" interval="10s" timeout="20s"/>
                            <op id="vip-stop" name="stop" interval="0s" timeout="20s"/>
                          </operations>
                        </primitive>
                        <primitive id="app" class="ocf" provider="heartbeat" type="Dummy">
                          <operations>
                            <op id="app-monitor" name="monitor" interval="10s" timeout="20s"/>
                          </operations>
                        </primitive>
                      </group>
                    </resources>
                    <constraints>
                      <rsc_location id="grp-prefers-pm01" rsc="grp" node="pm01" score="100"/>
                    </constraints>
                    <rsc_defaults>
                      <meta_attributes id="rsc-defaults">
                        %s
                      </meta_attributes>
                    </rsc_defaults>
                  </configuration>
                  <status>
                    <node_state id="1" uname="pm01" in_ccm="true" crmd="online" join="member" expected="member"/>
                    <node_state id="2" uname="pm02" in_ccm="true" crmd="online" join="member" expected="member"/>
                  </status>
                </cib>
                """.formatted(properties, resourceDefaults);
    }

    static String dummyGroup() {
        return dummyGroup("", "");
    }
}
