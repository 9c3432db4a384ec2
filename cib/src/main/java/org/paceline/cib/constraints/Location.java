package org.paceline.cib.constraints;

import java.util.List;
import java.util.stream.Stream;

import org.paceline.cib.Extras;
import org.paceline.cib.rules.Rule;

/**
 * Where a resource may or prefers to run: a score for one node, or rules.
 *
 * @param resource          the resource id, or null when a pattern or sets name it
 * @param resourcePattern   a regular expression on resource ids, or null
 * @param node              the node for a plain score, or null when rules decide
 * @param score             as written ("INFINITY", "-inf", "100"), or null with rules
 * @param role              the role it applies to, or null for any
 * @param resourceDiscovery always, never or exclusive, or null
 */
public record Location(String id, String resource, String resourcePattern, String node, String score,
                       String role, String resourceDiscovery, List<Rule> rules, List<ResourceSet> sets,
                       Extras extras) implements Constraint {
    public Location {
        rules = List.copyOf(rules);
        sets = List.copyOf(sets);
        extras = extras == null ? Extras.NONE : extras;
    }

    @Override
    public List<String> resourceReferences() {
        return Stream.concat(Stream.ofNullable(resource), sets.stream().flatMap(s -> s.resources().stream())).toList();
    }
}
