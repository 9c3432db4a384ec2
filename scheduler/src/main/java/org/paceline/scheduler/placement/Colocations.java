package org.paceline.scheduler.placement;

import java.util.ArrayList;
import java.util.List;

import org.paceline.cib.constraints.Colocation;
import org.paceline.cib.constraints.Constraint;
import org.paceline.cib.constraints.ResourceSet;
import org.paceline.cib.rules.Score;
import org.paceline.cib.rules.Values;
import org.paceline.scheduler.state.ResourceInstance;
import org.paceline.scheduler.state.Role;

/**
 * Every colocation the run honours: those configured (pairs and sets), and the ones a
 * group implies (each member with the one before it).
 */
final class Colocations {
    /** The id suffix of the colocations a group implies between its members. */
    static final String GROUP_INTERNAL = "-internal";

    private final Placement placement;

    Colocations(Placement placement) {
        this.placement = placement;
    }

    List<ColocationEdge> build() {
        var edges = new ArrayList<ColocationEdge>();
        for (ResourceInstance r : placement.state.allResources()) {
            if (r.variant() == ResourceInstance.Variant.GROUP && Values.isTrue(r.meta().getOrDefault("collocated", "true"))) {
                List<ResourceInstance> members = r.children();
                for (int i = 1; i < members.size(); i++) {
                    edges.add(new ColocationEdge(r.id() + GROUP_INTERNAL, members.get(i), members.get(i - 1),
                            Score.INFINITY, null, null, null, true));
                }
            }
        }
        for (Constraint constraint : placement.state.cib().configuration().constraints()) {
            if (constraint instanceof Colocation colocation) {
                add(colocation, edges);
            }
        }
        return edges;
    }

    private void add(Colocation c, List<ColocationEdge> edges) {
        if (c.score() == null && c.sets().isEmpty()) {
            return;
        }
        int score = c.score() == null ? 0 : Score.parse(c.score());
        boolean influence = c.extras().attributes().get("influence").map(Values::isTrue).orElse(true);
        String attribute = c.nodeAttribute();
        if (c.sets().isEmpty()) {
            for (ResourceInstance dependent : placement.targets.resolve(c.resource())) {
                for (ResourceInstance primary : placement.targets.resolve(c.withResource())) {
                    edge(c.id(), dependent, primary, score, c.resourceRole(), c.withResourceRole(), attribute,
                            influence, edges);
                }
            }
            return;
        }
        List<ResourceSet> sets = c.sets();
        for (int s = 0; s < sets.size(); s++) {
            ResourceSet set = sets.get(s);
            int setScore = set.attribute("score").map(Score::parse).orElse(score);
            String role = set.attribute("role").orElse(null);
            var members = resolveAll(set);
            boolean sequential = set.attribute("sequential").map(Values::isTrue).orElse(true);
            if (sequential) {
                for (int i = 1; i < members.size(); i++) {
                    edge(c.id(), members.get(i), members.get(i - 1), setScore, role, role, attribute, influence, edges);
                }
            }
            if (s + 1 < sets.size()) {
                ResourceSet next = sets.get(s + 1);
                var nextMembers = resolveAll(next);
                String nextRole = next.attribute("role").orElse(null);
                boolean nextSequential = next.attribute("sequential").map(Values::isTrue).orElse(true);
                var primaries = nextSequential && !nextMembers.isEmpty() ? List.of(nextMembers.getLast()) : nextMembers;
                for (ResourceInstance dependent : members) {
                    for (ResourceInstance primary : primaries) {
                        edge(c.id(), dependent, primary, score, role, nextRole, attribute, influence, edges);
                    }
                }
            }
        }
    }

    private List<ResourceInstance> resolveAll(ResourceSet set) {
        var members = new ArrayList<ResourceInstance>();
        for (String reference : set.resources()) {
            members.addAll(placement.targets.resolve(reference));
        }
        return members;
    }

    private static void edge(String id, ResourceInstance dependent, ResourceInstance primary, int score,
                             String dependentRole, String primaryRole, String attribute, boolean influence,
                             List<ColocationEdge> edges) {
        if (dependent == null || primary == null || dependent == primary || score == 0) {
            return;
        }
        edges.add(new ColocationEdge(id, dependent, primary, score, role(dependentRole), role(primaryRole),
                attribute == null ? "#uname" : attribute, influence));
    }

    private static Role role(String text) {
        Role role = Role.parse(text).orElse(null);
        return role == Role.STARTED ? null : role;
    }
}
