package org.paceline.scheduler.actions;

import java.util.ArrayList;
import java.util.List;

import org.paceline.scheduler.Summary;
import org.paceline.scheduler.placement.Placement;
import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ClusterState;
import org.paceline.scheduler.state.ResourceInstance;
import org.paceline.scheduler.state.Role;

/**
 * What changes for each resource, as crm_simulate's Transition Summary lists it: one
 * line per primitive that starts, stops, moves, recovers, is promoted or demoted, in
 * resource order, after a line per node to be fenced.
 */
public final class TransitionSummary {
    private final Placement placement;
    private final ActionPlan plan;
    private final ClusterState state;
    private final List<Summary.Change> changes = new ArrayList<>();
    private final List<String> fenceLines = new ArrayList<>();

    private TransitionSummary(ActionPlan plan) {
        this.plan = plan;
        this.placement = plan.placement();
        this.state = placement.state();
    }

    /** The changes; fencing lines are returned by {@link #fenceLines(ClusterState)}. */
    public static Summary of(ActionPlan plan) {
        var summary = new TransitionSummary(plan);
        for (ResourceInstance top : summary.state.resources()) {
            summary.visit(top);
        }
        return new Summary(summary.changes);
    }

    /** {@code * Fence (reboot) node1 'reason'}, one per node this transition fences. */
    public static List<String> fenceLines(ClusterState state) {
        var lines = new ArrayList<String>();
        for (ClusterNode node : Fencing.targets(state)) {
            lines.add("  * Fence (" + state.options().fencingAction() + ") " + node.name() + " '"
                    + (node.fenceReason() == null ? "node is unclean" : node.fenceReason()) + "'");
        }
        return lines;
    }

    private void visit(ResourceInstance resource) {
        if (resource.variant() != ResourceInstance.Variant.PRIMITIVE) {
            for (ResourceInstance child : resource.children()) {
                visit(child);
            }
            return;
        }
        primitive(resource);
    }

    private void primitive(ResourceInstance r) {
        ClusterNode current = currentNode(r);
        ClusterNode next = placement.assignedNode(r).orElse(null);
        Role role = currentRole(r);
        Role nextRole = placement.nextRole(r);
        if (current == null && r.orphan()) {
            return;
        }
        if (!r.managed() || current == null && next == null) {
            return;
        }
        PlannedAction start = onNode(plan.actions(r, "start"), next);
        PlannedAction stop = onNode(plan.actions(r, "stop"), current);
        PlannedAction promote = onNode(plan.actions(r, "promote"), next);
        PlannedAction demote = onNode(plan.actions(r, "demote"), current);
        boolean moving = current != null && next != null && current != next;
        // Whatever failed on a node about to be fenced is moot: fencing stops it.
        boolean failed = ActionPlan.failedHere(r);
        if (role == nextRole && next != null) {
            String unmigrateable = moving && stop != null && migratable(r, current) ? unmigrateable(start) : null;
            if (moving && stop != null && migratable(r, current) && unmigrateable == null) {
                add("Migrate", r, role, nextRole, current, next, start, null);
            } else if (plan.reloads(r) && (start == null || start.optional())) {
                add("Reload", r, role, nextRole, current, next, start, null);
            } else if (unmigrateable != null) {
                changes.add(new Summary.Change(failed ? "Recover" : "Move", r.id(),
                        current.name() + " -> " + next.name(), "unmigrateable " + unmigrateable + " stop", false));
            } else if (start != null && !start.runnable() && current != null) {
                add("Stop", r, role, nextRole, current, null, stop, stop == null || stop.reason() == null ? start : stop);
            } else if (start == null || start.optional()) {
                if (required(demote) && required(promote)) {
                    add("Re-promote", r, role, nextRole, current, next, promote, demote);
                }
            } else if (moving) {
                add(failed ? "Recover" : "Move", r, role, nextRole, current, next, stop, null);
            } else if (failed) {
                add("Recover", r, role, nextRole, current, null, stop, null);
            } else {
                add("Restart", r, role, nextRole, current, next, start, null);
            }
            return;
        }
        if (stop != null && (nextRole == Role.STOPPED || start != null && !start.runnable())) {
            for (ClusterNode node : r.runningOn()) {
                PlannedAction stopHere = onNode(plan.actions(r, "stop"), node);
                PlannedAction reason = stopHere != null && stopHere.reason() != null ? stopHere : start;
                add("Stop", r, role, nextRole, node, null, stopHere, reason);
            }
        } else if (stop != null && failed) {
            add("Recover", r, role, nextRole, current, next, stop, start);
        } else if (moving) {
            add("Move", r, role, nextRole, current, next, stop, null);
        } else if (required(demote) && required(promote)) {
            add("Re-promote", r, role, nextRole, current, next, promote, demote);
        } else if (role == Role.PROMOTED && demote != null) {
            add("Demote", r, role, nextRole, current, next, demote, null);
        } else if (nextRole == Role.PROMOTED && promote != null) {
            add("Promote", r, role, nextRole, current, next, promote, null);
        } else if (!role.isActive() && nextRole.isActive() && start != null) {
            add("Start", r, role, nextRole, current, next, start, null);
        }
    }

    /** Where it runs; when on several nodes, the first that is up and clean, as Pacemaker reports it. */
    static ClusterNode currentNode(ResourceInstance r) {
        for (ClusterNode node : r.runningOn()) {
            if (node.online() && !node.unclean()) {
                return node;
            }
        }
        return r.runningOn().isEmpty() ? null : r.runningOn().getFirst();
    }

    private static boolean required(PlannedAction action) {
        return action != null && !action.optional();
    }

    private static PlannedAction onNode(List<PlannedAction> actions, ClusterNode node) {
        for (PlannedAction action : actions) {
            if (action.node() == node) {
                return action;
            }
        }
        return actions.isEmpty() || node != null ? null : actions.getFirst();
    }

    /**
     * What keeps a migration from happening: something it must start after that is
     * stopped (not migrated) in the same transition. Its id, or null when nothing does.
     */
    private String unmigrateable(PlannedAction start) {
        if (start == null) {
            return null;
        }
        for (PlannedAction first : plan.mandatoryFirsts(start)) {
            ResourceInstance before = first.resource();
            if (start.resource().selfAndAncestors().contains(before) || first.optional()) {
                continue; // its own group's or clone's bookkeeping, or a first that is not redone
            }
            for (ResourceInstance primitive : before.primitives()) {
                ClusterNode from = primitive.runningOn().isEmpty() ? null : primitive.runningOn().getFirst();
                ClusterNode to = placement.assignedNode(primitive).orElse(null);
                boolean stops = plan.actions(primitive, "stop").stream().anyMatch(stop -> !stop.optional());
                boolean migrates = from != null && to != null && from != to && migratable(primitive, from);
                if (stops && !migrates) {
                    return before.id();
                }
            }
        }
        return null;
    }

    /** Live migration instead of stop and start: asked for, not failed, from a node that is up. */
    private static boolean migratable(ResourceInstance r, ClusterNode from) {
        return org.paceline.cib.rules.Values.isTrue(r.meta().get("allow-migrate")) && !r.failed()
                && !r.isCloneInstance() && from.online() && !from.unclean() && r.runningOn().size() == 1;
    }

    private static Role currentRole(ResourceInstance r) {
        Role role = r.runningOn().isEmpty() ? Role.STOPPED : r.role();
        if (role == Role.STARTED && r.isPromotable()) {
            return Role.UNPROMOTED;
        }
        return role == Role.UNKNOWN ? Role.STOPPED : role;
    }

    /** Builds the details text as crm_simulate words it for each kind of change. */
    private void add(String verb, ResourceInstance r, Role role, Role nextRole, ClusterNode origin,
                     ClusterNode destination, PlannedAction action, PlannedAction source) {
        PlannedAction because = source != null ? source : action;
        String reason = because == null ? null : because.reason();
        boolean blocked = action != null && !action.runnable();
        boolean needRole = role.compareTo(Role.STARTED) > 0 || nextRole.compareTo(Role.UNPROMOTED) > 0;
        boolean sameHost = origin != null && origin == destination || origin != null && destination == null
                && verb.equals("Recover");
        boolean sameRole = role == nextRole;
        String details;
        if (verb.equals("Recover") && destination == null) {
            details = needRole ? role.text() + " " + origin.name() : origin.name();
        } else if (needRole && origin == null) {
            details = role.text() + " -> " + nextRole.text() + " " + destination.name();
        } else if (origin == null) {
            details = destination.name();
        } else if (needRole && destination == null) {
            details = role.text() + " " + origin.name();
        } else if (destination == null) {
            details = origin.name();
        } else if (needRole && sameRole && sameHost) {
            details = role.text() + " " + origin.name();
        } else if (sameRole && sameHost) {
            details = origin.name();
        } else if (needRole && sameRole) {
            details = origin.name() + " -> " + destination.name() + " " + role.text();
        } else if (sameRole) {
            details = origin.name() + " -> " + destination.name();
        } else if (sameHost) {
            details = role.text() + " -> " + nextRole.text() + " " + origin.name();
        } else {
            details = role.text() + " " + origin.name() + " -> " + nextRole.text() + " " + destination.name();
        }
        changes.add(new Summary.Change(verb, r.id(), details, reason, blocked));
    }
}
