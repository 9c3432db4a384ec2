package org.paceline.scheduler.graph;

import java.util.LinkedHashMap;
import java.util.Map;

import org.paceline.cib.rules.Values;
import org.paceline.scheduler.placement.Placement;
import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ResourceInstance;
import org.paceline.scheduler.state.Role;

/**
 * Live migration in place of a stop and a start: {@code migrate_to} on the node it
 * leaves, {@code migrate_from} on the node it goes to, then the stop on the old node, and
 * the start becomes a pseudo action marking it running. Orders between two starts carry
 * over to the migrations that stand for them.
 */
final class Migrations {
    private final Placement placement;
    private final ActionTable table;
    private final Map<ResourceInstance, DraftAction[]> migrating = new LinkedHashMap<>();

    Migrations(Placement placement, ActionTable table) {
        this.placement = placement;
        this.table = table;
    }

    /** Turns a move into a migration when the resource allows it, as the Transition Summary says "Migrate". */
    void create(ResourceInstance r, DraftAction start) {
        ClusterNode current = r.runningOn().size() == 1 ? r.runningOn().getFirst() : null;
        ClusterNode next = placement.assignedNode(r).orElse(null);
        if (start == null || !start.inGraph || current == null || next == null || current == next
                || !migratable(r, current) || currentRole(r) != placement.nextRole(r)
                || table.find(r, "stop", current) == null) {
            return;
        }
        start.kind = DraftAction.Kind.PSEUDO;
        DraftAction to = table.create(r, "migrate_to", r.id() + "_migrate_to_0", current, 0,
                DraftAction.Kind.RESOURCE, true);
        DraftAction from = table.create(r, "migrate_from", r.id() + "_migrate_from_0", next, 0,
                DraftAction.Kind.RESOURCE, true);
        for (DraftAction migration : new DraftAction[] {to, from}) {
            migration.meta.put("CRM_meta_migrate_source", current.name());
            migration.meta.put("CRM_meta_migrate_target", next.name());
        }
        to.meta.put("CRM_meta_record_pending", "true");
        table.order(to, from, true);
        table.order(from, table.find(r, "stop", current), true);
        table.order(from, start, true);
        migrating.put(r, new DraftAction[] {to, from});
    }

    /** "Start A then start B" with B migrating: B's migrate_to waits for A (for A's migrate_from when A migrates too). */
    void carryOverOrders() {
        for (ActionTable.Relation relation : table.relations()) {
            ResourceInstance first = relation.firstResource();
            ResourceInstance then = relation.thenResource();
            if (first == null || then == null || first == then || !"start".equals(relation.firstTask())
                    || !"start".equals(relation.thenTask()) || !migrating.containsKey(then)
                    || related(first, then)) {
                continue;
            }
            DraftAction thenMigrateTo = migrating.get(then)[0];
            if (migrating.containsKey(first)) {
                ActionTable.edge(migrating.get(first)[1], thenMigrateTo, false);
            } else {
                for (DraftAction firstAction : table.firsts(relation)) {
                    ActionTable.edge(firstAction, thenMigrateTo, false);
                }
            }
        }
    }

    private static boolean related(ResourceInstance a, ResourceInstance b) {
        return a.parent().orElse(null) == b || b.parent().orElse(null) == a;
    }

    private static boolean migratable(ResourceInstance r, ClusterNode from) {
        return Values.isTrue(r.meta().get("allow-migrate")) && !r.failed() && !r.isCloneInstance() && from.online()
                && !from.unclean();
    }

    private static Role currentRole(ResourceInstance r) {
        Role role = r.role();
        if (role == Role.STARTED && r.isPromotable()) {
            return Role.UNPROMOTED;
        }
        return role == Role.UNKNOWN ? Role.STOPPED : role;
    }
}
