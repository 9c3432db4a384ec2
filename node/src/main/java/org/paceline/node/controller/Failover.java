package org.paceline.node.controller;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.paceline.node.controller.OperationalEvent.FailoverCause;
import org.paceline.node.controller.OperationalEvent.FailoverStep;
import org.paceline.scheduler.graph.ClusterAction;
import org.paceline.scheduler.graph.GraphAction;
import org.paceline.scheduler.graph.ResourceAction;
import org.paceline.scheduler.graph.TransitionGraph;

/**
 * Follows fail-overs for the operational log. A fail-over begins when a failure (a
 * resource failing, a node lost, a node attribute changing) is followed by a plan that
 * fences a node or moves a resource (stops or demotes it on one node and starts or
 * promotes it on another); a restart in place is no fail-over, as pm_logconv has it. It
 * succeeds when every node it fences has been fenced and every resource it starts or
 * promotes has done so (a fence device moving to the survivor may start long before the
 * fencing it serves ends), and fails when the cluster settles without them, or one of
 * them failed and the next plan gives up on it.
 */
final class Failover {
    private final String dc;
    private FailoverCause suspected;
    private Instant suspectedAt;
    private FailoverCause cause;
    private Instant began;
    /** Resource to the node it is to run on, and whether it does; in the order first planned. */
    private final Map<String, Target> targets = new LinkedHashMap<>();
    private final List<FailoverStep> steps = new ArrayList<>();
    /** The nodes the fail-over fences and that are not fenced yet. */
    private final java.util.Set<String> fencing = new java.util.LinkedHashSet<>();

    Failover(String dc) {
        this.dc = dc;
    }

    /** Something failed: the next plan may be a fail-over. The first cause since the last plan is kept. */
    void suspect(FailoverCause why, Instant at) {
        if (suspected == null && cause == null) {
            suspected = why;
            suspectedAt = at;
        }
    }

    boolean active() {
        return cause != null;
    }

    /** A plan was made; gives the log lines it starts (or ends, when it gives up). */
    List<OperationalEvent> planned(TransitionGraph graph, Instant now) {
        var lines = new ArrayList<OperationalEvent>();
        if (cause == null && suspected != null && movesOrFences(graph)) {
            cause = suspected;
            began = suspectedAt;
            lines.add(new OperationalEvent.FailoverStarted(now, dc, cause));
        }
        suspected = null;
        if (cause == null) {
            return lines;
        }
        var startedAgain = new java.util.HashSet<String>();
        for (var synapse : graph.synapses()) {
            if (synapse.action() instanceof ClusterAction c && c.task().equals("stonith")) {
                fencing.add(c.node());
            }
            if (synapse.action() instanceof ResourceAction r && bringsUp(r)) {
                targets.put(r.resource(), new Target(r.node(), r.task().equals("promote") ? "promote" : "start", false,
                        false));
                startedAgain.add(r.resource());
            }
        }
        for (var entry : targets.entrySet()) {
            if (entry.getValue().failed && !startedAgain.contains(entry.getKey())) {
                lines.addAll(end(false, now));
                return lines;
            }
        }
        if (graph.isEmpty() && (!targets.isEmpty() || !fencing.isEmpty())) {
            lines.addAll(end(fencing.isEmpty() && targets.values().stream().allMatch(Target::up), now));
        }
        return lines;
    }

    /** An action of the fail-over ended; gives the closing lines when it was the last one needed. */
    List<OperationalEvent> actionEnded(GraphAction action, boolean success, Instant started, Instant now) {
        if (cause == null) {
            return List.of();
        }
        if (action instanceof ClusterAction || action instanceof ResourceAction r
                && OperationalEvent.LOGGED_TASKS.contains(r.task())) {
            steps.add(new FailoverStep(describe(action), started, Duration.between(started, now)));
        }
        if (action instanceof ResourceAction r && bringsUp(r)) {
            Target target = targets.get(r.resource());
            if (target != null && target.node.equals(r.node())) {
                targets.put(r.resource(), new Target(target.node, target.task, success || target.up,
                        !success));
            }
            if (done()) {
                return end(true, now);
            }
        }
        if (action instanceof ClusterAction c && c.task().equals("stonith") && success) {
            fencing.remove(c.node());
            if (done()) {
                return end(true, now);
            }
        }
        return List.of();
    }

    private boolean done() {
        return fencing.isEmpty() && targets.values().stream().allMatch(Target::up);
    }

    private List<OperationalEvent> end(boolean success, Instant now) {
        var lines = new ArrayList<OperationalEvent>();
        Duration took = Duration.between(began, now);
        if (success) {
            targets.forEach((resource, target) -> {
                if (target.task.equals("start")) {
                    lines.add(new OperationalEvent.ResourceRunning(now, dc, resource, target.node));
                }
            });
            lines.add(new OperationalEvent.FailoverSucceeded(now, dc, cause, took, steps));
        } else {
            lines.add(new OperationalEvent.FailoverFailed(now, dc, cause, took, steps));
        }
        cause = null;
        began = null;
        targets.clear();
        steps.clear();
        fencing.clear();
        return lines;
    }

    private static boolean bringsUp(ResourceAction action) {
        return action.task().equals("start") || action.task().equals("promote");
    }

    private static boolean movesOrFences(TransitionGraph graph) {
        var leaving = new LinkedHashMap<String, String>();
        var arriving = new LinkedHashMap<String, String>();
        for (var synapse : graph.synapses()) {
            GraphAction action = synapse.action();
            if (action instanceof ClusterAction c && c.task().equals("stonith")) {
                return true;
            }
            if (action instanceof ResourceAction r) {
                if (r.task().equals("stop") || r.task().equals("demote")) {
                    leaving.put(r.resource(), r.node());
                } else if (bringsUp(r)) {
                    arriving.put(r.resource(), r.node());
                }
            }
        }
        for (var entry : arriving.entrySet()) {
            String from = leaving.get(entry.getKey());
            if (from != null && !from.equals(entry.getValue())) {
                return true;
            }
        }
        return false;
    }

    private static String describe(GraphAction action) {
        return switch (action) {
            case ResourceAction r -> r.task() + " " + r.resource() + " on " + r.node();
            case ClusterAction c -> c.task().equals("stonith")
                    ? "fence " + c.node() + " (" + c.attributes().getOrDefault("CRM_meta_stonith_action", "reboot") + ")"
                    : c.task() + " " + c.node();
            case org.paceline.scheduler.graph.PseudoAction p -> p.key();
        };
    }

    private record Target(String node, String task, boolean up, boolean failed) {}
}
