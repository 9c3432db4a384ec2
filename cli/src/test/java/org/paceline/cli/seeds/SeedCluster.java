package org.paceline.cli.seeds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.paceline.cib.crm.CrmReader;
import org.paceline.cib.xml.CibXmlWriter;

/**
 * A two-node cluster running one of the sample configurations, as XML: the sample's
 * configuration, the two nodes it names, and the node attributes its agents would have
 * set on healthy nodes (ping and disk checks fine, PostgreSQL's promotion scores).
 */
final class SeedCluster {
    private SeedCluster() {}

    /** The nodes of each sample, and their healthy transient attributes. */
    static Map<String, Map<String, String>> healthyNodes(String sample) {
        var nodes = new LinkedHashMap<String, Map<String, String>>();
        var healthy = Map.of("default_ping_set", "100", "diskcheck_status", "normal",
                "diskcheck_status_internal", "normal");
        if (sample.equals("pg-rex.crm")) {
            nodes.put("pm01", with(healthy, "master-pgsql", "1000"));
            nodes.put("pm02", with(healthy, "master-pgsql", "100"));
        } else {
            nodes.put("pm1", healthy);
            nodes.put("pm2", healthy);
        }
        return nodes;
    }

    /** Writes the unsettled cluster (configuration, nodes up, nothing run yet) to {@code file}. */
    static void write(Path samples, String sample, Path file) throws Exception {
        var document = CrmReader.read(sample, Files.readString(samples.resolve(sample))).orThrow();
        String xml = CibXmlWriter.write(document.cib());
        var nodes = healthyNodes(sample);
        var nodeXml = new StringBuilder("<nodes>\n");
        var statusXml = new StringBuilder("<status>\n");
        int id = 1;
        for (var node : nodes.entrySet()) {
            nodeXml.append("      <node id=\"").append(id).append("\" uname=\"").append(node.getKey()).append("\"/>\n");
            statusXml.append("    <node_state id=\"").append(id).append("\" uname=\"").append(node.getKey())
                    .append("\" in_ccm=\"true\" crmd=\"online\" join=\"member\" expected=\"member\">\n")
                    .append("      <transient_attributes id=\"").append(id).append("\">\n")
                    .append("        <instance_attributes id=\"status-").append(id).append("\">\n");
            for (var attribute : node.getValue().entrySet()) {
                statusXml.append("          <nvpair id=\"status-").append(id).append('-').append(attribute.getKey())
                        .append("\" name=\"").append(attribute.getKey()).append("\" value=\"")
                        .append(attribute.getValue()).append("\"/>\n");
            }
            statusXml.append("        </instance_attributes>\n      </transient_attributes>\n    </node_state>\n");
            id++;
        }
        nodeXml.append("    </nodes>");
        statusXml.append("  </status>");
        xml = xml.replace("<nodes/>", nodeXml).replace("<status/>", statusXml).replaceFirst("<cib ", "<cib have-quorum=\"1\" crm_feature_set=\"3.16.1\" ");
        Files.writeString(file, xml);
    }

    /** Sets one transient attribute of one node in a CIB written by crm_simulate. */
    static String setAttribute(String xml, Map<String, Map<String, String>> nodes, String node, String name,
                               String value) {
        int index = List.copyOf(nodes.keySet()).indexOf(node) + 1;
        String pattern = "(<nvpair id=\"status-" + index + "-" + java.util.regex.Pattern.quote(name)
                + "\" name=\"" + java.util.regex.Pattern.quote(name) + "\" value=\")[^\"]*\"";
        return xml.replaceFirst(pattern, "$1" + java.util.regex.Matcher.quoteReplacement(value) + "\"");
    }

    private static Map<String, String> with(Map<String, String> base, String name, String value) {
        var copy = new LinkedHashMap<>(base);
        copy.put(name, value);
        return copy;
    }
}
