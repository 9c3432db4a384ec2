package org.paceline.scheduler.graph;

import java.time.Instant;
import java.util.List;

import org.paceline.cib.Cib;
import org.paceline.cib.xml.CibXmlReader;
import org.paceline.scheduler.Scheduler;
import org.paceline.scheduler.simulation.GraphExecution;

/** Small CIBs for the graph tests: two or three nodes, the resources and status given. */
final class SmallCibs {
    private SmallCibs() {}

    /** A node that is up and a member, with the given resource history (lrm_resource elements). */
    static String up(String id, String name, String history) {
        return up(id, name, history, "");
    }

    static String up(String id, String name, String history, String attributes) {
        return "<node_state id=\"" + id + "\" uname=\"" + name + "\" in_ccm=\"true\" crmd=\"online\" join=\"member\""
                + " expected=\"member\">" + attributes + "<lrm id=\"" + id + "\"><lrm_resources>" + history
                + "</lrm_resources></lrm></node_state>";
    }

    /** The history of a resource: its operations ({@code task:interval:rc}, oldest first). */
    static String history(String resource, String... operations) {
        var text = new StringBuilder("<lrm_resource id=\"" + resource + "\" class=\"ocf\" provider=\"pacemaker\""
                + " type=\"Dummy\">");
        int call = 1;
        for (String operation : operations) {
            String[] parts = operation.split(":");
            text.append("<lrm_rsc_op id=\"").append(resource).append('_').append(parts[0]).append('_').append(parts[1])
                    .append("\" operation=\"").append(parts[0]).append("\" interval=\"").append(parts[1])
                    .append("\" rc-code=\"").append(parts[2]).append("\" op-status=\"0\" call-id=\"").append(call++)
                    .append("\"/>");
        }
        return text.append("</lrm_resource>").toString();
    }

    static Cib cib(String properties, String nodes, String resources, String constraints, String status) {
        String xml = "<cib admin_epoch=\"0\" epoch=\"1\" num_updates=\"0\" validate-with=\"pacemaker-3.9\""
                + " have-quorum=\"1\"><configuration><crm_config><cluster_property_set id=\"options\">" + properties
                + "</cluster_property_set></crm_config><nodes>" + nodes + "</nodes><resources>" + resources
                + "</resources><constraints>" + constraints + "</constraints></configuration><status>" + status
                + "</status></cib>";
        return CibXmlReader.read("test.xml", xml).orThrow().cib();
    }

    static String nodes(String... names) {
        var text = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            text.append("<node id=\"").append(i + 1).append("\" uname=\"").append(names[i]).append("\"/>");
        }
        return text.toString();
    }

    static String noFencing() {
        return "<nvpair id=\"o1\" name=\"stonith-enabled\" value=\"false\"/>";
    }

    /** What crm_simulate prints under "Executing Cluster Transition:" for the scheduler's graph, blanks collapsed. */
    static List<String> executing(Cib cib) {
        var graph = Scheduler.schedule(cib, Instant.EPOCH).graph();
        return GraphExecution.run(cib, graph, List.of(), Instant.EPOCH).lines().stream()
                .map(line -> line.replaceAll("\\s+", " ").strip()).toList();
    }
}
