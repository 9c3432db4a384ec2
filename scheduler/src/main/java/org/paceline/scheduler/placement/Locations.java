package org.paceline.scheduler.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.paceline.cib.ClusterOption;
import org.paceline.cib.constraints.Constraint;
import org.paceline.cib.constraints.Location;
import org.paceline.cib.constraints.ResourceSet;
import org.paceline.cib.rules.Rule;
import org.paceline.cib.rules.RuleContext;
import org.paceline.cib.rules.RuleEvaluator;
import org.paceline.cib.rules.Score;
import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ClusterState;
import org.paceline.scheduler.state.ResourceInstance;
import org.paceline.scheduler.state.Role;

/**
 * Applies location constraints: a score for a node, or rules evaluated against each
 * node's attributes. Role-specific ones (role=Promoted) are kept for promotion.
 */
final class Locations {
    /** A location score that applies only to instances in one role. */
    record RoleScore(ResourceInstance resource, ClusterNode node, Role role, int score) {}

    private final ClusterState state;
    private final ConstraintTargets targets;
    private final Audit audit;

    Locations(ClusterState state, ConstraintTargets targets, Audit audit) {
        this.state = state;
        this.targets = targets;
        this.audit = audit;
    }

    /** Adds every location's scores to {@code allowed}; returns the role-specific ones. */
    List<RoleScore> apply(Map<ResourceInstance, Map<ClusterNode, Integer>> allowed) {
        var roleScores = new ArrayList<RoleScore>();
        for (Constraint constraint : state.cib().configuration().constraints()) {
            if (constraint instanceof Location location) {
                apply(location, allowed, roleScores);
            }
        }
        return roleScores;
    }

    private void apply(Location location, Map<ResourceInstance, Map<ClusterNode, Integer>> allowed,
                       List<RoleScore> roleScores) {
        if (location.resourcePattern() != null) {
            for (var match : targets.matching(location.resourcePattern())) {
                applyTo(location, match.resource(), match.submatches(), location.role(), allowed, roleScores);
            }
            return;
        }
        if (location.resource() != null) {
            for (ResourceInstance r : targets.resolve(location.resource())) {
                applyTo(location, r, List.of(), location.role(), allowed, roleScores);
            }
        }
        for (ResourceSet set : location.sets()) {
            String role = set.attribute("role").orElse(location.role());
            for (String member : set.resources()) {
                for (ResourceInstance r : targets.resolve(member)) {
                    applyTo(location, r, List.of(), role, allowed, roleScores);
                }
            }
        }
    }

    private void applyTo(Location location, ResourceInstance resource, List<String> submatches, String roleText,
                         Map<ResourceInstance, Map<ClusterNode, Integer>> allowed, List<RoleScore> roleScores) {
        Role role = Role.parse(roleText).orElse(null);
        if (role == Role.STARTED) {
            role = null;
        }
        if (location.rules().isEmpty()) {
            if (location.node() == null || location.score() == null) {
                return;
            }
            ClusterNode node = state.node(location.node()).orElse(null);
            if (node == null) {
                return;
            }
            add(resource, node, Score.parse(location.score()), role, allowed, roleScores,
                    "location " + location.id());
            return;
        }
        for (Rule rule : location.rules()) {
            Role ruleRole = role != null ? role : Role.parse(rule.role()).filter(r -> r != Role.STARTED).orElse(null);
            for (ClusterNode node : state.nodes()) {
                RuleContext context = nodeContext(node).withResourceIdMatches(submatches);
                if (!RuleEvaluator.matches(rule, context)) {
                    continue;
                }
                int score;
                if (rule.scoreAttribute() != null) {
                    String value = node.attributes().get(rule.scoreAttribute());
                    if (value == null) {
                        continue;
                    }
                    score = Score.parse(value);
                } else {
                    score = rule.score() == null ? 0 : Score.parse(rule.score());
                }
                add(resource, node, score, ruleRole, allowed, roleScores,
                        "location " + location.id() + " rule " + rule.id()
                                + (rule.scoreAttribute() != null ? " (score-attribute " + rule.scoreAttribute() + ")" : ""));
            }
        }
    }

    RuleContext nodeContext(ClusterNode node) {
        String clusterName = state.options().get(ClusterOption.CLUSTER_NAME);
        String kind = switch (node.kind()) {
            case MEMBER, PING -> "cluster";
            case REMOTE -> "remote";
            case GUEST -> "container";
        };
        return RuleContext.at(state.now()).withNode(node.name(), node.id(), kind, node.isDc(),
                clusterName.isEmpty() ? null : clusterName, node.attributes());
    }

    private void add(ResourceInstance resource, ClusterNode node, int score, Role role,
                     Map<ResourceInstance, Map<ClusterNode, Integer>> allowed, List<RoleScore> roleScores, String why) {
        if (role != null) {
            roleScores.add(new RoleScore(resource, node, role, score));
            return;
        }
        for (ResourceInstance r : resource.selfAndDescendants()) {
            var scores = allowed.get(r);
            if (scores != null) {
                scores.merge(node, score, Score::add);
                audit.add(r, node, score, why);
            }
        }
    }
}
