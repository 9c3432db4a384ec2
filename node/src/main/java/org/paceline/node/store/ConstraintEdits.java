package org.paceline.node.store;

import static org.paceline.node.store.CibUpdates.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.paceline.cib.Configuration;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;
import org.paceline.cib.constraints.Constraint;

/** Adding, replacing and deleting one constraint of the configuration by its id. */
final class ConstraintEdits {
    private ConstraintEdits() {}

    static Parsed<Configuration> add(Configuration configuration, Constraint constraint) {
        if (constraint == null || constraint.id() == null || constraint.id().isBlank()) {
            return Parsed.invalid(problem("the constraint to add, or its id, is missing"));
        }
        var problems = new ArrayList<Problem>();
        if (ConfigurationIds.of(configuration).contains(constraint.id())) {
            problems.add(problem("id \"" + constraint.id() + "\" is already used"));
        }
        problems.addAll(unknownReferences(configuration, constraint));
        if (!problems.isEmpty()) {
            return Parsed.invalid(problems);
        }
        var constraints = new ArrayList<>(configuration.constraints());
        constraints.add(constraint);
        return Parsed.valid(configuration.withConstraints(constraints));
    }

    static Parsed<Configuration> replace(Configuration configuration, Constraint constraint) {
        if (constraint == null || constraint.id() == null) {
            return Parsed.invalid(problem("the constraint to replace, or its id, is missing"));
        }
        String id = constraint.id();
        if (configuration.constraints().stream().noneMatch(c -> id.equals(c.id()))) {
            return Parsed.invalid(problem("no constraint \"" + id + "\" to replace"));
        }
        var problems = unknownReferences(configuration, constraint);
        if (!problems.isEmpty()) {
            return Parsed.invalid(problems);
        }
        return Parsed.valid(configuration.withConstraints(configuration.constraints().stream()
                .map(c -> id.equals(c.id()) ? constraint : c).toList()));
    }

    static Parsed<Configuration> delete(Configuration configuration, String id) {
        if (id == null || configuration.constraints().stream().noneMatch(c -> id.equals(c.id()))) {
            return Parsed.invalid(problem("no constraint \"" + id + "\" to delete"));
        }
        return Parsed.valid(configuration.withConstraints(configuration.constraints().stream()
                .filter(c -> !id.equals(c.id())).toList()));
    }

    /** A constraint naming what does not exist would be dropped silently by the scheduler: refuse it here. */
    private static List<Problem> unknownReferences(Configuration configuration, Constraint constraint) {
        Set<String> known = ConfigurationIds.referable(configuration);
        return constraint.resourceReferences().stream().filter(r -> !known.contains(r)).distinct()
                .map(r -> problem("constraint \"" + constraint.id() + "\": no resource \"" + r + "\""))
                .toList();
    }
}
