package org.paceline.cib.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Configuration;
import org.paceline.cib.Document;
import org.paceline.cib.SourceMap;
import org.paceline.cib.constraints.Location;
import org.paceline.cib.resources.Bundle;
import org.paceline.cib.resources.Clone;
import org.paceline.cib.resources.Group;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.rules.ResourceExpression;

/** Reading the {@code xml} statement: what it holds goes into the model, its mistakes point into the file. */
class CrmXmlStatementTest {

    @Test
    void read_xmlPrimitive_isAResourceWithEveryIdKept() {
        Configuration configuration = CrmTexts.read("""
                xml <primitive id="d" class="ocf" provider="pacemaker" type="Dummy" x-extra="1"><instance_attributes id="odd-set"><nvpair id="odd-pair" name="a" value="1"/></instance_attributes></primitive>
                """);
        var primitive = (Primitive) configuration.resources().getFirst();
        assertEquals("odd-pair", primitive.sets().getFirst().pairs().getFirst().id());
        assertEquals("1", primitive.extras().attributes().getOrNull("x-extra"));
    }

    @Test
    void read_xmlStatementContinuedOverLines_readsTheWholeElement() {
        Configuration configuration = CrmTexts.read("""
                xml <rsc_location id="loc" rsc="d"> \\
                  <rule id="r" score="10" boolean-op="and"> \\

                    <expression id="e" attribute="#uname" operation="eq" value="pm01"/> \\
                  </rule> \\
                </rsc_location>
                primitive d ocf:pacemaker:Dummy
                """);
        var location = (Location) configuration.constraints().getFirst();
        assertEquals("and", location.rules().getFirst().booleanOp());
        assertEquals(1, configuration.resources().size());
    }

    @Test
    void read_xmlPrimitiveNamedByAGroup_becomesAMember() {
        Configuration configuration = CrmTexts.read("""
                group g a b
                xml <primitive id="a" class="ocf" provider="pacemaker" type="Dummy"/>
                primitive b ocf:pacemaker:Dummy
                clone c g
                """);
        var clone = (Clone) configuration.resources().getFirst();
        assertEquals(List.of("a", "b"), ((Group) clone.child()).members().stream().map(Primitive::id).toList());
    }

    @Test
    void read_xmlBundle_staysAtTheTopWithItsPrimitive() {
        Configuration configuration = CrmTexts.read("""
                xml <bundle id="b"><docker image="img" replicas="2"/><primitive id="in" class="ocf" provider="pacemaker" type="Dummy"/></bundle>
                """);
        assertEquals("in", ((Bundle) configuration.resources().getFirst()).primitive().id());
    }

    @Test
    void read_xmlDefaultsWithResourceExpression_isAResourceDefaultsSet() {
        Configuration configuration = CrmTexts.read("""
                xml <rsc_defaults><meta_attributes id="m"><rule id="m-r" score="INFINITY"><rsc_expression id="m-e" class="ocf" type="Dummy"/></rule><nvpair id="m-a" name="a" value="1"/></meta_attributes></rsc_defaults>
                rsc_defaults b=2
                """);
        assertEquals(List.of("m", "rsc-options"), configuration.resourceDefaults().stream().map(s -> s.id()).toList());
        assertTrue(configuration.resourceDefaults().getFirst().rules().getFirst().expressions().getFirst()
                instanceof ResourceExpression);
    }

    @Test
    void read_xmlStatement_idsInsideHaveTheirPlaceInTheFile() {
        Document document = CrmReader.read("x.crm", "node pm01\nxml  <group id=\"g\"> \\\n"
                + "  <primitive id=\"d\" class=\"ocf\" type=\"Dummy\"/></group>\n").orThrow();
        assertEquals(new SourceMap.Position(2, 6), document.sources().of("g").orElseThrow());
        assertEquals(new SourceMap.Position(3, 3), document.sources().of("d").orElseThrow());
    }

    @Test
    void read_badXmlOnTheFirstLine_isPlacedAtTheMistake() {
        assertEquals("test.crm:2:28: expected = after the attribute class in <primitive>, found \"/>\"",
                CrmTexts.problem("node pm01\nxml <primitive id=\"d\" class/>\n"));
    }

    @Test
    void read_missingAttributeOnAContinuationLine_isPlacedOnThatLine() {
        assertEquals("test.crm:3:3: <primitive id=\"d\"> is missing the required attribute \"class\"",
                CrmTexts.problem("node pm01\nxml <group id=\"g\"> \\\n  <primitive id=\"d\" type=\"Dummy\"/> \\\n"
                        + "</group>\n"));
    }

    @Test
    void read_unclosedElement_isAProblemAndTheNextStatementStillReads() {
        var problems = CrmTexts.problems("xml <group id=\"g\">\nprimitive d ocf:pacemaker:Dummy\nfoo\n");
        assertEquals(2, problems.size(), problems::toString);
        assertEquals("test.crm:1:5: <group> is not closed: the input ends before </group>",
                problems.getFirst().oneLine());
        assertEquals(3, problems.get(1).line());
    }

    @Test
    void read_xmlWithoutElement_saysWhatWasExpected() {
        assertEquals("test.crm:1:4: expected one element of the configuration, such as <primitive id=\"...\" ...>, "
                + "found nothing", CrmTexts.problem("xml\n"));
    }

    @Test
    void read_xmlDefiningAnIdTheTextDefines_isAProblemAtTheElement() {
        assertEquals("test.crm:2:5: id \"d\" is already defined", CrmTexts.problem("""
                primitive d ocf:pacemaker:Dummy
                xml <primitive id="d" class="ocf" provider="pacemaker" type="Dummy"/>
                """));
    }

    @Test
    void read_remoteNodeAndItsConnection_shareAnId() {
        Configuration configuration = CrmTexts.read("""
                node remote1:remote
                primitive remote1 ocf:pacemaker:remote
                xml <node id="remote2" uname="remote2" type="remote"/>
                xml <primitive id="remote2" class="ocf" provider="pacemaker" type="remote"/>
                """);
        assertEquals(List.of("remote1", "remote2"), configuration.nodes().stream().map(n -> n.id()).toList());
        assertEquals(List.of("remote1", "remote2"), configuration.resources().stream().map(r -> r.id()).toList());
        assertEquals("test.crm:2:6: node id \"n\" is already defined", CrmTexts.problem("node n\nnode n\n"));
    }

    @Test
    void readWriteRead_crmAndXmlStatementsMixed_givesEqualConfigurationInBothModes() {
        Configuration configuration = CrmTexts.read(CrmTexts.XML_STATEMENTS);
        String shown = CrmWriter.write(org.paceline.cib.Cib.of(configuration), CrmWriter.Mode.DISPLAY).orThrow();
        assertEquals(configuration, CrmTexts.read(shown), shown);
    }

    @Test
    void read_crmText_declaresTheSchemaPacemaker215Accepts() {
        assertEquals("pacemaker-3.9", CrmReader.read("x.crm", "node pm01\n").orThrow().cib().validateWith()
                .orElseThrow());
    }
}
