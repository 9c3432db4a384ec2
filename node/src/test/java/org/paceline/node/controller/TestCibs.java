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

    /**
     * The seeds' shape in small: a promotable Stateful clone (the agent's promotion scores
     * already set, pm01 preferred), and vip-master with its promoted instance, started
     * after the promotion; the given resource defaults.
     */
    static String promotable(String resourceDefaults) {
        return """
                <cib admin_epoch="0" epoch="1" num_updates="0" validate-with="pacemaker-3.9" have-quorum="1" crm_feature_set="3.19.0">
                  <configuration>
                    <crm_config>
                      <cluster_property_set id="cib-bootstrap-options">
                        <nvpair id="opt-stonith-enabled" name="stonith-enabled" value="false"/>
                      </cluster_property_set>
                    </crm_config>
                    <nodes>
                      <node id="1" uname="pm01"/>
                      <node id="2" uname="pm02"/>
                    </nodes>
                    <resources>
                      <clone id="pgsql-clone">
                        <meta_attributes id="pgsql-clone-meta">
                          <nvpair id="pgsql-clone-promotable" name="promotable" value="true"/>
                          <nvpair id="pgsql-clone-notify" name="notify" value="true"/>
                        </meta_attributes>
                        <primitive id="pgsql" class="ocf" provider="pacemaker" type="Stateful">
                          <operations>
                            <op id="pgsql-monitor-promoted" name="monitor" interval="9s" role="Promoted" timeout="20s"/>
                            <op id="pgsql-monitor-unpromoted" name="monitor" interval="10s" role="Unpromoted" timeout="20s"/>
                          </operations>
                        </primitive>
                      </clone>
                      <primitive id="vip-master" class="ocf" provider="heartbeat" type="Dummy">
                        <operations>
                          <op id="vip-master-monitor" name="monitor" interval="10s" timeout="20s"/>
                        </operations>
                      </primitive>
                    </resources>
                    <constraints>
                      <rsc_colocation id="vip-with-promoted" rsc="vip-master" with-rsc="pgsql-clone" with-rsc-role="Promoted" score="INFINITY"/>
                      <rsc_order id="promote-then-vip" first="pgsql-clone" first-action="promote" then="vip-master" then-action="start" kind="Mandatory"/>
                    </constraints>
                    <rsc_defaults>
                      <meta_attributes id="rsc-defaults">
                        %s
                      </meta_attributes>
                    </rsc_defaults>
                  </configuration>
                  <status>
                    <node_state id="1" uname="pm01" in_ccm="true" crmd="online" join="member" expected="member">
                      <transient_attributes id="1">
                        <instance_attributes id="status-1">
                          <nvpair id="status-1-master-pgsql" name="master-pgsql" value="10"/>
                        </instance_attributes>
                      </transient_attributes>
                    </node_state>
                    <node_state id="2" uname="pm02" in_ccm="true" crmd="online" join="member" expected="member">
                      <transient_attributes id="2">
                        <instance_attributes id="status-2">
                          <nvpair id="status-2-master-pgsql" name="master-pgsql" value="5"/>
                        </instance_attributes>
                      </transient_attributes>
                    </node_state>
                  </status>
                </cib>
                """.formatted(resourceDefaults);
    }
}
