package org.paceline.node.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.paceline.cib.Configuration;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;
import org.paceline.cib.Tag;
import org.paceline.cib.constraints.Constraint;
import org.paceline.cib.resources.Resource;
import org.paceline.cib.resources.Template;

/**
 * The ids of a configuration's objects (resources at any depth, templates, constraints,
 * tags), which Pacemaker's schema makes unique across the document.
 */
final class ConfigurationIds {
    private ConfigurationIds() {}

    /** Every object id in document order, repeats included. */
    static List<String> of(Configuration configuration) {
        return Stream.of(configuration.allResources().map(Resource::id),
                        configuration.templates().stream().map(Template::id),
                        configuration.constraints().stream().map(Constraint::id),
                        configuration.tags().stream().map(Tag::id))
                .flatMap(s -> s)
                .toList();
    }

    /** The ids a resource constraints and tags may name: resources, templates and tags. */
    static Set<String> referable(Configuration configuration) {
        var ids = new LinkedHashSet<String>();
        configuration.allResources().forEach(r -> ids.add(r.id()));
        configuration.templates().forEach(t -> ids.add(t.id()));
        configuration.tags().forEach(t -> ids.add(t.id()));
        return ids;
    }

    /** The configuration, or a problem for each id defined twice or object without an id. */
    static Parsed<Configuration> unique(Configuration configuration) {
        var seen = new LinkedHashSet<String>();
        var reported = new LinkedHashSet<String>();
        var problems = new ArrayList<Problem>();
        for (String id : of(configuration)) {
            if (id == null || id.isBlank()) {
                if (reported.add("")) {
                    problems.add(CibUpdates.problem("an object of the configuration has no id"));
                }
            } else if (!seen.add(id) && reported.add(id)) {
                problems.add(CibUpdates.problem("id \"" + id + "\" is defined more than once"));
            }
        }
        return problems.isEmpty() ? Parsed.valid(configuration) : Parsed.invalid(problems);
    }
}
