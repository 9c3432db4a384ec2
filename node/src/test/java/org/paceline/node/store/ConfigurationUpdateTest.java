package org.paceline.node.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Cib;
import org.paceline.cib.CibVersion;
import org.paceline.cib.ClusterOption;
import org.paceline.cib.NvPair;
import org.paceline.cib.NvSet;
import org.paceline.cib.SetKind;
import org.paceline.cib.resources.Group;
import org.paceline.cib.resources.Resource;
import org.paceline.cib.xml.CibXmlWriter;
import org.paceline.node.store.AttributeOwner.ClusterProperties;
import org.paceline.node.store.AttributeOwner.NodeAttributes;
import org.paceline.node.store.AttributeOwner.ResourceDefaults;
import org.paceline.node.store.AttributeOwner.ResourceMeta;
import org.paceline.node.store.CibUpdate.AddConstraint;
import org.paceline.node.store.CibUpdate.AddResource;
import org.paceline.node.store.CibUpdate.DeleteAttribute;
import org.paceline.node.store.CibUpdate.DeleteConstraint;
import org.paceline.node.store.CibUpdate.DeleteResource;
import org.paceline.node.store.CibUpdate.ReplaceConfiguration;
import org.paceline.node.store.CibUpdate.ReplaceConstraint;
import org.paceline.node.store.CibUpdate.ReplaceResource;
import org.paceline.node.store.CibUpdate.ReplaceSection;
import org.paceline.node.store.CibUpdate.SetAttribute;

/** Configuration updates: what each does to the configuration, its version, and what it refuses. */
class ConfigurationUpdateTest {
    private final StoreDriver driver = new StoreDriver(Cibs.base());

    @Test
    void replaceConfiguration_valid_bumpsEpochAndResetsNumUpdates() {
        var replacement = Cibs.parse(Cibs.BASE.replace("192.168.0.10", "192.168.0.20")).configuration();

        var outcome = driver.apply(new ReplaceConfiguration(replacement));

        assertEquals(new UpdateOutcome.Applied(new CibVersion(0, 6, 0)), outcome);
        assertEquals(replacement, driver.cib().configuration());
    }

    @Test
    void replaceConfiguration_duplicateIds_isRejectedAndLeavesCibUntouched() {
        Cib before = driver.cib();
        var twice = Cibs.parse(Cibs.BASE.replace("<rsc_location id=\"vip-prefers-pm01\"", "<rsc_location id=\"vip\""))
                .configuration();

        var outcome = driver.apply(new ReplaceConfiguration(twice));

        assertEquals("cib: id \"vip\" is defined more than once", only(outcome));
        assertSame(before, driver.cib());
        assertTrue(driver.written.isEmpty());
    }

    @Test
    void replaceSection_constraints_replacesOnlyThatSection() {
        var source = driver.cib().configuration().withConstraints(List.of());

        driver.apply(new ReplaceSection(ConfigurationSection.CONSTRAINTS, source));

        assertTrue(driver.cib().configuration().constraints().isEmpty());
        assertEquals(Cibs.base().configuration().resources(), driver.cib().configuration().resources());
        assertEquals(new CibVersion(0, 6, 0), driver.cib().version());
    }

    @Test
    void setAttribute_existingClusterProperty_changesValueKeepingPairId() {
        driver.apply(new SetAttribute(new ClusterProperties(), null, "stonith-enabled", "false"));

        NvSet set = driver.cib().configuration().clusterProperties().getFirst();
        assertEquals(List.of(NvPair.of("cib-bootstrap-options-stonith-enabled", "stonith-enabled", "false")),
                set.pairs());
    }

    @Test
    void setAttribute_newClusterProperty_isAddedNamedAfterItsSet() {
        driver.apply(new SetAttribute(new ClusterProperties(), null, "no-quorum-policy", "ignore"));

        assertEquals("ignore", driver.cib().configuration().clusterProperty(ClusterOption.NO_QUORUM_POLICY)
                .orElseThrow());
        assertTrue(CibXmlWriter.write(driver.cib()).contains(
                "id=\"cib-bootstrap-options-no-quorum-policy\""));
    }

    @Test
    void setAttribute_targetRoleOnResourceWithoutMeta_createsPacemakersMetaSet() {
        var outcome = driver.apply(new SetAttribute(new ResourceMeta("vip"), null, "target-role", "Stopped"));

        assertEquals(new UpdateOutcome.Applied(new CibVersion(0, 6, 0)), outcome);
        Resource vip = driver.cib().configuration().resource("vip").orElseThrow();
        assertEquals(List.of(NvSet.of(SetKind.META, "vip-meta_attributes",
                List.of(NvPair.of("vip-meta_attributes-target-role", "target-role", "Stopped")))), vip.sets(SetKind.META));
    }

    @Test
    void setAttribute_metaOfGroupMember_changesTheMemberInPlace() {
        driver.apply(new SetAttribute(new ResourceMeta("httpd"), null, "is-managed", "false"));

        var web = (Group) driver.cib().configuration().resource("web").orElseThrow();
        assertEquals(List.of("fs", "httpd"), web.members().stream().map(Resource::id).toList());
        assertEquals("false", web.members().get(1).meta("is-managed").orElseThrow());
    }

    @Test
    void setAttribute_nodeAttribute_createsSetNamedAfterTheNodeId() {
        driver.apply(new SetAttribute(new NodeAttributes("pm02"), null, "standby", "on"));

        var node = driver.cib().configuration().node("pm02").orElseThrow();
        assertEquals(List.of(NvSet.of(SetKind.INSTANCE, "nodes-2", List.of(NvPair.of("nodes-2-standby", "standby", "on")))),
                node.sets());
    }

    @Test
    void setAttribute_resourceDefault_createsRscOptions() {
        driver.apply(new SetAttribute(new ResourceDefaults(), null, "resource-stickiness", "INFINITY"));

        assertEquals("rsc-options", driver.cib().configuration().resourceDefaults().getFirst().id());
    }

    @Test
    void setAttribute_namedSet_createsThatSet() {
        driver.apply(new SetAttribute(new ClusterProperties(), "extra-options", "cluster-name", "pgrex"));

        assertEquals(List.of("cib-bootstrap-options", "extra-options"),
                driver.cib().configuration().clusterProperties().stream().map(NvSet::id).toList());
    }

    @Test
    void setAttribute_nameInTwoSets_isRejectedUntilTheSetIsNamed() {
        driver.apply(new SetAttribute(new ClusterProperties(), "extra-options", "stonith-enabled", "true"));
        Cib before = driver.cib();

        var outcome = driver.apply(new SetAttribute(new ClusterProperties(), null, "stonith-enabled", "false"));

        assertEquals("cib: cluster properties: \"stonith-enabled\" is set in several sets (cib-bootstrap-options,"
                + " extra-options): name the set to change", only(outcome));
        assertSame(before, driver.cib());
    }

    @Test
    void setAttribute_unknownResource_isRejected() {
        var outcome = driver.apply(new SetAttribute(new ResourceMeta("nope"), null, "target-role", "Stopped"));

        assertEquals("cib: no resource \"nope\"", only(outcome));
    }

    @Test
    void setAttribute_unknownNode_isRejected() {
        var outcome = driver.apply(new SetAttribute(new NodeAttributes("pm09"), null, "standby", "on"));

        assertEquals("cib: no node \"pm09\" in the nodes section", only(outcome));
    }

    @Test
    void setAttribute_withoutValue_isRejected() {
        var outcome = driver.apply(new SetAttribute(new ClusterProperties(), null, "stonith-enabled", null));

        assertEquals("cib: cluster properties: no value for \"stonith-enabled\" (delete the attribute to unset it)",
                only(outcome));
    }

    @Test
    void deleteAttribute_present_removesThePair() {
        driver.apply(new DeleteAttribute(new ClusterProperties(), null, "stonith-enabled"));

        assertTrue(driver.cib().configuration().clusterProperties().getFirst().pairs().isEmpty());
        assertEquals(new CibVersion(0, 6, 0), driver.cib().version());
    }

    @Test
    void deleteAttribute_absent_changesNothingAndKeepsTheVersion() {
        Cib before = driver.cib();

        var outcome = driver.apply(new DeleteAttribute(new ResourceMeta("vip"), null, "target-role"));

        assertEquals(new UpdateOutcome.Applied(before.version()), outcome);
        assertSame(before, driver.cib());
        assertTrue(driver.written.isEmpty());
    }

    @Test
    void addResource_newId_isAppendedAtTopLevel() {
        var resource = Cibs.resource("<primitive id=\"pgsql\" class=\"ocf\" provider=\"heartbeat\" type=\"pgsql\"/>");

        driver.apply(new AddResource(resource));

        assertEquals(List.of("vip", "web", "ping-clone", "pgsql"),
                driver.cib().configuration().resources().stream().map(Resource::id).toList());
    }

    @Test
    void addResource_idOfAGroupMember_isRejected() {
        var resource = Cibs.resource("<primitive id=\"fs\" class=\"ocf\" provider=\"heartbeat\" type=\"Dummy\"/>");

        assertEquals("cib: id \"fs\" is already used", only(driver.apply(new AddResource(resource))));
    }

    @Test
    void replaceResource_groupMember_replacesItInPlace() {
        var resource = Cibs.resource("<primitive id=\"fs\" class=\"ocf\" provider=\"heartbeat\" type=\"Dummy\"/>");

        driver.apply(new ReplaceResource(resource));

        var web = (Group) driver.cib().configuration().resource("web").orElseThrow();
        assertEquals(resource, web.members().getFirst());
    }

    @Test
    void replaceResource_groupMemberByGroup_isRejected() {
        var resource = Cibs.resource("<group id=\"fs\"><primitive id=\"fs2\" class=\"ocf\" provider=\"heartbeat\""
                + " type=\"Dummy\"/></group>");

        assertEquals("cib: resource \"fs\" cannot become a group inside group \"web\"",
                only(driver.apply(new ReplaceResource(resource))));
    }

    @Test
    void replaceResource_unknown_isRejected() {
        var resource = Cibs.resource("<primitive id=\"db\" class=\"ocf\" provider=\"heartbeat\" type=\"Dummy\"/>");

        assertEquals("cib: no resource \"db\" to replace", only(driver.apply(new ReplaceResource(resource))));
    }

    @Test
    void deleteResource_namedByConstraint_isRejected() {
        assertEquals("cib: resource \"vip\" is named by constraint \"vip-prefers-pm01\": delete or change the"
                + " constraint first", only(driver.apply(new DeleteResource("vip"))));
    }

    @Test
    void deleteResource_groupMember_removesOnlyIt() {
        driver.apply(new DeleteResource("fs"));

        var web = (Group) driver.cib().configuration().resource("web").orElseThrow();
        assertEquals(List.of("httpd"), web.members().stream().map(Resource::id).toList());
    }

    @Test
    void deleteResource_cloneChild_isRejected() {
        assertEquals("cib: resource \"ping\" is the child of clone \"ping-clone\": delete the clone instead",
                only(driver.apply(new DeleteResource("ping"))));
    }

    @Test
    void deleteResource_lastGroupMember_isRejected() {
        driver.apply(new DeleteResource("fs"));

        assertEquals("cib: resource \"httpd\" is the last member of group \"web\": delete the group instead",
                only(driver.apply(new DeleteResource("httpd"))));
    }

    @Test
    void deleteResource_clone_removesItWithItsChild() {
        driver.apply(new DeleteResource("ping-clone"));

        assertTrue(driver.cib().configuration().resource("ping").isEmpty());
    }

    @Test
    void addConstraint_namingKnownResources_isAppended() {
        var colocation = Cibs.constraint("<rsc_colocation id=\"web-with-vip\" rsc=\"web\" with-rsc=\"vip\""
                + " score=\"INFINITY\"/>");

        assertEquals(new UpdateOutcome.Applied(new CibVersion(0, 6, 0)), driver.apply(new AddConstraint(colocation)));
        assertEquals(colocation, driver.cib().configuration().constraints().getLast());
    }

    @Test
    void addConstraint_namingUnknownResource_isRejected() {
        var order = Cibs.constraint("<rsc_order id=\"o\" first=\"vip\" then=\"db\" kind=\"Mandatory\"/>");

        assertEquals("cib: constraint \"o\": no resource \"db\"", only(driver.apply(new AddConstraint(order))));
    }

    @Test
    void replaceConstraint_existing_replacesIt() {
        var location = Cibs.constraint("<rsc_location id=\"vip-prefers-pm01\" rsc=\"vip\" node=\"pm01\" score=\"200\"/>");

        driver.apply(new ReplaceConstraint(location));

        assertEquals(List.of(location), driver.cib().configuration().constraints());
    }

    @Test
    void deleteConstraint_existing_removesIt_thenTheResourceCanGo() {
        driver.apply(new DeleteConstraint("vip-prefers-pm01"));
        var outcome = driver.apply(new DeleteResource("vip"));

        assertEquals(new UpdateOutcome.Applied(new CibVersion(0, 7, 0)), outcome);
    }

    @Test
    void deleteConstraint_unknown_isRejected() {
        assertEquals("cib: no constraint \"x\" to delete", only(driver.apply(new DeleteConstraint("x"))));
    }

    @Test
    void update_withNullFields_isRejectedNotThrown() {
        assertEquals("cib: the resource to add is missing", only(driver.apply(new AddResource(null))));
        assertEquals("cib: the attribute's owner or name is missing",
                only(driver.apply(new SetAttribute(null, null, null, null))));
        assertEquals("cib: empty update request", only(driver.apply(null)));
    }

    /** The single problem of a rejection, on one line. */
    static String only(UpdateOutcome outcome) {
        var rejected = assertInstanceOf(UpdateOutcome.Rejected.class, outcome);
        assertEquals(1, rejected.problems().size(), rejected.problems().toString());
        return rejected.problems().getFirst().oneLine();
    }
}
