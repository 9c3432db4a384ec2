package org.paceline.scheduler.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.xml.CibXmlReader;

/** The status block for small hand-written clusters. */
class ClusterStatusTextTest {
    private static final String UP = "in_ccm=\"true\" crmd=\"online\" join=\"member\" expected=\"member\"";

    private static ClusterStatusText.Rendered render(String resources, String status) {
        String xml = "<cib validate-with=\"pacemaker-3.9\" epoch=\"1\" num_updates=\"0\" admin_epoch=\"0\""
                + " have-quorum=\"1\"><configuration><crm_config/><nodes>"
                + "<node id=\"n1\" uname=\"n1\"/><node id=\"n2\" uname=\"n2\"/></nodes><resources>" + resources
                + "</resources><constraints/></configuration><status>" + status + "</status></cib>";
        var document = ((Parsed.Valid<Document>) CibXmlReader.read("test.xml", xml)).value();
        return ClusterStatusText.render(document.cib(), Instant.parse("2024-01-01T00:00:00Z"));
    }

    private static String node(String name, String history) {
        return "<node_state id=\"" + name + "\" uname=\"" + name + "\" " + UP + "><lrm id=\"" + name
                + "\"><lrm_resources>" + history + "</lrm_resources></lrm></node_state>";
    }

    private static String started(String id) {
        return "<lrm_resource id=\"" + id + "\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\">"
                + "<lrm_rsc_op id=\"" + id + "_start\" operation=\"start\" interval=\"0\" rc-code=\"0\""
                + " op-status=\"0\" call-id=\"2\" transition-key=\"1:1:0:x\"/></lrm_resource>";
    }

    private static final String DUMMY = "<primitive id=\"r\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\"/>";

    @Test
    void render_primitiveActiveOnTwoNodes_listsBothInBrackets() {
        var rendered = render(DUMMY, node("n1", started("r")) + node("n2", started("r")));
        assertEquals(List.of(
                "  * Node List:",
                "    * Online: [ n1 n2 ]",
                "",
                "  * Full List of Resources:",
                "    * r\t(ocf:pacemaker:Dummy):\t Started [ n1 n2 ]"), rendered.lines());
    }

    @Test
    void render_anonymousCloneOnOneOfTwoNodes_groupsStartedAndStopped() {
        var rendered = render("<clone id=\"c\">" + DUMMY + "</clone>", node("n1", started("r")) + node("n2", ""));
        assertEquals(List.of(
                "    * Clone Set: c [r]:",
                "      * Started: [ n1 ]",
                "      * Stopped: [ n2 ]"), rendered.lines().subList(4, 7));
    }

    @Test
    void render_stoppedByTargetRole_isCountedAsDisabled() {
        var rendered = render("<primitive id=\"r\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\">"
                + "<meta_attributes id=\"m\"><nvpair id=\"m1\" name=\"target-role\" value=\"Stopped\"/>"
                + "</meta_attributes></primitive>", node("n1", "") + node("n2", ""));
        assertEquals(List.of("1 of 1 resource instances DISABLED and 0 BLOCKED from further action due to failure", ""),
                rendered.preamble());
        assertEquals("    * r\t(ocf:pacemaker:Dummy):\t Stopped (disabled)", rendered.lines().getLast());
    }
}
