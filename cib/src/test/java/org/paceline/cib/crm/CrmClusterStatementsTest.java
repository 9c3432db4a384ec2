package org.paceline.cib.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Alert;
import org.paceline.cib.Configuration;
import org.paceline.cib.FencingLevel;
import org.paceline.cib.Node;
import org.paceline.cib.NvPair;
import org.paceline.cib.NvSet;
import org.paceline.cib.SetKind;
import org.paceline.cib.Tag;

/** node, property, rsc_defaults, op_defaults, fencing_topology, tag and alert statements. */
class CrmClusterStatementsTest {

    @Test
    void node_withNameOnly_takesItsNameAsId() {
        assertEquals(List.of(new Node("pm01", "pm01", null, null, List.of(), null)),
                CrmTexts.roundTrip("node pm01\n").nodes());
    }

    @Test
    void node_withIdTypeAttributesAndUtilization_readsThemAll() {
        Configuration configuration = CrmTexts.roundTrip("""
                node $id=3232238257 rh72-01:member description="first" \\
                    attributes $id=nodes-3232238257 standby=on \\
                    utilization memory=1024
                node 2: rh72-02
                """);
        Node first = configuration.nodes().getFirst();
        assertEquals("3232238257", first.id());
        assertEquals("rh72-01", first.uname());
        assertEquals("member", first.type());
        assertEquals("first", first.description());
        assertEquals(NvSet.of(SetKind.INSTANCE, "nodes-3232238257",
                List.of(NvPair.of("nodes-3232238257-standby", "standby", "on"))), first.sets().get(0));
        assertEquals("3232238257-utilization-memory", first.sets().get(1).pairs().getFirst().id());
        assertEquals(new Node("2", "rh72-02", null, null, List.of(), null), configuration.nodes().get(1));
    }

    @Test
    void property_severalStatements_addToOneSetAndLaterValuesWin() {
        Configuration configuration = CrmTexts.roundTrip("""
                property stonith-enabled=true no-quorum-policy=stop
                property no-quorum-policy=ignore
                property $id=other 10: rule #uname eq pm01 cluster-recheck-interval=5min
                """);
        assertEquals(List.of(
                NvPair.of("cib-bootstrap-options-stonith-enabled", "stonith-enabled", "true"),
                NvPair.of("cib-bootstrap-options-no-quorum-policy", "no-quorum-policy", "ignore")),
                configuration.clusterProperties().getFirst().pairs());
        NvSet other = configuration.clusterProperties().get(1);
        assertEquals("other", other.id());
        assertEquals("10", other.score());
        assertEquals("other-rule", other.rules().getFirst().id());
        assertEquals(SetKind.CLUSTER_PROPERTY, other.kind());
    }

    @Test
    void defaults_haveTheirConventionalIds() {
        Configuration configuration = CrmTexts.roundTrip("""
                rsc_defaults resource-stickiness=INFINITY
                op_defaults timeout=60s record-pending=true
                op_defaults $id=op-more interval=0
                """);
        assertEquals(NvSet.of(SetKind.META, "rsc-options", List.of(
                NvPair.of("rsc-options-resource-stickiness", "resource-stickiness", "INFINITY"))),
                configuration.resourceDefaults().getFirst());
        assertEquals(List.of("op-options", "op-more"),
                configuration.operationDefaults().stream().map(NvSet::id).toList());
        assertEquals("op-options-record-pending", configuration.operationDefaults().getFirst().pairs().get(1).id());
    }

    @Test
    void fencingTopology_withTargets_numbersLevelsPerTarget() {
        List<FencingLevel> levels = CrmTexts.roundTrip("""
                fencing_topology \\
                    pm01: helper ipmi1,ipmi2 \\
                    attr:rack=1 pdu \\
                    regexp:pm0[0-9] meatware
                """).fencingTopology();
        assertEquals(List.of(
                new FencingLevel("fencing", "1", "pm01", null, null, null, "helper", null),
                new FencingLevel("fencing-0", "2", "pm01", null, null, null, "ipmi1,ipmi2", null),
                new FencingLevel("fencing-1", "1", null, null, "rack", "1", "pdu", null),
                new FencingLevel("fencing-2", "1", null, "pm0[0-9]", null, null, "meatware", null)), levels);
        assertEquals(List.of("ipmi1", "ipmi2"), levels.get(1).deviceList());
    }

    @Test
    void fencingTopology_devicesOnly_appliesToEveryNode() {
        Configuration configuration = CrmTexts.roundTrip("""
                fencing_topology helper ipmi
                node pm01
                node pm02
                """);
        assertEquals(List.of("pm01 1 helper", "pm01 2 ipmi", "pm02 1 helper", "pm02 2 ipmi"),
                configuration.fencingTopology().stream()
                        .map(l -> l.target() + " " + l.index() + " " + l.devices()).toList());
    }

    @Test
    void tag_withOrWithoutColon_namesResources() {
        Configuration configuration = CrmTexts.roundTrip("tag web: a b\ntag db c\n");
        assertEquals(List.of(new Tag("web", List.of("a", "b"), null), new Tag("db", List.of("c"), null)),
                configuration.tags());
    }

    @Test
    void alert_withAttributesMetaAndRecipients_readsThemAll() {
        Alert alert = CrmTexts.roundTrip("""
                alert notify /usr/share/pacemaker/alerts/alert_snmp.sh \\
                    attributes trap_node_states=all \\
                    meta timeout=10s \\
                    to 192.168.1.1 attributes community=public \\
                    to { 192.168.1.2 meta timestamp-format="%H:%M" }
                """).alerts().getFirst();
        assertEquals("/usr/share/pacemaker/alerts/alert_snmp.sh", alert.path());
        assertEquals(List.of("notify-instance_attributes", "notify-meta_attributes"),
                alert.sets().stream().map(NvSet::id).toList());
        assertEquals(List.of("notify-recipient", "notify-recipient-0"),
                alert.recipients().stream().map(r -> r.id()).toList());
        assertEquals("notify-recipient-instance_attributes-community",
                alert.recipients().getFirst().sets().getFirst().pairs().getFirst().id());
        assertEquals("%H:%M", alert.recipients().get(1).sets().getFirst().value("timestamp-format").orElseThrow());
    }

    @Test
    void comments_andYenContinuations_areHandled() {
        Configuration configuration = CrmTexts.read("""
                # a comment
                   # an indented comment
                property a=1 ¥
                    b=2 \\
                    c=3
                """);
        assertEquals(List.of("a", "b", "c"),
                configuration.clusterProperties().getFirst().pairs().stream().map(NvPair::name).toList());
    }

    @Test
    void sourceMap_placesEachStatementsIdsAtItsFirstWord() {
        var document = CrmReader.read("x.crm", "\n  primitive p Dummy params a=1\nnode n1\n").orThrow();
        assertEquals(new org.paceline.cib.SourceMap.Position(2, 3), document.sources().of("p").orElseThrow());
        assertEquals(new org.paceline.cib.SourceMap.Position(2, 3),
                document.sources().of("p-instance_attributes-a").orElseThrow());
        assertEquals(new org.paceline.cib.SourceMap.Position(3, 1), document.sources().of("n1").orElseThrow());
        assertEquals("x.crm", document.sources().file());
    }
}
