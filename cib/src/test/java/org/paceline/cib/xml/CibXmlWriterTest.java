package org.paceline.cib.xml;

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
import org.paceline.cib.SetKind;
import org.paceline.cib.XmlElement;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.status.Status;

/** How a CIB prints: cibadmin's layout, Pacemaker's order, exact escaping, same bytes every time. */
class CibXmlWriterTest {

    private static Primitive dummy(String id, String description) {
        return new Primitive(id, "ocf", "heartbeat", "Dummy", null, description, List.of(), Attrs.EMPTY, List.of(),
                null);
    }

    @Test
    void write_emptyConfiguration_writesOnlyTheRequiredSections() {
        String written = CibXmlWriter.write(Cib.of(Configuration.EMPTY));
        assertEquals("""
                <cib epoch="0" num_updates="0" admin_epoch="0">
                  <configuration>
                    <crm_config/>
                    <nodes/>
                    <resources/>
                    <constraints/>
                  </configuration>
                  <status/>
                </cib>
                """, written);
    }

    @Test
    void write_anyDocument_hasNoXmlDeclaration() {
        assertFalse(CibXmlWriter.write(Cib.of(Configuration.EMPTY)).startsWith("<?xml"));
    }

    @Test
    void write_sectionsReadInAnyOrder_comeOutInPacemakersOrder() {
        String input = """
                <cib epoch="2" num_updates="1" admin_epoch="0" validate-with="pacemaker-3.9">
                  <status/>
                  <configuration>
                    <tags><tag id="t"><obj_ref id="p"/></tag></tags>
                    <rsc_defaults><meta_attributes id="rd"><nvpair id="rd-s" name="resource-stickiness" value="1"/></meta_attributes></rsc_defaults>
                    <constraints/>
                    <op_defaults><meta_attributes id="od"><nvpair id="od-t" name="timeout" value="1"/></meta_attributes></op_defaults>
                    <resources/>
                    <fencing-topology><fencing-level id="l" target="n" index="1" devices="d"/></fencing-topology>
                    <nodes/>
                    <crm_config/>
                  </configuration>
                </cib>
                """;
        String written = CibXmlWriter.write(CibXmlReader.read("order.xml", input).orThrow().cib());
        List<String> sections = written.lines().filter(line -> line.startsWith("    <") && !line.startsWith("    </"))
                .map(line -> line.strip().replaceAll("[ />].*", "")).toList();
        assertEquals(List.of("<crm_config", "<nodes", "<resources", "<constraints", "<fencing-topology",
                "<op_defaults", "<rsc_defaults", "<tags"), sections);
        assertTrue(written.startsWith("<cib epoch=\"2\" num_updates=\"1\" admin_epoch=\"0\" validate-with=\"pacemaker-3.9\">\n"
                + "  <configuration>\n"), written);
        assertTrue(written.endsWith("  <status/>\n</cib>\n"), written);
    }

    @Test
    void write_valuesWithMarkupQuotesAndLineBreaks_areEscapedAndReadBackEqual() {
        String tricky = "say \"hi\" & <bye>\n\ttab 'single'";
        var set = NvSet.of(SetKind.META, "p-meta", List.of(NvPair.of("p-meta-d", "description", tricky)));
        var primitive = new Primitive("p", "ocf", "heartbeat", "Dummy", null, tricky, List.of(set), Attrs.EMPTY,
                List.of(), null);
        Cib cib = Cib.of(Configuration.EMPTY.withResources(List.of(primitive)));

        String written = CibXmlWriter.write(cib);
        assertTrue(written.contains("description=\"say &quot;hi&quot; &amp; &lt;bye&gt;&#10;&#9;tab 'single'\""),
                written);
        assertEquals(cib, CibXmlReader.read("escaped.xml", written).orThrow().cib());
    }

    @Test
    void write_absentAndEmptyAttributes_stayDistinct() {
        Cib cib = Cib.of(Configuration.EMPTY.withResources(List.of(dummy("absent", null), dummy("empty", ""))));
        String written = CibXmlWriter.write(cib);
        assertTrue(written.contains("<primitive id=\"absent\" class=\"ocf\" provider=\"heartbeat\" type=\"Dummy\"/>"));
        assertTrue(written.contains("<primitive id=\"empty\" class=\"ocf\" provider=\"heartbeat\" type=\"Dummy\" description=\"\"/>"));
        assertEquals(cib, CibXmlReader.read("written.xml", written).orThrow().cib());
    }

    @Test
    void write_knownAttributesFirst_thenExtrasInReadOrder() {
        String input = "<cib><configuration><crm_config/><nodes/><resources>"
                + "<primitive zeta=\"1\" type=\"Dummy\" alpha=\"2\" id=\"p\" class=\"ocf\"/>"
                + "</resources><constraints/></configuration><status/></cib>";
        String written = CibXmlWriter.write(CibXmlReader.read("order.xml", input).orThrow().cib());
        assertTrue(written.contains("<primitive id=\"p\" class=\"ocf\" type=\"Dummy\" zeta=\"1\" alpha=\"2\"/>"), written);
    }

    @Test
    void write_sameCibTwice_givesTheSameBytes() {
        Cib cib = CibXmlReader.read("sample.xml", CibXmlReaderTest.SAMPLE).orThrow().cib();
        assertEquals(CibXmlWriter.write(cib), CibXmlWriter.write(cib));
    }

    @Test
    void writeConfigurationOnly_cibWithStatus_writesAnEmptyStatus() {
        Cib cib = CibXmlReader.read("sample.xml", CibXmlReaderTest.SAMPLE).orThrow().cib()
                .withVersion(new CibVersion(0, 8, 0));
        String written = CibXmlWriter.writeConfigurationOnly(cib);
        assertTrue(written.endsWith("  </configuration>\n  <status/>\n</cib>\n"), written);
        Cib back = CibXmlReader.read("config.xml", written).orThrow().cib();
        assertEquals(cib.configuration(), back.configuration());
        assertEquals(Status.EMPTY, back.status());
    }

    @Test
    void write_unknownElementWithText_keepsTheTextExactly() {
        var extras = new Extras(Attrs.EMPTY, List.of(new XmlElement("note", Attrs.EMPTY,
                List.of(), "  keep  my spaces ")));
        Cib cib = new Cib(CibVersion.ZERO, Configuration.EMPTY, Status.EMPTY, extras);
        String written = CibXmlWriter.write(cib);
        assertTrue(written.contains("  <note>  keep  my spaces </note>\n"), written);
        assertEquals(cib, CibXmlReader.read("text.xml", written).orThrow().cib());
    }
}
