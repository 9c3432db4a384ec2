package org.paceline.scheduler.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.paceline.cib.Tag;
import org.paceline.scheduler.state.ClusterState;
import org.paceline.scheduler.state.ResourceInstance;

/**
 * Which resources a name in a constraint stands for: a resource (a clone's child
 * means the clone), a tag (its members), a template (the primitives made from it), or
 * a pattern.
 */
final class ConstraintTargets {
    private final ClusterState state;

    ConstraintTargets(ClusterState state) {
        this.state = state;
    }

    List<ResourceInstance> resolve(String reference) {
        var found = new ArrayList<ResourceInstance>();
        if (reference == null) {
            return found;
        }
        for (Tag tag : state.cib().configuration().tags()) {
            if (tag.id().equals(reference)) {
                for (String member : tag.references()) {
                    found.addAll(resolve(member));
                }
                return found;
            }
        }
        ResourceInstance direct = byConfigId(reference);
        if (direct != null) {
            found.add(direct);
            return found;
        }
        for (ResourceInstance r : state.allResources()) {
            if (r.primitive() != null && reference.equals(r.primitive().template()) && r.clone().isEmpty()
                    && !found.contains(r)) {
                found.add(r);
            }
        }
        return found;
    }

    /** The resource configured as {@code id}; for a clone's child (or a member of a cloned group), the clone. */
    ResourceInstance byConfigId(String id) {
        if (byId == null) {
            byId = new java.util.HashMap<>();
            for (ResourceInstance top : state.resources()) {
                for (ResourceInstance r : top.selfAndDescendants()) {
                    if (!r.orphan()) {
                        byId.putIfAbsent(r.configId(), r.clone().orElse(r));
                    }
                }
            }
        }
        return byId.get(id);
    }

    private java.util.Map<String, ResourceInstance> byId;

    /** Top-level resources and primitives whose id matches the pattern, with the submatches. */
    List<Match> matching(String pattern) {
        var found = new ArrayList<Match>();
        Pattern compiled;
        try {
            compiled = Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            return found;
        }
        for (ResourceInstance top : state.resources()) {
            if (top.orphan()) {
                continue;
            }
            var matcher = compiled.matcher(top.configId());
            if (matcher.find()) {
                var groups = new ArrayList<String>();
                for (int i = 0; i <= matcher.groupCount(); i++) {
                    groups.add(matcher.group(i));
                }
                found.add(new Match(top, groups));
            }
        }
        return found;
    }

    /** A resource a pattern matched, and what its groups captured. */
    record Match(ResourceInstance resource, List<String> submatches) {}
}
