package org.paceline.scheduler.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.xml.CibXmlReader;

/** A small CIB written for a test: properties, nodes, resources, and per-node status entries. */
final class CibText {
    static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");

    private final List<String> properties = new ArrayList<>();
    private final List<String> nodes = new ArrayList<>();
    private final StringBuilder resources = new StringBuilder();
    private final StringBuilder status = new StringBuilder();

    static CibText cluster() {
        return new CibText();
    }

    CibText property(String name, String value) {
        properties.add("<nvpair id=\"p-" + name + "\" name=\"" + name + "\" value=\"" + value + "\"/>");
        return this;
    }

    CibText nodes(String... names) {
        for (String name : names) {
            nodes.add("<node id=\"" + name + "\" uname=\"" + name + "\"/>");
        }
        return this;
    }

    CibText resources(String xml) {
        resources.append(xml);
        return this;
    }

    /** A node's status entry: its membership attributes (as written) and its history. */
    CibText state(String node, String membership, String history) {
        status.append("<node_state id=\"").append(node).append("\" uname=\"").append(node).append("\" ")
                .append(membership).append("><lrm id=\"").append(node).append("\"><lrm_resources>")
                .append(history).append("</lrm_resources></lrm></node_state>");
        return this;
    }

    /** A node that is up and a full member. */
    CibText up(String node, String history) {
        return state(node, "in_ccm=\"true\" crmd=\"online\" join=\"member\" expected=\"member\"", history);
    }

    ClusterState unpack() {
        String xml = "<cib validate-with=\"pacemaker-3.9\" epoch=\"1\" num_updates=\"0\" admin_epoch=\"0\""
                + " have-quorum=\"1\"><configuration><crm_config><cluster_property_set id=\"options\">"
                + String.join("", properties) + "</cluster_property_set></crm_config><nodes>"
                + String.join("", nodes) + "</nodes><resources>" + resources + "</resources><constraints/>"
                + "</configuration><status>" + status + "</status></cib>";
        Parsed<Document> parsed = CibXmlReader.read("test.xml", xml);
        if (!(parsed instanceof Parsed.Valid<Document> valid)) {
            throw new AssertionError("test CIB does not read: " + parsed);
        }
        return ClusterState.unpack(valid.value().cib(), NOW);
    }

    static String dummy(String id) {
        return "<primitive id=\"" + id + "\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\"/>";
    }

    /** One resource's history on a node, operations given as {@code task:interval:rc:expected[:status[:call]]}. */
    static String history(String id, String... operations) {
        var text = new StringBuilder("<lrm_resource id=\"" + id + "\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\">");
        int call = 1;
        for (String operation : operations) {
            String[] f = operation.split(":");
            String status = f.length > 4 ? f[4] : "0";
            String callId = f.length > 5 ? f[5] : String.valueOf(call);
            text.append("<lrm_rsc_op id=\"").append(id).append('_').append(f[0]).append('_').append(f[1]).append('_')
                    .append(call).append("\" operation=\"").append(f[0]).append("\" interval=\"").append(f[1])
                    .append("\" rc-code=\"").append(f[2]).append("\" op-status=\"").append(status)
                    .append("\" call-id=\"").append(callId).append("\" transition-key=\"1:1:").append(f[3])
                    .append(":00000000-0000-0000-0000-000000000000\" last-rc-change=\"").append(1000 + call)
                    .append("\"/>");
            call++;
        }
        return text.append("</lrm_resource>").toString();
    }
}
