package org.paceline.cib.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paceline.cib.Cib;
import org.paceline.cib.Configuration;
import org.paceline.cib.Document;
import org.paceline.cib.FencingLevel;
import org.paceline.cib.Parsed;
import org.paceline.cib.constraints.Location;
import org.paceline.cib.constraints.Order;
import org.paceline.cib.resources.Clone;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.rules.AttributeExpression;
import org.paceline.cib.rules.Rule;

/** The two sample configurations: what they say, and that they survive a write and a re-read. */
class CrmSamplesTest {

    static Document read(String name) {
        Parsed<Document> parsed = CrmReader.read(name, CrmSamples.text(name));
        if (parsed instanceof Parsed.Invalid<Document> invalid) {
            throw new AssertionError("problems: " + invalid.problems());
        }
        return parsed.orThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {CrmSamples.PG_REX, CrmSamples.SHARED_DISK})
    void read_sample_hasNoProblems(String name) {
        assertTrue(CrmReader.read(name, CrmSamples.text(name)).isValid());
    }

    @ParameterizedTest
    @ValueSource(strings = {CrmSamples.PG_REX, CrmSamples.SHARED_DISK})
    void readWriteRead_sample_givesEqualCib(String name) {
        Cib first = read(name).cib();
        String text = CrmWriter.write(first).orThrow();
        Parsed<Document> again = CrmReader.read("written", text);
        assertTrue(again.isValid(), () -> again + "\n" + text);
        assertEquals(first, again.orThrow().cib(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {CrmSamples.PG_REX, CrmSamples.SHARED_DISK})
    void write_sample_isStable(String name) {
        String text = CrmWriter.write(read(name).cib()).orThrow();
        String again = CrmWriter.write(CrmReader.read("written", text).orThrow().cib()).orThrow();
        assertEquals(text, again);
    }

    @Test
    void read_pgRex_hasPromotableCloneWithLegacyMasterAndMeta() {
        Configuration configuration = read(CrmSamples.PG_REX).cib().configuration();
        Clone ms = (Clone) configuration.resource("msPostgresql").orElseThrow();
        assertTrue(ms.legacyMaster());
        assertTrue(ms.promotable());
        assertEquals("pgsql", ms.child().id());
        assertEquals(List.of("master-max", "master-node-max", "clone-max", "clone-node-max", "notify"),
                ms.sets().getFirst().pairs().stream().map(p -> p.name()).toList());
        assertEquals("msPostgresql-meta_attributes", ms.sets().getFirst().id());
        assertEquals("msPostgresql-meta_attributes-notify", ms.sets().getFirst().pairs().get(4).id());
        assertEquals("true", ms.meta("notify").orElseThrow());
    }

    @Test
    void read_pgRex_hasFencingLevelsPerNodeInOrder() {
        List<FencingLevel> levels = read(CrmSamples.PG_REX).cib().configuration().fencingTopology();
        assertEquals(List.of("pm01 1 prmStonith1-1 fencing", "pm01 2 prmStonith1-2 fencing-0",
                        "pm02 1 prmStonith2-1 fencing-1", "pm02 2 prmStonith2-2 fencing-2"),
                levels.stream().map(l -> l.target() + " " + l.index() + " " + l.devices() + " " + l.id()).toList());
    }

    @Test
    void read_pgRex_locationRuleJoinsNotDefinedAndLessThanWithOr() {
        Configuration configuration = read(CrmSamples.PG_REX).cib().configuration();
        Location location = (Location) configuration.constraints().stream()
                .filter(c -> c.id().equals("rsc_location-msPostgresql-1")).findFirst().orElseThrow();
        assertEquals("msPostgresql", location.resource());
        assertEquals(3, location.rules().size());
        Rule ping = location.rules().getFirst();
        assertEquals("-INFINITY", ping.score());
        assertEquals("or", ping.booleanOp());
        assertEquals("rsc_location-msPostgresql-1-rule", ping.id());
        assertEquals("rsc_location-msPostgresql-1-rule-0", location.rules().get(1).id());
        assertEquals(List.of(
                        new AttributeExpression("rsc_location-msPostgresql-1-rule-expression", "default_ping_set",
                                "not_defined", null, null, null, null),
                        new AttributeExpression("rsc_location-msPostgresql-1-rule-expression-0", "default_ping_set",
                                "lt", "100", null, null, null)),
                ping.expressions());
    }

    @Test
    void read_pgRex_ordersKeepActionsAndSymmetrical() {
        Configuration configuration = read(CrmSamples.PG_REX).cib().configuration();
        Order promote = (Order) configuration.constraints().stream()
                .filter(c -> c.id().equals("rsc_order-msPostgresql-master-group-4")).findFirst().orElseThrow();
        assertEquals(new Order("rsc_order-msPostgresql-master-group-4", "msPostgresql", "master-group", "promote",
                "start", null, "INFINITY", "false", List.of(), null), promote);
        Order first = (Order) configuration.constraints().stream()
                .filter(c -> c.id().equals("rsc_order-clnPing-msPostgresql-1")).findFirst().orElseThrow();
        assertEquals("0", first.score());
        assertEquals("false", first.symmetrical());
    }

    @Test
    void read_sharedDisk_stonithPrimitivesKeepTheirParams() {
        Configuration configuration = read(CrmSamples.SHARED_DISK).cib().configuration();
        Primitive meatware = (Primitive) configuration.resource("prmSt1-3").orElseThrow();
        assertEquals("stonith:meatware", meatware.agent());
        assertTrue(meatware.isFencingDevice());
        var params = meatware.sets().getFirst();
        assertEquals("prmSt1-3-instance_attributes", params.id());
        assertEquals("600", params.value("stonith-timeout").orElseThrow());
        assertEquals("pm1", params.value("hostlist").orElseThrow());
        Primitive helper = (Primitive) configuration.resource("prmSt2-1").orElseThrow();
        assertEquals("/usr/sbin/crm_resource -r prmEx -W | grep -q `hostname`",
                helper.sets().getFirst().value("standby_check_command").orElseThrow());
        assertEquals(List.of("prmSt1-1-start-0s", "prmSt1-1-monitor-3600s", "prmSt1-1-stop-0s"),
                ((Primitive) configuration.resource("prmSt1-1").orElseThrow()).operations().stream()
                        .map(o -> o.id()).toList());
    }

    @Test
    void read_sharedDisk_groupsHoldPrimitivesDefinedLaterInOrder() {
        Configuration configuration = read(CrmSamples.SHARED_DISK).cib().configuration();
        assertEquals(List.of("grpPg", "grpStonith1", "grpStonith2", "clnDiskd1", "clnDiskd2", "clnPingd"),
                configuration.resources().stream().map(r -> r.id()).toList());
        assertEquals(List.of("prmEx", "prmFs", "prmPg", "prmIp"),
                configuration.resources().getFirst().children().stream().map(r -> r.id()).toList());
        assertEquals("cib-bootstrap-options-crmd-transition-delay",
                configuration.clusterProperties().getFirst().pairs().get(4).id());
        assertEquals("rsc-options", configuration.resourceDefaults().getFirst().id());
    }

    @Test
    void read_sample_sourceMapPlacesStatements() {
        Document document = read(CrmSamples.PG_REX);
        var at = document.sources().of("msPostgresql").orElseThrow();
        assertEquals(31, at.line());
        assertEquals(1, at.column());
    }
}
