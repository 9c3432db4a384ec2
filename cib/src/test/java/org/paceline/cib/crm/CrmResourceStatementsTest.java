package org.paceline.cib.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Attrs;
import org.paceline.cib.Configuration;
import org.paceline.cib.NvPair;
import org.paceline.cib.NvSet;
import org.paceline.cib.SetKind;
import org.paceline.cib.resources.Clone;
import org.paceline.cib.resources.Group;
import org.paceline.cib.resources.Operation;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.resources.Template;
import org.paceline.cib.rules.AttributeExpression;
import org.paceline.cib.rules.Rule;

/** primitive, rsc_template, group, clone and ms statements, read and printed back. */
class CrmResourceStatementsTest {

    private static Primitive primitive(Configuration configuration, String id) {
        return (Primitive) configuration.resource(id).orElseThrow();
    }

    @Test
    void primitive_withClassProviderType_readsAgentSetsAndOperations() {
        Configuration configuration = CrmTexts.roundTrip("""
                primitive vip-master ocf:heartbeat:IPaddr2 \\
                    params ip="192.168.1.30" nic=eno2 \\
                    meta migration-threshold=0 \\
                    utilization cpu=2 \\
                    op start interval=0s timeout=60s on-fail=restart \\
                    op monitor interval=10s timeout=60s
                """);
        Primitive vip = primitive(configuration, "vip-master");
        assertEquals("ocf:heartbeat:IPaddr2", vip.agent());
        assertEquals(List.of(
                NvSet.of(SetKind.INSTANCE, "vip-master-instance_attributes", List.of(
                        NvPair.of("vip-master-instance_attributes-ip", "ip", "192.168.1.30"),
                        NvPair.of("vip-master-instance_attributes-nic", "nic", "eno2"))),
                NvSet.of(SetKind.META, "vip-master-meta_attributes", List.of(
                        NvPair.of("vip-master-meta_attributes-migration-threshold", "migration-threshold", "0"))),
                NvSet.of(SetKind.UTILIZATION, "vip-master-utilization", List.of(
                        NvPair.of("vip-master-utilization-cpu", "cpu", "2")))), vip.sets());
        assertEquals(List.of(
                new Operation("vip-master-start-0s", null, "start", "0s",
                        Attrs.of("timeout", "60s", "on-fail", "restart"), List.of(), null),
                new Operation("vip-master-monitor-10s", null, "monitor", "10s", Attrs.of("timeout", "60s"),
                        List.of(), null)), vip.operations());
    }

    @Test
    void primitive_withClassAndType_hasNoProvider() {
        Primitive fence = primitive(CrmTexts.roundTrip("primitive f stonith:external/ipmi params hostname=pm01\n"), "f");
        assertEquals("stonith", fence.resourceClass());
        assertNull(fence.provider());
        assertEquals("external/ipmi", fence.type());
    }

    @Test
    void primitive_withBareType_isOcfHeartbeatAndBareParams() {
        Primitive dummy = primitive(CrmTexts.roundTrip("primitive d Dummy state=/tmp/d\n"), "d");
        assertEquals("ocf:heartbeat:Dummy", dummy.agent());
        assertEquals("/tmp/d", dummy.sets().getFirst().value("state").orElseThrow());
    }

    @Test
    void primitive_fromTemplate_refersToIt() {
        Configuration configuration = CrmTexts.roundTrip("""
                rsc_template web-server ocf:heartbeat:apache params port=80 op monitor interval=30s
                primitive web1 @web-server description="first web server" params port=8080
                """);
        Primitive web1 = primitive(configuration, "web1");
        assertEquals("web-server", web1.template());
        assertNull(web1.resourceClass());
        assertEquals("first web server", web1.description());
        Template template = configuration.templates().getFirst();
        assertEquals("web-server-monitor-30s", template.operations().getFirst().id());
        assertEquals("web-server-instance_attributes-port", template.sets().getFirst().pairs().getFirst().id());
    }

    @Test
    void primitive_opWithCheckLevel_keepsItInTheOpsOwnAttributes() {
        Primitive fs = primitive(CrmTexts.roundTrip("""
                primitive fs ocf:heartbeat:Filesystem \\
                    op monitor interval=20s timeout=40s OCF_CHECK_LEVEL=20 role=Master
                """), "fs");
        Operation monitor = fs.operations().getFirst();
        assertEquals(Attrs.of("timeout", "40s", "role", "Master"), monitor.attributes());
        assertEquals(List.of(NvSet.of(SetKind.INSTANCE, "fs-monitor-20s-instance_attributes", List.of(
                NvPair.of("fs-monitor-20s-instance_attributes-OCF_CHECK_LEVEL", "OCF_CHECK_LEVEL", "20")))),
                monitor.sets());
    }

    @Test
    void primitive_twoOpsWithSameNameAndInterval_secondIdGetsSuffix() {
        Primitive p = primitive(CrmTexts.roundTrip("""
                primitive p ocf:pacemaker:Stateful \\
                    op monitor interval=10s role=Master \\
                    op monitor interval=10s role=Slave \\
                    op start
                """), "p");
        assertEquals(List.of("p-monitor-10s", "p-monitor-10s-0", "p-start"),
                p.operations().stream().map(Operation::id).toList());
        assertNull(p.operations().get(2).interval());
    }

    @Test
    void primitive_setIdsAndOperationsId_areKept() {
        Primitive p = primitive(CrmTexts.roundTrip("""
                primitive p ocf:pacemaker:Dummy \\
                    params $id=p-params fake=1 \\
                    meta $id-ref=shared-meta \\
                    operations $id=p-ops \\
                    op monitor interval=10s $id=p-mon
                """), "p");
        assertEquals("p-params", p.sets().get(0).id());
        assertEquals("p-params-fake", p.sets().get(0).pairs().getFirst().id());
        assertEquals(new NvSet(SetKind.META, null, "shared-meta", null, List.of(), List.of(), null), p.sets().get(1));
        assertEquals(Attrs.of("id", "p-ops"), p.operationsAttributes());
        assertEquals("p-mon", p.operations().getFirst().id());
    }

    @Test
    void primitive_paramsWithRule_readsTheRuleBeforeThePairs() {
        Primitive p = primitive(CrmTexts.roundTrip("""
                primitive vip ocf:heartbeat:IPaddr2 \\
                    params 2: rule #uname eq pm01 ip=10.0.0.1 \\
                    params 1: ip=10.0.0.2
                """), "vip");
        NvSet first = p.sets().getFirst();
        assertEquals("2", first.score());
        assertEquals(List.of(new Rule("vip-instance_attributes-rule", null, null, null, null, null, List.of(
                new AttributeExpression("vip-instance_attributes-rule-expression", "#uname", "eq", "pm01", null, null,
                        null)), null)), first.rules());
        assertEquals("10.0.0.1", first.value("ip").orElseThrow());
        assertEquals("vip-instance_attributes-0", p.sets().get(1).id());
        assertEquals("vip-instance_attributes-0-ip", p.sets().get(1).pairs().getFirst().id());
    }

    @Test
    void group_withMembersMetaAndParams_holdsThePrimitivesInOrder() {
        Configuration configuration = CrmTexts.roundTrip("""
                group g b a description="two dummies" meta target-role=Stopped params fake=2
                primitive a ocf:pacemaker:Dummy
                primitive b ocf:pacemaker:Dummy
                """);
        Group group = (Group) configuration.resources().getFirst();
        assertEquals(List.of("b", "a"), group.members().stream().map(Primitive::id).toList());
        assertEquals("two dummies", group.description());
        assertEquals("g-meta_attributes-target-role", group.sets().get(0).pairs().getFirst().id());
        assertEquals(SetKind.INSTANCE, group.sets().get(1).kind());
        assertEquals(1, configuration.resources().size());
    }

    @Test
    void clone_ofGroup_holdsItAndKeepsMeta() {
        Configuration configuration = CrmTexts.roundTrip("""
                primitive a ocf:pacemaker:Dummy
                group g a
                clone cl g meta clone-max=2 interleave=true
                """);
        Clone clone = (Clone) configuration.resources().getFirst();
        assertFalse(clone.legacyMaster());
        assertEquals("g", clone.child().id());
        assertEquals("true", clone.meta("interleave").orElseThrow());
    }

    @Test
    void ms_givesLegacyMasterClone() {
        Clone ms = (Clone) CrmTexts.roundTrip("""
                primitive s ocf:pacemaker:Stateful
                ms ms-s s meta notify=true
                """).resources().getFirst();
        assertTrue(ms.legacyMaster());
        assertTrue(ms.promotable());
    }

    @Test
    void clone_withPromotableMeta_isNotLegacy() {
        Clone clone = (Clone) CrmTexts.roundTrip("""
                primitive s ocf:pacemaker:Stateful
                clone p-s s meta promotable=true
                """).resources().getFirst();
        assertFalse(clone.legacyMaster());
        assertTrue(clone.promotable());
    }

    @Test
    void primitive_quotedValues_keepSpacesQuotesAndBackslashes() {
        Primitive p = primitive(CrmTexts.roundTrip("""
                primitive p ocf:pacemaker:Dummy \\
                    params a="x y" b='single "quoted"' c="back\\\\slash \\"q\\"" d="¥ and \\\\"
                """), "p");
        NvSet params = p.sets().getFirst();
        assertEquals("x y", params.value("a").orElseThrow());
        assertEquals("single \"quoted\"", params.value("b").orElseThrow());
        assertEquals("back\\slash \"q\"", params.value("c").orElseThrow());
        assertEquals("¥ and \\", params.value("d").orElseThrow());
    }
}
