package org.paceline.cib.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Attrs;
import org.paceline.cib.Cib;
import org.paceline.cib.CibVersion;
import org.paceline.cib.Configuration;
import org.paceline.cib.Extras;
import org.paceline.cib.NvPair;
import org.paceline.cib.NvSet;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;
import org.paceline.cib.SetKind;
import org.paceline.cib.XmlElement;
import org.paceline.cib.access.AclRole;
import org.paceline.cib.access.Acls;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.status.Status;

/** Printing the model as crm text: layout, ids, quoting, and what cannot be printed. */
class CrmWriterTest {

    private static Primitive dummy(String id, List<NvSet> sets, Extras extras) {
        return new Primitive(id, "ocf", "pacemaker", "Dummy", null, null, sets, null, List.of(), extras);
    }

    private static Parsed<String> write(Primitive primitive) {
        return CrmWriter.write(Cib.of(Configuration.EMPTY.withResources(List.of(primitive))));
    }

    @Test
    void readWriteRead_everyStatementKind_givesEqualConfiguration() {
        CrmTexts.roundTrip(CrmTexts.EVERY_STATEMENT);
    }

    @Test
    void write_primitive_printsMultiLineWithFourSpaceIndents() {
        String text = CrmWriter.write(Cib.of(CrmTexts.read(
                "primitive p ocf:pacemaker:Dummy params a=1 b=\"two words\" op monitor interval=10s\n"))).orThrow();
        assertEquals("""
                primitive p ocf:pacemaker:Dummy \\
                    params \\
                        a="1" \\
                        b="two words" \\
                    op monitor interval="10s"
                """, text);
    }

    @Test
    void write_idsOtherThanConventional_areWrittenWithDollarId() {
        var set = NvSet.of(SetKind.INSTANCE, "custom", List.of(NvPair.of("custom-a", "a", "1")));
        String text = write(dummy("p", List.of(set), null)).orThrow();
        assertTrue(text.contains("params $id=custom \\"), text);
        assertEquals(List.of(set), ((Primitive) CrmTexts.read(text).resources().getFirst()).sets());
    }

    @Test
    void write_pairIdOtherThanConventional_isInvalidNamingThePair() {
        var set = NvSet.of(SetKind.INSTANCE, "p-instance_attributes", List.of(NvPair.of("odd", "a", "1")));
        Parsed<String> written = write(dummy("p", List.of(set), null));
        assertFalse(written.isValid());
        Problem problem = ((Parsed.Invalid<String>) written).problems().getFirst();
        assertTrue(problem.message().startsWith("primitive \"p\" set \"p-instance_attributes\" pair \"a\": its id \"odd\""),
                problem.message());
    }

    @Test
    void write_extras_isInvalidWithOneProblemPerObject() {
        var element = XmlElement.of("unknown-child", Attrs.EMPTY, List.of());
        var configuration = Configuration.EMPTY.withResources(List.of(
                dummy("a", List.of(), new Extras(Attrs.of("foo", "bar"), List.of())),
                dummy("b", List.of(), new Extras(Attrs.EMPTY, List.of(element)))));
        var problems = ((Parsed.Invalid<String>) CrmWriter.write(Cib.of(configuration))).problems();
        assertEquals(List.of(
                "-: primitive \"a\": has attributes or elements crm syntax cannot express (foo)",
                "-: primitive \"b\": has attributes or elements crm syntax cannot express (<unknown-child>)"),
                problems.stream().map(Problem::oneLine).toList());
    }

    @Test
    void write_acls_isInvalid() {
        var acls = new Acls(List.of(), List.of(new AclRole("admin", null, List.of(), null)), null);
        var configuration = new Configuration(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), acls, List.of(), null);
        assertFalse(CrmWriter.write(Cib.of(configuration)).isValid());
    }

    @Test
    void write_ignoresCibAttributesVersionAndStatus() {
        Configuration configuration = CrmTexts.read("property a=1\n");
        var cib = new Cib(new CibVersion(1, 2, 3), configuration, Status.EMPTY,
                new Extras(Attrs.of("validate-with", "pacemaker-3.9"), List.of()));
        assertEquals("property a=\"1\"\n", CrmWriter.write(cib).orThrow());
    }

    @Test
    void write_wordsThatWouldReadAsSomethingElse_areQuoted() {
        String text = CrmWriter.write(Cib.of(CrmTexts.roundTrip("""
                location l1 r rule inf: "date" eq "and" and x eq "a b" and y eq "c:d"
                """))).orThrow();
        assertEquals("location l1 r \\\n    rule inf: \"date\" eq \"and\" and x eq \"a b\" and y eq \"c:d\"\n", text);
    }

    @Test
    void write_statementsOfOneLine_stayTogetherAndKindsAreSeparated() {
        String text = CrmWriter.write(Cib.of(CrmTexts.read("""
                property b=2
                node n2
                node n1
                tag t: a
                """))).orThrow();
        assertEquals("node n2\nnode n1\n\ntag t: a\n\nproperty b=\"2\"\n", text);
    }

    @Test
    void write_adjacentSequentialSetsWithoutOptions_areInvalidRatherThanMerged() {
        var configuration = CrmTexts.read("order o inf: ( a b sequential=true ) ( c d sequential=true )\n");
        var order = (org.paceline.cib.constraints.Order) configuration.constraints().getFirst();
        var plain = order.sets().stream().map(s -> new org.paceline.cib.constraints.ResourceSet(s.id(), null,
                Attrs.EMPTY, s.resources(), null)).toList();
        var changed = new org.paceline.cib.constraints.Order("o", null, null, null, null, null, "inf", null, plain,
                null);
        assertFalse(CrmWriter.write(Cib.of(configuration.withConstraints(List.of(changed)))).isValid());
        CrmTexts.roundTrip("order o inf: ( a b sequential=true ) ( c d sequential=true )\n");
    }
}
