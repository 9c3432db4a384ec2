package org.paceline.scheduler.placement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.paceline.cib.rules.Score;
import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ResourceInstance;
import org.paceline.scheduler.state.Role;

/**
 * Assigns resources to nodes one at a time: a resource's primaries first, then the best
 * node for it given its scores, what it is colocated with, and what is colocated with it.
 */
final class Assignment {
    private final Placement placement;
    private final CloneAssignment clones;

    Assignment(Placement placement) {
        this.placement = placement;
        this.clones = new CloneAssignment(placement, this);
    }

    void assign(ResourceInstance resource) {
        if (placement.decided.contains(resource) || placement.deciding.contains(resource)) {
            return;
        }
        placement.deciding.add(resource);
        switch (resource.variant()) {
            case PRIMITIVE -> assignPrimitive(resource, null);
            case GROUP -> {
                for (ResourceInstance member : resource.children()) {
                    assign(member);
                }
                ResourceInstance first = resource.children().isEmpty() ? null : resource.children().getFirst();
                ClusterNode node = first == null ? null : placement.assigned.get(first);
                if (node != null) {
                    placement.assigned.put(resource, node);
                }
                placement.nextRole.put(resource, highestNextRole(resource));
            }
            case CLONE -> clones.assign(resource);
            case BUNDLE -> placement.nextRole.put(resource, resource.role());
        }
        placement.deciding.remove(resource);
        placement.decided.add(resource);
    }

    /** Assigns one primitive; {@code prefer} is a node to keep it on when scores allow (clone instances). */
    void assignPrimitive(ResourceInstance r, ClusterNode prefer) {
        placement.deciding.add(r);
        try {
            if (!r.managed()) {
                ClusterNode current = r.runningOn().isEmpty() ? null : r.runningOn().getFirst();
                set(r, current, current == null ? Role.STOPPED : r.role());
                return;
            }
            boolean stopOnly = r.runningOn().size() > 1 && "stop_only".equals(r.meta().get("multiple-active"));
            if (r.orphan() || r.targetRole() == Role.STOPPED || r.onFail() == ResourceInstance.OnFail.STOP && r.failed()
                    || stopOnly) {
                set(r, null, Role.STOPPED);
                return;
            }
            Map<ClusterNode, Integer> scores = new LinkedHashMap<>(placement.allowed.get(r));
            applyPrimaries(r, scores);
            addDependentPreferences(r, scores);
            placement.allowed.put(r, scores);
            ClusterNode chosen = choose(r, scores, prefer);
            set(r, chosen, chosen == null ? Role.STOPPED : Role.STARTED);
        } finally {
            placement.deciding.remove(r);
            placement.decided.add(r);
        }
    }

    private void set(ResourceInstance r, ClusterNode node, Role role) {
        if (node != null) {
            placement.assigned.put(r, node);
            placement.bumpCount(node);
            placement.capacity.take(r, node);
        } else {
            placement.assigned.remove(r);
        }
        placement.nextRole.put(r, role);
    }

    /** Applies every colocation in which {@code r} (or the group it leads) is the dependent. */
    void applyPrimaries(ResourceInstance r, Map<ClusterNode, Integer> scores) {
        for (ColocationEdge edge : List.copyOf(placement.edgesWithDependent(r))) {
            if (!dependsAs(edge.dependent(), r)) {
                continue;
            }
            if (edge.dependentRole() != null && edge.dependent().isPromotable()) {
                continue; // a colocation of one role of a promotable clone decides promotion, not placement
            }
            ResourceInstance primary = edge.primary();
            if (placement.deciding.contains(primary) && !placement.decided.contains(primary)) {
                continue;
            }
            assign(primary);
            var before = new LinkedHashMap<>(scores);
            List<ClusterNode> where = primaryNodes(primary, edge.primaryRole());
            applyPrimary(edge, where, scores);
            for (Map.Entry<ClusterNode, Integer> entry : scores.entrySet()) {
                if (!Objects.equals(before.get(entry.getKey()), entry.getValue())) {
                    String whereText = where.isEmpty() ? "nowhere" : where.stream().map(ClusterNode::name)
                            .collect(java.util.stream.Collectors.joining(", "));
                    placement.audit.set(r, entry.getKey(), entry.getValue(), "colocation " + edge.id() + " with "
                            + primary.id() + (edge.primaryRole() == null ? "" : " (" + edge.primaryRole().text() + ")")
                            + " placed on " + whereText + ", score " + org.paceline.cib.rules.Score.format(edge.score()));
                }
            }
        }
    }

    /** Whether an edge's dependent stands for {@code r}: it is {@code r}, or a group {@code r} leads. */
    private static boolean dependsAs(ResourceInstance dependent, ResourceInstance r) {
        if (dependent == r) {
            return true;
        }
        return dependent.variant() == ResourceInstance.Variant.GROUP && !dependent.children().isEmpty()
                && dependent.children().getFirst() == r;
    }

    static void applyPrimary(ColocationEdge edge, List<ClusterNode> primaryNodes,
                             Map<ClusterNode, Integer> scores) {
        for (Map.Entry<ClusterNode, Integer> entry : scores.entrySet()) {
            ClusterNode node = entry.getKey();
            boolean together = primaryNodes.stream().anyMatch(p -> sameValue(edge.nodeAttribute(), p, node));
            if (together) {
                if (!edge.mandatory()) {
                    entry.setValue(Score.add(entry.getValue(), edge.score()));
                }
            } else if (edge.mandatory()) {
                entry.setValue(-Score.INFINITY);
            }
        }
    }

    static boolean sameValue(String attribute, ClusterNode a, ClusterNode b) {
        if (attribute == null || attribute.equals("#uname")) {
            return a == b;
        }
        if (attribute.equals("#id")) {
            return Objects.equals(a.id(), b.id());
        }
        String va = a.attributes().get(attribute);
        return va != null && va.equals(b.attributes().get(attribute));
    }

    /** Where a primary ended up, in the role asked for (any active role when none is). */
    List<ClusterNode> primaryNodes(ResourceInstance primary, Role role) {
        var nodes = new ArrayList<ClusterNode>();
        if (primary.variant() == ResourceInstance.Variant.CLONE) {
            for (ResourceInstance instance : primary.children()) {
                ClusterNode node = placement.assigned.get(instance);
                if (node != null && (role == null || placement.nextRole(instance) == role) && !nodes.contains(node)) {
                    nodes.add(node);
                }
            }
            return nodes;
        }
        ClusterNode node = placement.assigned.get(primary);
        if (primary.variant() == ResourceInstance.Variant.GROUP && !primary.children().isEmpty()) {
            node = placement.assigned.get(primary.children().getLast());
        }
        if (node != null && (role == null || placement.nextRole(primary) == role)) {
            nodes.add(node);
        }
        return nodes;
    }

    /**
     * Adds the preferences of resources colocated with {@code r} (and, transitively, with
     * them), scaled by each colocation's score, so that a primary goes where its
     * dependents can follow. A dependent whose preferences would leave no usable node
     * adds nothing; for a clone, dependents only pull and never push.
     */
    void addDependentPreferences(ResourceInstance r, Map<ClusterNode, Integer> scores) {
        Set<ResourceInstance> visiting = Collections.newSetFromMap(new IdentityHashMap<>());
        visiting.add(r);
        boolean onlyPull = r.variant() == ResourceInstance.Variant.CLONE;
        for (ColocationEdge edge : placement.edgesWithPrimary(r)) {
            ResourceInstance dependent = influencingDependent(edge, r);
            if (dependent != null && !visiting.contains(dependent)) {
                var before = new LinkedHashMap<>(scores);
                addColocated(dependent, scores, edge, Score.colocationFactor(1.0f, edge.score()), onlyPull, visiting);
                for (Map.Entry<ClusterNode, Integer> entry : scores.entrySet()) {
                    Integer was = before.get(entry.getKey());
                    if (!Objects.equals(was, entry.getValue())) {
                        placement.audit.set(r, entry.getKey(), entry.getValue(), "preferences of " + dependent.id()
                                + " (and what follows it), colocated with it by " + edge.id());
                    }
                }
            }
        }
    }

    /** The dependent of an edge whose primary is {@code primary}, when it may influence it. */
    private ResourceInstance influencingDependent(ColocationEdge edge, ResourceInstance primary) {
        if (!dependsAs(edge.primary(), primary) && edge.primary() != primary) {
            return null;
        }
        ResourceInstance dependent = edge.dependent();
        if (dependent.variant() == ResourceInstance.Variant.GROUP && !dependent.children().isEmpty()) {
            dependent = dependent.children().getFirst();
        }
        if (placement.decided.contains(dependent) || dependent.variant() == ResourceInstance.Variant.CLONE
                || !(edge.influence() || primary.runningOn().isEmpty())) {
            return null;
        }
        return dependent;
    }

    void addColocated(ResourceInstance source, Map<ClusterNode, Integer> nodes, ColocationEdge edge,
                              float factor, boolean onlyPull, Set<ResourceInstance> visiting) {
        addColocated(source, nodes, edge, factor, onlyPull, visiting, true);
    }

    /**
     * @param throughGroups whether a group member passes on the wishes of the members after
     *                      it; a group that follows a promoted role speaks through its first
     *                      member alone
     */
    void addColocated(ResourceInstance source, Map<ClusterNode, Integer> nodes, ColocationEdge edge,
                      float factor, boolean onlyPull, Set<ResourceInstance> visiting, boolean throughGroups) {
        Map<ClusterNode, Integer> theirs = placement.allowed.get(source);
        if (theirs == null) {
            return;
        }
        var work = new LinkedHashMap<>(nodes);
        for (Map.Entry<ClusterNode, Integer> entry : work.entrySet()) {
            int best = -Score.INFINITY;
            for (Map.Entry<ClusterNode, Integer> their : theirs.entrySet()) {
                if (placement.usable(their.getKey()) && their.getValue() > best
                        && sameValue(edge.nodeAttribute(), their.getKey(), entry.getKey())) {
                    best = their.getValue();
                }
            }
            if (factor < 0 && best < 0) {
                continue;
            }
            int current = entry.getValue();
            int updated = Score.add(current, Score.scale(best, factor));
            if (onlyPull && updated < 0 && current > 0) {
                entry.setValue(1);
            } else if (!(onlyPull && updated < 0 && current == 0)) {
                entry.setValue(updated);
            }
        }
        if (work.entrySet().stream().noneMatch(e -> placement.usable(e.getKey()) && e.getValue() >= 0)) {
            return; // it would leave nowhere to go: ignore this dependent's wishes
        }
        visiting.add(source);
        for (ColocationEdge next : placement.edgesWithPrimary(source)) {
            if (!throughGroups && next.id().endsWith(Colocations.GROUP_INTERNAL)) {
                continue;
            }
            ResourceInstance dependent = influencingDependent(next, source);
            if (dependent != null && !visiting.contains(dependent)) {
                addColocated(dependent, work, next, Score.colocationFactor(factor, next.score()), onlyPull, visiting,
                        throughGroups);
            }
        }
        visiting.remove(source);
        nodes.clear();
        nodes.putAll(work);
    }

    /** The best node: highest score, then fewest resources, then the current node, then by name. */
    ClusterNode choose(ResourceInstance r, Map<ClusterNode, Integer> scores, ClusterNode prefer) {
        ClusterNode current = r.runningOn().size() == 1 ? r.runningOn().getFirst() : null;
        Capacity capacity = placement.capacity;
        var nodes = new ArrayList<>(scores.keySet());
        // Room is judged for this resource together with what must follow it (mandatory
        // colocations not yet placed), unless no node has room for all of them.
        var followers = mandatoryFollowers(r);
        var together = Capacity.withFollowers(r, followers);
        boolean anyRoomForAll = nodes.stream().anyMatch(node -> capacity.fits(together, node));
        for (ClusterNode node : nodes) {
            boolean fits = anyRoomForAll ? capacity.fits(together, node) : capacity.fits(r, node);
            if (!fits && scores.get(node) > -Score.INFINITY) {
                scores.put(node, -Score.INFINITY);
                placement.audit.set(r, node, -Score.INFINITY, "placement-strategy: not enough capacity left there");
            }
        }
        nodes.sort((a, b) -> {
            int sa = placement.usable(a) ? scores.get(a) : -Score.INFINITY;
            int sb = placement.usable(b) ? scores.get(b) : -Score.INFINITY;
            if (sa != sb) {
                return Integer.compare(sb, sa);
            }
            if (capacity.minimal()) {
                return a.name().compareTo(b.name());
            }
            if (capacity.balanced()) {
                int room = capacity.compareRoom(a, b);
                if (room != 0) {
                    return -room;
                }
            }
            int ca = placement.count(a);
            int cb = placement.count(b);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            if (a == current) {
                return -1;
            }
            if (b == current) {
                return 1;
            }
            return a.name().compareTo(b.name());
        });
        if (nodes.isEmpty()) {
            return null;
        }
        ClusterNode chosen = nodes.getFirst();
        if (!placement.usable(chosen) || scores.get(chosen) < 0) {
            return null;
        }
        if (prefer != null && prefer != chosen && placement.usable(prefer) && scores.containsKey(prefer)
                && Objects.equals(scores.get(prefer), scores.get(chosen))) {
            return prefer;
        }
        return chosen;
    }

    /** Primitives colocated with {@code r} at INFINITY (directly or through others), not yet placed. */
    private List<ResourceInstance> mandatoryFollowers(ResourceInstance r) {
        var found = new ArrayList<ResourceInstance>();
        var queue = new java.util.ArrayDeque<ResourceInstance>();
        queue.add(r);
        while (!queue.isEmpty()) {
            ResourceInstance primary = queue.poll();
            for (ColocationEdge edge : placement.edgesWithPrimary(primary)) {
                if (edge.primary() != primary || !edge.mandatory() || edge.id().endsWith(Colocations.GROUP_INTERNAL)) {
                    continue;
                }
                for (ResourceInstance follower : edge.dependent().primitives()) {
                    if (follower != r && !found.contains(follower) && !placement.decided.contains(follower)
                            && !placement.deciding.contains(follower)) {
                        found.add(follower);
                        queue.add(follower);
                    }
                }
            }
        }
        return found;
    }

    private Role highestNextRole(ResourceInstance collective) {
        Role highest = Role.STOPPED;
        for (ResourceInstance child : collective.children()) {
            Role role = placement.nextRole(child);
            if (role.compareTo(highest) > 0) {
                highest = role;
            }
        }
        return highest;
    }
}
