package org.paceline.scheduler.simulation;

import java.util.Comparator;
import java.util.List;

import org.paceline.scheduler.graph.ClusterAction;
import org.paceline.scheduler.graph.GraphAction;
import org.paceline.scheduler.graph.PseudoAction;
import org.paceline.scheduler.graph.ResourceAction;
import org.paceline.scheduler.graph.Synapse;
import org.paceline.scheduler.graph.TransitionGraph;

/**
 * The writer of a transition graph in Graphviz DOT, as {@code crm_simulate -D} draws
 * it: one bold green node per action (pseudo actions in orange text), in action id
 * order, and one bold edge per ordering, from the input to the action that waits for it.
 *
 * <p>The graph holds only the actions that run, so the optional and unrunnable actions
 * Pacemaker also draws (dashed, blue or red) do not appear.
 */
public final class TransitionGraphDot {
    private TransitionGraphDot() {}

    /** The graph as DOT text, ending with a newline. */
    public static String write(TransitionGraph graph) {
        var out = new StringBuilder(4096);
        out.append(" digraph \"g\" {\n");
        List<Synapse> byAction = graph.synapses().stream()
                .sorted(Comparator.comparingInt((Synapse s) -> s.action().id())).toList();
        for (Synapse synapse : byAction) {
            GraphAction action = synapse.action();
            String font = action instanceof PseudoAction ? "orange" : "black";
            out.append('"').append(name(action)).append("\" [ style=bold color=\"green\" fontcolor=\"")
                    .append(font).append("\"]\n");
        }
        for (Synapse synapse : byAction) {
            for (int input : synapse.inputs()) {
                graph.action(input).ifPresent(before -> out.append('"').append(name(before)).append("\" -> \"")
                        .append(name(synapse.action())).append("\" [ style = bold]\n"));
            }
        }
        out.append("}\n");
        return out.toString();
    }

    /** An action as crm_simulate names it in a drawing: key and node, fencing by its kind. */
    static String name(GraphAction action) {
        return switch (action) {
            case ResourceAction r -> {
                String key = r.key();
                if (r.task().equals("cancel")) {
                    String cancelled = r.attributes().getOrDefault("CRM_meta_operation", "monitor");
                    key = "Cancel " + r.longId() + "_" + cancelled + "_" + r.intervalMillis();
                } else if (r.longId() != null && !r.longId().equals(r.resource()) && key.startsWith(r.resource() + "_")) {
                    key = r.longId() + key.substring(r.resource().length());
                }
                yield key + " " + r.node();
            }
            case ClusterAction c -> c.task().equals("stonith")
                    ? "stonith '" + c.attributes().getOrDefault("CRM_meta_stonith_action", "reboot") + "' " + c.node()
                    : (c.key() != null && !c.key().startsWith(c.task()) ? c.key() : c.task()) + " " + c.node();
            case PseudoAction p -> p.key();
        };
    }
}
