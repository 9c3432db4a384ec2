package org.paceline.scheduler.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.paceline.cib.Cib;
import org.paceline.cib.resources.Bundle;
import org.paceline.cib.resources.Clone;
import org.paceline.cib.resources.Resource;
import org.paceline.cib.status.NodeState;
import org.paceline.cib.status.ResourceHistory;
import org.paceline.scheduler.graph.ClusterAction;
import org.paceline.scheduler.graph.GraphAction;
import org.paceline.scheduler.graph.PseudoAction;
import org.paceline.scheduler.graph.ResourceAction;
import org.paceline.scheduler.graph.Synapse;
import org.paceline.scheduler.graph.TransitionGraph;

/**
 * A transition graph carried out against a CIB the way crm_simulate simulates it:
 * every action succeeds at once (with the result the graph expects) unless a
 * {@code -F} spec makes it fail, and each result is recorded in the status section.
 *
 * <p>Firing order is crm_simulate's: passes over the synapses in graph order, each pass
 * firing every synapse whose inputs are all confirmed, so that an action confirmed
 * early in a pass can release a later synapse in the same pass. After a failure only
 * pseudo actions and synapses of the highest priority still fire.
 */
public final class GraphExecution {
    /** Pacemaker's INFINITY: the abort priority after a failure. */
    private static final int INFINITY = 1_000_000;

    private GraphExecution() {}

    /**
     * What the execution printed and left behind.
     *
     * @param cib      the CIB with every result recorded
     * @param lines    the items under "Executing Cluster Transition:", as crm_simulate prints them
     * @param errors   what crm_simulate prints on standard error ("Transition failed: Terminated", ...)
     * @param complete false when some synapse could never fire for a reason other than a failure
     */
    public record Execution(Cib cib, List<String> lines, List<String> errors, boolean complete) {
        public Execution {
            lines = List.copyOf(lines);
            errors = List.copyOf(errors);
        }
    }

    /**
     * Runs the graph.
     *
     * @param failures {@code -F} specs: {@code RSC_TASK_INTERVAL@NODE=RC}
     * @param now      the time stamped on recorded results
     */
    public static Execution run(Cib cib, TransitionGraph graph, List<String> failures, Instant now) {
        var run = new Run(cib, failures, now);
        var fired = new HashSet<Integer>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Synapse synapse : graph.synapses()) {
                if (fired.contains(synapse.id()) || !run.ready(synapse)) {
                    continue;
                }
                if (!(synapse.action() instanceof PseudoAction) && synapse.priority() < run.abortPriority) {
                    continue;
                }
                fired.add(synapse.id());
                run.fire(synapse.action());
                progress = true;
            }
        }
        int incomplete = 0;
        int skipped = 0;
        for (Synapse synapse : graph.synapses()) {
            if (!fired.contains(synapse.id())) {
                if (run.ready(synapse)) {
                    skipped++;
                } else {
                    incomplete++;
                }
            }
        }
        var errors = new ArrayList<String>();
        boolean complete = incomplete == 0 || run.abortPriority > 0;
        if (!complete) {
            errors.add("Transition failed: terminated");
            errors.add("An invalid transition was produced");
        } else if (skipped > 0 && run.abortPriority == 0) {
            errors.add("Transition stopped with " + skipped + " actions not run");
        }
        return new Execution(run.cib, run.lines, errors, complete);
    }

    /** The mutable state of one execution. */
    private static final class Run {
        private final List<String> failures;
        private final Instant now;
        private final Set<String> standalone;
        private final Set<Integer> confirmed = new HashSet<>();
        private final Set<Integer> failed = new HashSet<>();
        private final Set<Integer> mayFail = new HashSet<>();
        private final List<String> lines = new ArrayList<>();
        private Cib cib;
        private int abortPriority;

        Run(Cib cib, List<String> failures, Instant now) {
            this.cib = cib;
            this.failures = failures;
            this.now = now;
            this.standalone = standaloneResources(cib);
        }

        boolean ready(Synapse synapse) {
            for (int input : synapse.inputs()) {
                if (!confirmed.contains(input) || (failed.contains(input) && !mayFail.contains(input))) {
                    return false;
                }
            }
            return true;
        }

        void fire(GraphAction action) {
            switch (action) {
                case PseudoAction pseudo -> {
                    String node = pseudo.attributes().get("CRM_meta_on_node");
                    lines.add("  * Pseudo action:   " + pseudo.key() + (node == null ? "" : " on " + node));
                }
                case ClusterAction cluster -> cluster(cluster);
                case ResourceAction resource -> resource(resource);
            }
            confirmed.add(action.id());
            if ("true".equalsIgnoreCase(action.attributes().get("CRM_meta_can_fail"))) {
                mayFail.add(action.id());
            }
        }

        private void cluster(ClusterAction action) {
            if (action.task().equals("stonith")) {
                String fencing = action.attributes().getOrDefault("CRM_meta_stonith_action", "reboot");
                lines.add("  * Fencing " + action.node() + " (" + fencing + ")");
                if (!fencing.equalsIgnoreCase("on")) {
                    // The fencer's success means the node is down; the controller then clears what it held.
                    NodeState node = StatusEdits.node(cib, action.node());
                    cib = StatusEdits.put(cib, StatusEdits.forgotten(StatusEdits.membership(node, false)));
                }
                return;
            }
            String suffix = "_" + action.task() + "_0";
            if (action.key() != null && action.key().endsWith(suffix) && action.key().length() > suffix.length()) {
                String resource = configuredName(action.key().substring(0, action.key().length() - suffix.length()));
                lines.add("  * Cluster action:  " + action.task() + " for " + resource + " on " + action.node());
            } else {
                lines.add("  * Cluster action:  " + action.task() + " on " + action.node());
            }
        }

        private void resource(ResourceAction action) {
            if (action.task().equals("reprobe")) {
                return;
            }
            String name = displayName(action);
            String node = action.node();
            long interval = intervalOf(action);
            if (action.task().equals("delete") || action.task().equals("meta-data")) {
                lines.add(String.format("  * Resource action: %-15s %s on %s", name, action.task(), node));
                return;
            }
            lines.add(interval == 0
                    ? String.format("  * Resource action: %-15s %s on %s", name, action.task(), node)
                    : String.format("  * Resource action: %-15s %s=%d on %s", name, action.task(), interval, node));
            int targetRc = integer(action.attributes().get("CRM_meta_op_target_rc"), 0);
            int rc = targetRc;
            NodeState state = StatusEdits.node(cib, node, action.nodeId());
            Optional<String> failure = failure(action, name, interval);
            if (failure.isPresent()) {
                Integer code = OperationSpec.leadingInteger(failure.get().substring(failure.get().indexOf('=') + 1));
                if (code != null) {
                    rc = code;
                    lines.add("Pretending action " + action.id() + " failed with rc=" + rc);
                    failed.add(action.id());
                    abortPriority = INFINITY;
                    String matched = matches(failure.get(), name, action, interval) ? name : action.resource();
                    state = HistoryEntries.countFailure(state, matched, action.task(), interval, rc, now, lines);
                }
            }
            NodeState before = state;
            ResourceHistory history = StatusEdits.history(before, name)
                    .or(() -> StatusEdits.history(before, action.resource()))
                    .orElseGet(() -> HistoryEntries.empty(action.resource(), action.resourceClass(),
                            action.provider(), action.type()));
            ResourceHistory recorded = HistoryEntries.record(history, action.task(), interval, rc, targetRc, node,
                    action.attributes(), now);
            cib = StatusEdits.put(cib, StatusEdits.withHistory(state, recorded));
        }

        /** An instance's name ({@code rsc:1}) as the resource it is an instance of, when that is configured. */
        private String configuredName(String name) {
            int colon = name.lastIndexOf(':');
            if (colon > 0 && name.substring(colon + 1).chars().allMatch(Character::isDigit)
                    && cib.configuration().resource(name.substring(0, colon)).isPresent()) {
                return name.substring(0, colon);
            }
            return name;
        }

        /** The first {@code -F} spec naming this action, by its printed name or its configured name. */
        private Optional<String> failure(ResourceAction action, String name, long interval) {
            for (String spec : failures) {
                if (matches(spec, name, action, interval) || matches(spec, action.resource(), action, interval)) {
                    return Optional.of(spec);
                }
            }
            return Optional.empty();
        }

        private static boolean matches(String spec, String resource, ResourceAction action, long interval) {
            String prefix = (resource + "_" + action.task() + "_" + interval + "@" + action.node() + "=")
                    .toLowerCase(Locale.ROOT);
            return spec.toLowerCase(Locale.ROOT).startsWith(prefix);
        }

        /** The name crm_simulate prints: the configured id when the scheduler finds a resource by it, else the instance id. */
        private String displayName(ResourceAction action) {
            if (standalone.contains(action.resource()) || action.longId() == null) {
                return action.resource();
            }
            return action.longId();
        }

        private static long intervalOf(ResourceAction action) {
            String meta = action.attributes().get("CRM_meta_interval");
            if (meta != null) {
                try {
                    return Long.parseLong(meta.trim());
                } catch (NumberFormatException e) {
                    return action.intervalMillis();
                }
            }
            return action.intervalMillis();
        }

        private static int integer(String text, int otherwise) {
            Integer value = text == null ? null : OperationSpec.leadingInteger(text);
            return value == null ? otherwise : value;
        }

        /**
         * The names the scheduler finds a resource by: configured resources outside clones,
         * and the names in the nodes' histories (an anonymous clone's instances are
         * recorded under the clone child's id, and then found by it).
         */
        private static Set<String> standaloneResources(Cib cib) {
            var ids = new HashSet<String>();
            for (Resource resource : cib.configuration().resources()) {
                collect(resource, ids);
            }
            for (NodeState node : cib.status().nodes()) {
                for (ResourceHistory history : node.resourceHistories()) {
                    ids.add(history.id());
                }
            }
            return ids;
        }

        private static void collect(Resource resource, Set<String> ids) {
            if (resource instanceof Clone || resource instanceof Bundle) {
                ids.add(resource.id());
                return;
            }
            ids.add(resource.id());
            for (Resource child : resource.children()) {
                collect(child, ids);
            }
        }
    }
}
