package org.paceline.scheduler.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.paceline.cib.resources.Operation;
import org.paceline.cib.rules.IntervalSpec;
import org.paceline.cib.rules.Values;
import org.paceline.cib.status.OperationRecord;
import org.paceline.scheduler.placement.Placement;
import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ClusterState;
import org.paceline.scheduler.state.ResourceInstance;
import org.paceline.scheduler.state.Role;

/**
 * Recurring monitors: those already running (as the history shows them since the last
 * start), those a start or a role change needs, and the cancellation of those meant for
 * a role the resource is leaving. A monitor already running where it should is left
 * alone unless the resource starts again.
 */
final class RecurringMonitors {
    private final Placement placement;
    private final ClusterState state;
    private final ActionTable table;

    RecurringMonitors(Placement placement, ActionTable table) {
        this.placement = placement;
        this.state = placement.state();
        this.table = table;
    }

    /**
     * Marks the recurring operations the history shows active, as Pacemaker does while
     * reading the status: they keep their place (and number) among the resource's actions.
     */
    void markActive() {
        for (ResourceInstance resource : state.allResources()) {
            if (resource.variant() != ResourceInstance.Variant.PRIMITIVE) {
                continue;
            }
            resource.history().forEach((node, operations) -> {
                if (!node.online()) {
                    return;
                }
                for (OperationRecord op : sinceLastStart(operations)) {
                    long interval = recordedMillis(op);
                    if (interval == 0 || op.operation() == null || op.status().orElse(0) == -1) {
                        continue;
                    }
                    String key = resource.id() + "_" + op.operation() + "_" + interval;
                    if (existing(resource, key, node) == null) {
                        table.create(resource, op.operation(), key, node, interval, DraftAction.Kind.RESOURCE, false);
                    }
                }
                // A failure to be recovered schedules its stop while the status is read.
                if (resource.onFail() == ResourceInstance.OnFail.RESTART && resource.failedOn().contains(node)
                        && resource.runningOn().contains(node) && resource.managed()) {
                    table.create(resource, "stop", resource.id() + "_stop_0", node, 0, DraftAction.Kind.RESOURCE, false);
                }
            });
        }
    }

    /**
     * The operations after the last start, or none when the last stop came after it. A
     * promoted instance's history may hold no start at all: its {@code last_0} record was
     * overwritten by the promote; as in Pacemaker, a promote or demote then stands for it.
     */
    private static List<OperationRecord> sinceLastStart(List<OperationRecord> operations) {
        int start = -1;
        int stop = -1;
        int impliedStart = -1;
        for (int i = 0; i < operations.size(); i++) {
            OperationRecord op = operations.get(i);
            String task = op.operation();
            long interval = recordedMillis(op);
            int rc = op.rc().orElse(0);
            if ("start".equals(task) || "migrate_from".equals(task)
                    || "monitor".equals(task) && interval == 0 && (rc == 0 || rc == 8)) {
                start = i;
            } else if ("stop".equals(task)) {
                stop = i;
            } else if ("promote".equals(task) || "demote".equals(task)) {
                impliedStart = i;
            }
        }
        if (start < 0) {
            start = impliedStart;
        }
        if (start < stop || start < 0) {
            return List.of();
        }
        return operations.subList(start + 1, operations.size());
    }

    /**
     * Cancels the monitors running on the resource's node for a role it leaves (the
     * unpromoted monitor of an instance about to be promoted).
     */
    List<DraftAction> cancellations(ResourceInstance r, boolean promoting, boolean demoting) {
        var cancels = new ArrayList<DraftAction>();
        ClusterNode next = placement.assignedNode(r).orElse(null);
        Role nextRole = placement.nextRole(r);
        if (next == null || !nextRole.isActive() || r.primitive() == null || !r.managed()) {
            return cancels;
        }
        for (Operation op : r.primitive().operations()) {
            Role role = op.role().flatMap(Role::parse).orElse(null);
            long interval = interval(op);
            if (interval <= 0 || role == null || matches(role, nextRole)) {
                continue;
            }
            DraftAction active = existing(r, r.id() + "_monitor_" + interval, next);
            if (active != null && (promoting || demoting)) {
                active.task = "cancel";
                active.inGraph = true;
                cancels.add(active);
            }
        }
        return cancels;
    }

    /** Creates (or takes up) the monitors the resource needs where it will run. */
    void create(ResourceInstance r, DraftAction start, DraftAction promote, boolean startRunnable) {
        ClusterNode next = placement.assignedNode(r).orElse(null);
        Role nextRole = placement.nextRole(r);
        if (next == null || !nextRole.isActive() || r.primitive() == null) {
            return;
        }
        for (Operation op : r.primitive().operations()) {
            long interval = interval(op);
            Role role = op.role().flatMap(Role::parse).orElse(null);
            if (!"monitor".equals(op.name()) || interval <= 0 || role != null && !matches(role, nextRole)
                    || op.attribute("enabled").map(v -> !Values.isTrue(v)).orElse(false)) {
                continue;
            }
            String key = r.id() + "_monitor_" + interval;
            DraftAction monitor = existing(r, key, next);
            boolean startsHere = start != null && start.inGraph && start.node == next;
            boolean required = monitor == null || startsHere
                    || role == Role.PROMOTED && promote != null && promote.inGraph;
            if (monitor == null) {
                monitor = table.create(r, "monitor", key, next, interval, DraftAction.Kind.RESOURCE, false);
            }
            monitor.inGraph = required && startRunnable && next.canRunResources();
            if (role == Role.PROMOTED) {
                monitor.meta.put("CRM_meta_op_target_rc", "8");
            }
            table.order(start, monitor, true);
            if (nextRole == Role.PROMOTED) {
                table.order(promote, monitor, true);
            } else {
                for (DraftAction demote : table.of(r, "demote")) {
                    table.order(demote, monitor, true);
                }
            }
        }
    }

    private static boolean matches(Role opRole, Role nextRole) {
        if (opRole == Role.STARTED || opRole == Role.UNPROMOTED) {
            return nextRole == Role.STARTED || nextRole == Role.UNPROMOTED;
        }
        return opRole == nextRole;
    }

    /** A recorded operation's interval: milliseconds, as the status section writes it. */
    private static long recordedMillis(OperationRecord op) {
        try {
            return op.interval() == null ? 0 : Long.parseLong(op.interval().strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static long interval(Operation op) {
        OptionalLong interval = IntervalSpec.millis(op.interval());
        return interval.orElse(0);
    }

    private DraftAction existing(ResourceInstance r, String key, ClusterNode node) {
        for (DraftAction action : table.of(r)) {
            if (action.key.equals(key) && action.node == node) {
                return action;
            }
        }
        return null;
    }
}
