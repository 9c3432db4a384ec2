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
    private final ClusterState state;
    private final List<Summary.Change> changes = new ArrayList<>();
    private final List<String> fenceLines = new ArrayList<>();

    private TransitionSummary(Placement placement) {
        this.placement = placement;
        this.state = placement.state();
    }

    /** The changes; fencing lines are returned by {@link #fenceLines(ClusterState)}. */
    public static Summary of(Placement placement) {
        var summary = new TransitionSummary(placement);
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
        ClusterNode current = r.runningOn().isEmpty() ? null : r.runningOn().getFirst();
        ClusterNode next = placement.assignedNode(r).orElse(null);
        Role role = currentRole(r);
        Role nextRole = placement.nextRole(r);
        if (current == null && r.orphan()) {
            return;
        }
        if (!r.managed() || current == null && next == null) {
            return;
        }
        boolean moving = current != null && next != null && current != next;
        // Whatever failed on a node about to be fenced is moot: fencing stops it.
        boolean failed = r.failed() && !(current != null && current.unclean());
        String stopReason = stopReason(r);
        if (withoutQuorum() && needsQuorum(r)) {
            if (current != null) {
                for (ClusterNode node : r.runningOn()) {
                    add("Stop", r, role, Role.STOPPED, node, null, "no quorum", false);
                }
            } else if (next != null) {
                add("Start", r, role, nextRole, null, next, "no quorum", true);
            }
            return;
        }
        if (role == nextRole && next != null) {
            if (moving && migratable(r, current)) {
                add("Migrate", r, role, nextRole, current, next, null, false);
            } else if (failed) {
                add("Recover", r, role, nextRole, current, moving ? next : null, null, false);
            } else if (moving) {
                add("Move", r, role, nextRole, current, next, null, false);
            }
            return;
        }
        if (current != null && nextRole == Role.STOPPED) {
            for (ClusterNode node : r.runningOn()) {
                add("Stop", r, role, nextRole, node, null, stopReason, false);
            }
            return;
        }
        if (current != null && failed && nextRole.isActive()) {
            add("Recover", r, role, nextRole, current, next, null, false);
        } else if (moving) {
            add("Move", r, role, nextRole, current, next, null, false);
        } else if (role == Role.PROMOTED && current != null) {
            add("Demote", r, role, nextRole, current, next, null, false);
        } else if (nextRole == Role.PROMOTED) {
            add("Promote", r, role, nextRole, current, next, null, false);
        } else if (!role.isActive() && nextRole.isActive()) {
            add("Start", r, role, nextRole, current, next, null, false);
        }
    }

    /** Live migration instead of stop and start: asked for, not failed, from a node that is up. */
    private static boolean migratable(ResourceInstance r, ClusterNode from) {
        return org.paceline.cib.rules.Values.isTrue(r.meta().get("allow-migrate")) && !r.failed()
                && !r.isCloneInstance() && from.online() && !from.unclean() && r.runningOn().size() == 1;
    }

    private String stopReason(ResourceInstance r) {
        return "node availability";
    }

    /** Without quorum, under no-quorum-policy=stop, nothing that needs quorum may run. */
    private boolean withoutQuorum() {
        return !state.haveQuorum() && state.options().noQuorumPolicy().equals("stop");
    }

    private static boolean needsQuorum(ResourceInstance r) {
        String requires = r.meta().get("requires");
        if (requires != null) {
            return !requires.equals("nothing");
        }
        return r.primitive() == null || !r.primitive().isFencingDevice();
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
                     ClusterNode destination, String reason, boolean blocked) {
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
