package org.paceline.cib.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Attrs;
import org.paceline.cib.Cib;
import org.paceline.cib.XmlElement;
import org.paceline.cib.resources.Primitive;

/** What the model has no field for survives a read-write-read, at every depth. */
class ExtrasRoundTripTest {
    private static final String WITH_UNKNOWNS = """
            <cib epoch="1" num_updates="0" admin_epoch="0" x-root="r">
              <x-under-cib note="a &amp; b"><deeper>text &lt;kept&gt;</deeper></x-under-cib>
              <configuration x-config="c">
                <crm_config/>
                <nodes/>
                <x-section-sibling/>
                <resources x-resources="1">
                  <x-between-resources/>
                  <primitive id="p" class="ocf" provider="heartbeat" type="Dummy" x-primitive="p">
                    <x-in-primitive a="1"><x-child/></x-in-primitive>
                    <operations>
                      <op id="p-mon" name="monitor" interval="10s" x-op="o">
                        <x-in-op>payload</x-in-op>
                      </op>
                      <x-in-operations/>
                    </operations>
                  </primitive>
                </resources>
                <constraints/>
                <op_defaults/>
                <acls/>
              </configuration>
              <status x-status="s">
                <x-in-status/>
                <node_state id="1" uname="n1" x-node-state="n">
                  <lrm id="1">
                    <lrm_resources x-lrm-resources="l">
                      <lrm_resource id="p" class="ocf" type="Dummy">
                        <lrm_rsc_op id="p_last_0" operation="start" x-op-record="r"><x-in-record/></lrm_rsc_op>
                      </lrm_resource>
                    </lrm_resources>
                  </lrm>
                </node_state>
              </status>
            </cib>
            """;

    @Test
    void readWriteRead_unknownsAtEveryDepth_survive() throws Exception {
        Cib first = CibXmlReader.read("unknown.xml", WITH_UNKNOWNS).orThrow().cib();
        String written = CibXmlWriter.write(first);
        Cib second = CibXmlReader.read("written.xml", written).orThrow().cib();

        assertEquals(first, second);
        assertEquals(XmlTrees.canonical(WITH_UNKNOWNS, WITH_UNKNOWNS), XmlTrees.canonical(written, WITH_UNKNOWNS));
    }

    @Test
    void read_unknownsAtEveryDepth_landInTheNearestRecordsExtras() {
        Cib cib = CibXmlReader.read("unknown.xml", WITH_UNKNOWNS).orThrow().cib();
        assertEquals("r", cib.extras().attributes().getOrNull("x-root"));
        XmlElement underCib = cib.extras().children().getFirst();
        assertEquals("a & b", underCib.attribute("note").orElseThrow());
        assertEquals("text <kept>", underCib.child("deeper").orElseThrow().text());
        assertEquals("c", cib.configuration().extras().attributes().getOrNull("x-config"));

        var primitive = (Primitive) cib.configuration().resource("p").orElseThrow();
        assertEquals("p", primitive.extras().attributes().getOrNull("x-primitive"));
        assertTrue(primitive.extras().children().stream().anyMatch(c -> c.name().equals("x-in-primitive")));
        var op = primitive.operations().getFirst();
        assertEquals("o", op.attribute("x-op").orElseThrow());
        assertEquals("payload", op.extras().children().getFirst().text());

        var record = cib.status().nodes().getFirst().resourceHistories().getFirst().operations().getFirst();
        assertEquals("r", record.extras().attributes().getOrNull("x-op-record"));
        assertEquals(List.of(XmlElement.of("x-in-record", Attrs.EMPTY, List.of())), record.extras().children());
        assertEquals("x-in-status", Remainders.unknown(cib.status().extras(), Set.of()).getFirst().name());
    }

    @Test
    void write_emptyOptionalSectionsThatWereRead_areWrittenBack() {
        String written = CibXmlWriter.write(CibXmlReader.read("unknown.xml", WITH_UNKNOWNS).orThrow().cib());
        assertTrue(written.contains("    <op_defaults/>\n"), written);
        assertTrue(written.contains("    <acls/>\n"), written);
        assertTrue(written.contains("x-resources=\"1\""), written);
    }
}
