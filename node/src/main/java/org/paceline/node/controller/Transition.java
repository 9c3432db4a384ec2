package org.paceline.node.controller;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.paceline.scheduler.graph.ClusterAction;
import org.paceline.scheduler.graph.GraphAction;
import org.paceline.scheduler.graph.PseudoAction;
import org.paceline.scheduler.graph.ResourceAction;
import org.paceline.scheduler.graph.Synapse;
import org.paceline.scheduler.graph.TransitionGraph;

/**
 * One transition graph being executed: which actions wait, run, are confirmed or
 * failed. A synapse may start once every input is confirmed; ready synapses start by
 * priority, then in graph order, within the batch limits. Pseudo actions complete at
 * once. Once aborted, nothing new starts: the transition ends when what runs has
 * answered. Mutable; owned by the {@link Controller}.
 */
final class Transition {
    private final int id;
    private final String dcUuid;
    private final TransitionGraph graph;
    private final BatchLimit limit;
    private final Map<Integer, Synapse> synapses = new HashMap<>();
    private final Set<Integer> confirmed = new HashSet<>();
    private final Set<Integer> failed = new HashSet<>();
    private final Map<Integer, GraphAction> running = new HashMap<>();
    private final Map<Integer, Instant> startedAt = new HashMap<>();
    private String abortReason;

    Transition(int id, String dcUuid, TransitionGraph graph, BatchLimit limit) {
        this.id = id;
        this.dcUuid = dcUuid;
        this.graph = graph;
        this.limit = limit;
        for (Synapse synapse : graph.synapses()) {
            synapses.put(synapse.action().id(), synapse);
        }
    }

    int id() {
        return id;
    }

    TransitionGraph graph() {
        return graph;
    }

    /**
     * The actions to start now, marked running; pseudo actions among them are confirmed
     * here, which may release more in the same call. Nothing once aborted.
     */
    List<GraphAction> start(Instant now) {
        var started = new ArrayList<GraphAction>();
        boolean progress = true;
        while (progress && abortReason == null) {
            progress = false;
            List<Synapse> ready = graph.synapses().stream()
                    .filter(s -> waiting(s.action().id()) && inputsConfirmed(s))
                    .sorted(Comparator.comparingInt(Synapse::priority).reversed())
                    .toList();
            for (Synapse synapse : ready) {
                GraphAction action = synapse.action();
                if (action instanceof PseudoAction) {
                    confirmed.add(action.id());
                    progress = true;
                    continue;
                }
                if (!limit.allows(action, running.values())) {
                    continue;
                }
                running.put(action.id(), action);
                startedAt.put(action.id(), now);
                started.add(action);
            }
        }
        return started;
    }

    /** What the node is asked for an agent action of this transition, under its transition key. */
    OperationRequest request(ResourceAction action) {
        int expected = (int) ActionTimers.number(action.attributes().get("CRM_meta_op_target_rc"), 0);
        return OperationRequest.of(action, new TransitionKey(action.id(), id, expected, dcUuid).toString());
    }

    /** The running action a result answers; empty for another DC's, another transition's, or a finished one. */
    Optional<GraphAction> runningFor(String transitionKey) {
        return TransitionKey.parse(transitionKey)
                .filter(key -> key.dcUuid().equals(dcUuid) && key.transitionId() == id)
                .flatMap(key -> runningAction(key.actionId()));
    }

    /** The running action with this id, if it runs. */
    Optional<GraphAction> runningAction(int actionId) {
        return Optional.ofNullable(running.get(actionId));
    }

    /** The running fencing of this node, if any. */
    Optional<ClusterAction> runningFencing(String target) {
        return running.values().stream().filter(a -> a instanceof ClusterAction c && c.task().equals("stonith")
                && c.node().equals(target)).map(ClusterAction.class::cast).findFirst();
    }

    /** The running agent actions on this node. */
    List<ResourceAction> runningOn(String node) {
        return running.values().stream().filter(a -> a instanceof ResourceAction r && r.node().equals(node))
                .map(ResourceAction.class::cast).sorted(Comparator.comparingInt(ResourceAction::id)).toList();
    }

    Instant startedAt(int actionId) {
        return startedAt.get(actionId);
    }

    void confirm(int actionId) {
        if (running.remove(actionId) != null) {
            confirmed.add(actionId);
        }
    }

    /** The action failed: what waits for it never starts, and the transition is aborted. */
    void fail(int actionId, String reason) {
        if (running.remove(actionId) != null) {
            failed.add(actionId);
            abort(reason);
        }
    }

    /** No new action starts; the first reason is kept. */
    void abort(String reason) {
        if (abortReason == null) {
            abortReason = reason;
        }
    }

    boolean aborted() {
        return abortReason != null;
    }

    String abortReason() {
        return abortReason;
    }

    /**
     * Whether nothing more will happen: all confirmed, or aborted with nothing running.
     * Call after {@link #start}: a synapse still waiting then, with nothing running, waits
     * for an action that is not in the graph, and the transition is aborted for it.
     */
    boolean finished() {
        if (!running.isEmpty()) {
            return false;
        }
        if (abortReason == null && confirmed.size() < synapses.size()) {
            abort("a synapse waits for an action that is not in the graph");
        }
        return true;
    }

    private boolean waiting(int actionId) {
        return !confirmed.contains(actionId) && !failed.contains(actionId) && !running.containsKey(actionId);
    }

    private boolean inputsConfirmed(Synapse synapse) {
        for (int input : synapse.inputs()) {
            if (!confirmed.contains(input)) {
                return false;
            }
        }
        return true;
    }
}
