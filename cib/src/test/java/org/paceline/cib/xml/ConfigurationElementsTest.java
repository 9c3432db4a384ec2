package org.paceline.cib.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Attrs;
import org.paceline.cib.Configuration;
import org.paceline.cib.Document;
import org.paceline.cib.Extras;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;
import org.paceline.cib.SourceMap;
import org.paceline.cib.XmlElement;
import org.paceline.cib.resources.Primitive;

/** One configuration element on its own, as crm's xml statement holds it: read with positions, and written. */
class ConfigurationElementsTest {
    private static final String CIB = """
            <cib epoch="1" num_updates="0" admin_epoch="0" validate-with="pacemaker-3.9">
              <configuration>
                <crm_config>
                  <cluster_property_set id="opts"><nvpair id="opts-a" name="a" value="1"/></cluster_property_set>
                </crm_config>
                <nodes><node id="1" uname="pm01" score="5"/></nodes>
                <resources>
                  <primitive id="vip" class="ocf" provider="heartbeat" type="IPaddr2" x-extra="kept">
                    <instance_attributes id="vip-ia"><nvpair id="vip-ip" name="ip" value="10.0.0.1"/></instance_attributes>
                    <operations><op id="vip-mon" name="monitor" interval="10s"/></operations>
                  </primitive>
                  <group id="g"><primitive id="d" class="ocf" provider="pacemaker" type="Dummy"/></group>
                </resources>
                <constraints>
                  <rsc_location id="loc" rsc="vip"><rule id="loc-r" score="10" boolean-op="and">
                    <expression id="loc-e" attribute="#uname" operation="eq" value="pm01"/></rule></rsc_location>
                </constraints>
                <fencing-topology><fencing-level id="fl" target="pm01" index="2" devices="f1"/></fencing-topology>
                <rsc_defaults><meta_attributes id="rd"><nvpair id="rd-s" name="resource-stickiness" value="1"/></meta_attributes></rsc_defaults>
                <op_defaults foo="bar"><meta_attributes id="od"><nvpair id="od-t" name="timeout" value="9"/></meta_attributes></op_defaults>
                <acls><acl_role id="reader"><acl_permission id="p" kind="read" xpath="/cib"/></acl_role></acls>
                <unknown-child note="line&#10;break"/>
              </configuration>
              <status/>
            </cib>
            """;

    private static Configuration configuration(Parsed<Document> parsed) {
        if (parsed instanceof Parsed.Invalid<Document> invalid) {
            throw new AssertionError(invalid.problems().toString());
        }
        return parsed.orThrow().cib().configuration();
    }

    private static Problem onlyProblem(Parsed<Document> parsed) {
        assertFalse(parsed.isValid());
        List<Problem> problems = ((Parsed.Invalid<Document>) parsed).problems();
        assertEquals(1, problems.size(), problems::toString);
        return problems.getFirst();
    }

    @Test
    void readConfigurationElement_primitive_givesConfigurationHoldingJustIt() {
        Configuration read = configuration(CibXmlReader.readConfigurationElement("x.crm",
                "<primitive id=\"d\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\"/>", 1, 5));
        assertEquals(List.of("d"), read.resources().stream().map(r -> r.id()).toList());
        assertEquals("ocf:pacemaker:Dummy", ((Primitive) read.resources().getFirst()).agent());
        assertTrue(read.constraints().isEmpty() && read.nodes().isEmpty() && read.extras().isEmpty());
    }

    @Test
    void readConfigurationElement_setsInsideRscDefaults_areResourceDefaults() {
        Configuration read = configuration(CibXmlReader.readConfigurationElement("x.crm",
                "<rsc_defaults><meta_attributes id=\"m\"><nvpair id=\"m-a\" name=\"a\" value=\"1\"/>"
                        + "</meta_attributes></rsc_defaults>", 1, 1));
        assertEquals("1", read.resourceDefaults().getFirst().value("a").orElseThrow());
        assertTrue(read.operationDefaults().isEmpty());
    }

    @Test
    void readConfigurationElement_unknownElement_isKeptInTheConfigurationsExtras() {
        Configuration read = configuration(CibXmlReader.readConfigurationElement("x.crm", "<future a=\"1\"/>", 1, 1));
        assertEquals(List.of(XmlElement.of("future", Attrs.of("a", "1"), List.of())), read.extras().children());
    }

    @Test
    void readConfigurationElement_idsInside_havePositionsInTheFile() {
        Parsed<Document> parsed = CibXmlReader.readConfigurationElement("x.crm",
                " <group id=\"g\">\n    <primitive id=\"d\" class=\"ocf\" type=\"Dummy\"/></group>", 7, 4);
        SourceMap sources = parsed.orThrow().sources();
        assertEquals(new SourceMap.Position(7, 5), sources.of("g").orElseThrow());
        assertEquals(new SourceMap.Position(8, 5), sources.of("d").orElseThrow());
    }

    @Test
    void readConfigurationElement_mistakeOnTheFirstLine_isPlacedAfterWhereTheTextBegins() {
        Problem problem = onlyProblem(CibXmlReader.readConfigurationElement("x.crm",
                " <primitive id=\"d\" class=ocf/>", 3, 4));
        assertEquals("x.crm:3:29: expected a quoted value after class= in <primitive>, found \"ocf/>\"",
                problem.oneLine());
    }

    @Test
    void readConfigurationElement_missingAttributeOnALaterLine_isPlacedOnThatLine() {
        Problem problem = onlyProblem(CibXmlReader.readConfigurationElement("x.crm",
                " <group id=\"g\">\n  <primitive id=\"d\" type=\"Dummy\"/>\n</group>", 3, 4));
        assertEquals("x.crm:4:3: <primitive id=\"d\"> is missing the required attribute \"class\"",
                problem.oneLine());
    }

    @Test
    void readConfigurationElement_notAnElement_saysWhatWasExpectedWhereItBegins() {
        assertEquals("x.crm:2:6: expected one element of the configuration, such as <primitive id=\"...\" ...>, "
                + "found \"primitive\"", onlyProblem(CibXmlReader.readConfigurationElement("x.crm",
                " primitive d", 2, 5)).oneLine());
        assertEquals("x.crm:2:5: expected one element of the configuration, such as <primitive id=\"...\" ...>, "
                + "found nothing", onlyProblem(CibXmlReader.readConfigurationElement("x.crm", "  ", 2, 5)).oneLine());
    }

    @Test
    void readConfigurationElement_wholeCibOrStatus_isRefused() {
        assertTrue(onlyProblem(CibXmlReader.readConfigurationElement("x.crm", "<status/>", 1, 1)).message()
                .startsWith("<status> is not part of the configuration"));
        assertFalse(CibXmlReader.readConfigurationElement("x.crm", "<cib/>", 1, 1).isValid());
    }

    @Test
    void writeConfigurationElements_everyKindOfContent_readsBackPieceByPieceToTheSameParts() {
        Configuration whole = CibXmlReader.read("cib.xml", CIB).orThrow().cib().configuration();
        List<String> lines = CibXmlWriter.writeConfigurationElements(whole);
        lines.forEach(line -> assertFalse(line.contains("\n"), line));
        List<Configuration> parts = lines.stream()
                .map(line -> configuration(CibXmlReader.readConfigurationElement("-", line, 1, 1))).toList();
        assertEquals(whole.clusterProperties(), parts.stream().flatMap(p -> p.clusterProperties().stream()).toList());
        assertEquals(whole.nodes(), parts.stream().flatMap(p -> p.nodes().stream()).toList());
        assertEquals(whole.resources(), parts.stream().flatMap(p -> p.resources().stream()).toList());
        assertEquals(whole.constraints(), parts.stream().flatMap(p -> p.constraints().stream()).toList());
        assertEquals(whole.fencingTopology(), parts.stream().flatMap(p -> p.fencingTopology().stream()).toList());
        assertEquals(whole.resourceDefaults(), parts.stream().flatMap(p -> p.resourceDefaults().stream()).toList());
        assertEquals(whole.operationDefaults(), parts.stream().flatMap(p -> p.operationDefaults().stream()).toList());
        assertEquals(whole.acls(), parts.stream().map(Configuration::acls).filter(a -> !a.isEmpty()).findFirst()
                .orElseThrow());
        assertEquals(whole.extras().children(), parts.stream().flatMap(p -> p.extras().children().stream()).toList());
    }

    @Test
    void writeConfigurationElements_operationDefaults_areWrappedInTheirSectionAndExtrasFollow() {
        Configuration whole = CibXmlReader.read("cib.xml", CIB).orThrow().cib().configuration();
        List<String> lines = CibXmlWriter.writeConfigurationElements(whole);
        assertTrue(lines.contains("<op_defaults><meta_attributes id=\"od\"><nvpair id=\"od-t\" name=\"timeout\" "
                + "value=\"9\"/></meta_attributes></op_defaults>"), lines::toString);
        assertTrue(lines.contains("<op_defaults foo=\"bar\"/>"), lines::toString);
        assertEquals("<unknown-child note=\"line&#10;break\"/>", lines.getLast());
    }

    @Test
    void writeConfigurationElements_configurationAttributes_areAConfigurationElement() {
        var extras = new Extras(Attrs.of("note", "x"), List.of());
        var configuration = new Configuration(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), null, List.of(), extras);
        List<String> lines = CibXmlWriter.writeConfigurationElements(configuration);
        assertEquals(List.of("<configuration note=\"x\"/>"), lines);
        assertEquals(extras, configuration(CibXmlReader.readConfigurationElement("-", lines.getFirst(), 1, 1))
                .extras());
    }

    @Test
    void writeConfigurationElements_textWithLineBreaks_staysOnOneLineAndReadsBack() {
        var element = new XmlElement("note", Attrs.EMPTY, List.of(), "first\nsecond");
        var configuration = new Configuration(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), null, List.of(), new Extras(Attrs.EMPTY, List.of(element)));
        String line = CibXmlWriter.writeConfigurationElements(configuration).getFirst();
        assertEquals("<note>first&#10;second</note>", line);
        assertEquals(List.of(element), configuration(CibXmlReader.readConfigurationElement("-", line, 1, 1))
                .extras().children());
    }

    @Test
    void writeConfigurationElements_unknownChildNamedLikeANode_isWrittenInsideAConfiguration() {
        Configuration whole = CibXmlReader.read("cib.xml", "<cib><configuration><node uname=\"odd\"/><status/>"
                + "</configuration></cib>").orThrow().cib().configuration();
        List<String> lines = CibXmlWriter.writeConfigurationElements(whole);
        assertEquals(List.of("<configuration><node uname=\"odd\"/></configuration>",
                "<configuration><status/></configuration>"), lines);
        assertEquals(whole.extras().children(), lines.stream().flatMap(line -> configuration(
                CibXmlReader.readConfigurationElement("-", line, 1, 1)).extras().children().stream()).toList());
    }
}
