package org.paceline.cib.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Cib;
import org.paceline.cib.Configuration;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;
import org.paceline.cib.xml.CibXmlReader;

/**
 * Printing in {@link CrmWriter.Mode#DISPLAY}: ids without a place left out, everything
 * else crm syntax cannot say printed as {@code xml} statements; and that
 * {@link CrmWriter.Mode#STRICT} still refuses what it refused.
 */
class CrmDisplayWriterTest {

    /** A configuration as Pacemaker's XML holds it, with its own ids and the things crm syntax has no words for. */
    private static Configuration fromXml(String configurationBody) {
        String nodes = configurationBody.contains("<nodes>") ? "" : "<nodes/>";
        String xml = "<cib><configuration><crm_config/>" + nodes + configurationBody + "</configuration></cib>";
        return CibXmlReader.read("cib.xml", xml).orThrow().cib().configuration();
    }

    private static String display(Configuration configuration) {
        Parsed<String> written = CrmWriter.write(Cib.of(configuration), CrmWriter.Mode.DISPLAY);
        assertTrue(written.isValid(), written::toString);
        return written.orThrow();
    }

    private static List<String> strictProblems(Configuration configuration) {
        Parsed<String> written = CrmWriter.write(Cib.of(configuration));
        assertFalse(written.isValid(), () -> "STRICT printed:\n" + written.orThrow());
        return ((Parsed.Invalid<String>) written).problems().stream().map(Problem::message).toList();
    }

    /** The text reads back to what was shown, but for the ids crm syntax has no place for, and prints the same again. */
    private static void readsBackAsShown(Configuration shown, String text) {
        Configuration read = CrmTexts.read(text);
        assertEquals(CarriedConfiguration.of(shown), CarriedConfiguration.of(read), text);
        assertEquals(text, display(read), "showing what was read back prints other text");
    }

    @Test
    void writeDisplay_pairAndExpressionIdsOfTheirOwn_areLeftOutSilently() {
        Configuration configuration = fromXml("""
                <resources><primitive id="d" class="ocf" provider="pacemaker" type="Dummy">
                  <instance_attributes id="d-instance_attributes"><nvpair id="nvpair.id42" name="a" value="1"/></instance_attributes>
                </primitive></resources>
                <constraints><rsc_location id="loc" rsc="d"><rule id="loc-rule" score="10">
                  <expression id="expr.7" attribute="#uname" operation="eq" value="pm01"/></rule></rsc_location></constraints>
                """);
        String text = display(configuration);
        assertEquals("""
                primitive d ocf:pacemaker:Dummy \\
                    params \\
                        a="1"

                location loc d \\
                    rule 10: #uname eq pm01
                """, text);
        readsBackAsShown(configuration, text);
    }

    @Test
    void writeDisplay_extrasAclsAndBundles_areXmlStatementsThatReadBack() {
        Configuration configuration = fromXml("""
                <resources>
                  <primitive id="d" class="ocf" provider="pacemaker" type="Dummy" x-vendor="acme"/>
                  <primitive id="e" class="ocf" provider="pacemaker" type="Dummy"/>
                  <bundle id="b"><podman image="img"/></bundle>
                </resources>
                <constraints/>
                <acls><acl_role id="reader"><acl_permission id="p" kind="read" xpath="/cib"/></acl_role></acls>
                <future-section/>
                """);
        String text = display(configuration);
        assertEquals("""
                xml <primitive id="d" class="ocf" provider="pacemaker" type="Dummy" x-vendor="acme"/>

                primitive e ocf:pacemaker:Dummy

                xml <bundle id="b"><podman image="img"/></bundle>
                xml <acls><acl_role id="reader"><acl_permission id="p" kind="read" xpath="/cib"/></acl_role></acls>
                xml <future-section/>
                """, text);
        readsBackAsShown(configuration, text);
    }

    @Test
    void writeDisplay_groupCrmCannotSay_isOneXmlStatementHoldingItsMembers() {
        Configuration configuration = fromXml("""
                <resources><clone id="c"><group id="g" x-odd="1">
                  <primitive id="a" class="ocf" provider="pacemaker" type="Dummy"/>
                </group></clone>
                <primitive id="z" class="ocf" provider="pacemaker" type="Dummy"/></resources>
                """);
        String text = display(configuration);
        assertEquals("""
                primitive z ocf:pacemaker:Dummy

                xml <group id="g" x-odd="1"><primitive id="a" class="ocf" provider="pacemaker" type="Dummy"/></group>

                clone c \\
                    g
                """, text);
        readsBackAsShown(configuration, text);
    }

    @Test
    void writeDisplay_rulesCrmCannotSay_printTheirConstraintOrSetAsXml() {
        Configuration configuration = fromXml("""
                <resources/><constraints>
                  <rsc_location id="one-term" rsc="d"><rule id="r1" score="10" boolean-op="and">
                    <expression id="e1" attribute="#uname" operation="eq" value="pm01"/></rule></rsc_location>
                  <rsc_location id="param" rsc="d"><rule id="r2" score="10">
                    <expression id="e2" attribute="x" operation="eq" value="y" value-source="param"/></rule></rsc_location>
                </constraints>
                <op_defaults><meta_attributes id="od"><rule id="od-r" score="INFINITY">
                  <op_expression id="od-e" name="monitor"/></rule><nvpair id="od-t" name="timeout" value="9"/></meta_attributes></op_defaults>
                """);
        String text = display(configuration);
        assertEquals(3, text.lines().filter(line -> line.startsWith("xml <")).count(), text);
        assertTrue(text.contains("xml <op_defaults><meta_attributes id=\"od\">"), text);
        readsBackAsShown(configuration, text);
    }

    @Test
    void writeDisplay_fencingLevelWithAnOddIndex_splitsTheTopologyKeepingLevelOrder() {
        Configuration configuration = fromXml("""
                <resources/><constraints/><fencing-topology>
                  <fencing-level id="l1" target="pm01" index="1" devices="f1"/>
                  <fencing-level id="l2" target="pm01" index="5" devices="f2"/>
                  <fencing-level id="l3" target="pm01" index="6" devices="f3"/>
                  <fencing-level id="l4" target="pm02" index="1" devices="f4"/>
                </fencing-topology>
                """);
        String text = display(configuration);
        assertEquals("""
                fencing_topology \\
                    pm01: f1

                xml <fencing-level id="l2" target="pm01" index="5" devices="f2"/>
                xml <fencing-level id="l3" target="pm01" index="6" devices="f3"/>

                fencing_topology \\
                    pm02: f4
                """, text);
        readsBackAsShown(configuration, text);
    }

    @Test
    void writeDisplay_setsWithIdsOfTheirOwn_areBareWhenThatReadsBackTheSame() {
        Configuration configuration = fromXml("""
                <resources/><constraints>
                  <rsc_colocation id="col" score="INFINITY">
                    <resource_set id="set-a" role="Promoted"><resource_ref id="a"/></resource_set>
                    <resource_set id="set-b"><resource_ref id="b"/><resource_ref id="c"/></resource_set>
                  </rsc_colocation>
                  <rsc_order id="ord" kind="Mandatory">
                    <resource_set id="set-1"><resource_ref id="a"/></resource_set>
                    <resource_set id="set-2"><resource_ref id="b"/></resource_set>
                  </rsc_order>
                </constraints>
                """);
        String text = display(configuration);
        assertTrue(text.contains("colocation col INFINITY: a:Promoted b c\n"), text);
        // Two bare sets of one resource each would read back as a plain order of a then b.
        assertTrue(text.contains("xml <rsc_order id=\"ord\" kind=\"Mandatory\">"), text);
        readsBackAsShown(configuration, text);
    }

    @Test
    void writeDisplay_emptySectionsAndOperations_holdNothingToShow() {
        Configuration configuration = fromXml("""
                <resources><primitive id="d" class="ocf" provider="pacemaker" type="Dummy"><operations/></primitive>
                </resources><constraints/><rsc_defaults/><op_defaults/><acls/><tags/>
                """);
        assertEquals("primitive d ocf:pacemaker:Dummy\n", display(configuration));
    }

    @Test
    void writeStrict_whatItRefused_itStillRefuses() {
        assertEquals(List.of("primitive \"d\" set \"d-instance_attributes\" pair \"a\": its id \"nvpair.id42\" differs "
                + "from the one crm syntax implies (\"d-instance_attributes-a\") and cannot be written"),
                strictProblems(fromXml("""
                        <resources><primitive id="d" class="ocf" provider="pacemaker" type="Dummy">
                          <instance_attributes id="d-instance_attributes"><nvpair id="nvpair.id42" name="a" value="1"/></instance_attributes>
                        </primitive></resources>
                        """)));
        assertEquals(List.of("primitive \"d\": has attributes or elements crm syntax cannot express (x-vendor)"),
                strictProblems(fromXml("""
                        <resources><primitive id="d" class="ocf" provider="pacemaker" type="Dummy" x-vendor="acme"/></resources>
                        """)));
        assertEquals(List.of("bundle \"b\": bundles cannot be written in crm syntax by this writer"),
                strictProblems(fromXml("<resources><bundle id=\"b\"><podman image=\"img\"/></bundle></resources>")));
        assertEquals(List.of("acls: access control lists cannot be written in crm syntax by this writer"),
                strictProblems(fromXml("<acls><acl_role id=\"reader\"/></acls>")));
        assertEquals(1, strictProblems(fromXml("""
                <rsc_defaults><meta_attributes id="rsc-options"><rule id="rsc-options-rule" score="INFINITY">
                  <rsc_expression id="rsc-options-rule-expression" class="ocf"/></rule>
                  <nvpair id="rsc-options-a" name="a" value="1"/></meta_attributes></rsc_defaults>
                """)).size());
    }

    @Test
    void writeStrict_booleanOpCrmSyntaxCannotSay_isRefusedRatherThanLost() {
        List<String> problems = strictProblems(fromXml("""
                <constraints><rsc_location id="loc" rsc="d"><rule id="loc-rule" score="10" boolean-op="or">
                  <expression id="loc-rule-expression" attribute="#uname" operation="eq" value="pm01"/></rule></rsc_location>
                </constraints>
                """));
        assertEquals(List.of("location \"loc\" rule \"loc-rule\": boolean-op \"or\" on a rule of one term cannot be "
                + "written in crm syntax"), problems);
    }

    @Test
    void write_nodeNameThatNeedsQuotesWithAType_isRefusedOrXml() {
        Configuration configuration = fromXml("<nodes><node id=\"1\" uname=\"pm:01\" type=\"member\"/></nodes>");
        assertEquals(List.of("node \"pm:01\": a quoted node name cannot be followed by its type in crm syntax"),
                strictProblems(configuration));
        String text = display(configuration);
        assertEquals("xml <node id=\"1\" uname=\"pm:01\" type=\"member\"/>\n", text);
        readsBackAsShown(configuration, text);
    }

    @Test
    void write_withoutMode_isStrict() {
        Configuration configuration = fromXml("<resources><bundle id=\"b\"><podman image=\"img\"/></bundle></resources>");
        assertEquals(CrmWriter.write(Cib.of(configuration)), CrmWriter.write(Cib.of(configuration),
                CrmWriter.Mode.STRICT));
    }
}
