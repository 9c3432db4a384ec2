package org.paceline.scheduler.simulation;

import java.util.Map;

import org.paceline.scheduler.graph.ClusterAction;
import org.paceline.scheduler.graph.GraphAction;
import org.paceline.scheduler.graph.PseudoAction;
import org.paceline.scheduler.graph.ResourceAction;
import org.paceline.scheduler.graph.Synapse;
import org.paceline.scheduler.graph.TransitionGraph;

/**
 * The writer of a transition graph as Pacemaker's {@code transition_graph} XML, laid out
 * as Pacemaker writes it ({@code crm_simulate -G}, the scheduler's {@code .exp} files).
 *
 * <p>A node taken down by an action (fencing other than "on", a shutdown) is listed in
 * its {@code downed} element. What the graph records do not hold is left out:
 * {@code internal_operation_key}, {@code router_node}, {@code mode}.
 */
public final class TransitionGraphXml {
    private final StringBuilder out = new StringBuilder(8192);
    private final TransitionGraph graph;

    private TransitionGraphXml(TransitionGraph graph) {
        this.graph = graph;
    }

    /** The graph as XML text, ending with a newline. */
    public static String write(TransitionGraph graph) {
        var writer = new TransitionGraphXml(graph);
        writer.graph();
        return writer.out.toString();
    }

    private void graph() {
        out.append("<transition_graph");
        attribute("cluster-delay", graph.clusterDelay());
        attribute("fencing-timeout", graph.fencingTimeout());
        attribute("failed-stop-offset", "INFINITY");
        attribute("failed-start-offset", "INFINITY");
        out.append(' ');
        attribute("transition_id", Integer.toString(graph.transitionId()));
        if (graph.recheckBy() > 0) {
            attribute("recheck-by", Long.toString(graph.recheckBy()));
        }
        if (graph.synapses().isEmpty()) {
            out.append("/>\n");
            return;
        }
        out.append(">\n");
        for (Synapse synapse : graph.synapses()) {
            synapse(synapse);
        }
        out.append("</transition_graph>\n");
    }

    private void synapse(Synapse synapse) {
        out.append("  <synapse");
        attribute("id", Integer.toString(synapse.id()));
        if (synapse.priority() != 0) {
            attribute("priority", Integer.toString(synapse.priority()));
        }
        out.append(">\n    <action_set>\n");
        action(synapse.action(), 6, true);
        out.append("    </action_set>\n");
        if (synapse.inputs().isEmpty()) {
            out.append("    <inputs/>\n");
        } else {
            out.append("    <inputs>\n");
            for (int input : synapse.inputs()) {
                out.append("      <trigger>\n");
                var found = graph.action(input);
                if (found.isPresent()) {
                    action(found.get(), 8, false);
                } else {
                    out.append("        <pseudo_event");
                    attribute("id", Integer.toString(input));
                    out.append("/>\n");
                }
                out.append("      </trigger>\n");
            }
            out.append("    </inputs>\n");
        }
        out.append("  </synapse>\n");
    }

    /** One action; in full in its synapse, as a reference (no children) in a trigger. */
    private void action(GraphAction action, int indent, boolean full) {
        out.repeat(" ", indent).append('<').append(elementName(action));
        attribute("id", Integer.toString(action.id()));
        attribute("operation", action.task());
        attribute("operation_key", action.key());
        String node = node(action);
        if (node != null) {
            attribute("on_node", node);
            attribute("on_node_uuid", nodeId(action));
        }
        if (!full) {
            out.append("/>\n");
            return;
        }
        out.append(">\n");
        if (action instanceof ResourceAction resource) {
            out.repeat(" ", indent + 2).append("<primitive");
            attribute("id", resource.resource());
            if (resource.longId() != null && !resource.longId().equals(resource.resource())) {
                attribute("long-id", resource.longId());
            }
            attribute("class", resource.resourceClass());
            attribute("provider", resource.provider());
            attribute("type", resource.type());
            out.append("/>\n");
        }
        attributes(action.attributes(), indent + 2);
        if (downs(action) && node != null) {
            out.repeat(" ", indent + 2).append("<downed>\n");
            out.repeat(" ", indent + 4).append("<node");
            attribute("id", nodeId(action));
            out.append("/>\n");
            out.repeat(" ", indent + 2).append("</downed>\n");
        }
        out.repeat(" ", indent).append("</").append(elementName(action)).append(">\n");
    }

    /** Meta attributes first, then (after a blank, as Pacemaker prints them) the instance parameters. */
    private void attributes(Map<String, String> attributes, int indent) {
        out.repeat(" ", indent).append("<attributes");
        for (Map.Entry<String, String> entry : attributes.entrySet()) {
            if (entry.getKey().startsWith("CRM_meta_")) {
                attribute(entry.getKey(), entry.getValue());
            }
        }
        out.append(' ');
        for (Map.Entry<String, String> entry : attributes.entrySet()) {
            if (!entry.getKey().startsWith("CRM_meta_")) {
                attribute(entry.getKey(), entry.getValue());
            }
        }
        out.append("/>\n");
    }

    private static String elementName(GraphAction action) {
        return switch (action) {
            case ResourceAction r -> "rsc_op";
            case PseudoAction p -> "pseudo_event";
            case ClusterAction c -> "crm_event";
        };
    }

    /** The node an action runs on; a pseudo action has one only when it stands for fencing a node. */
    static String node(GraphAction action) {
        return switch (action) {
            case ResourceAction r -> r.node();
            case ClusterAction c -> c.node();
            case PseudoAction p -> p.attributes().get("CRM_meta_on_node");
        };
    }

    private static String nodeId(GraphAction action) {
        String id = switch (action) {
            case ResourceAction r -> r.nodeId();
            case ClusterAction c -> c.nodeId();
            case PseudoAction p -> p.attributes().get("CRM_meta_on_node_uuid");
        };
        return id == null ? node(action) : id;
    }

    /** Whether the action leaves its node down: fencing other than "on", and a shutdown. */
    static boolean downs(GraphAction action) {
        if (action instanceof ResourceAction) {
            return false;
        }
        if (action.task().equals("stonith")) {
            return !"on".equalsIgnoreCase(action.attributes().get("CRM_meta_stonith_action"));
        }
        return action.task().equals("do_shutdown");
    }

    private void attribute(String name, String value) {
        if (value == null) {
            return;
        }
        out.append(' ').append(name).append("=\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#10;");
                case '\t' -> out.append("&#9;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
        out.append('"');
    }
}
