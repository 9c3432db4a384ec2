package org.paceline.node.store;

import static org.paceline.node.store.CibUpdates.problem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.paceline.cib.Configuration;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;
import org.paceline.cib.Tag;
import org.paceline.cib.constraints.Constraint;
import org.paceline.cib.resources.Clone;
import org.paceline.cib.resources.Group;
import org.paceline.cib.resources.Resource;

/** Adding, replacing and deleting one resource of the configuration by its id. */
final class ResourceEdits {
    private ResourceEdits() {}

    static Parsed<Configuration> add(Configuration configuration, Resource resource) {
        if (resource == null) {
            return Parsed.invalid(problem("the resource to add is missing"));
        }
        var problems = newIds(resource, ConfigurationIds.of(configuration));
        if (!problems.isEmpty()) {
            return Parsed.invalid(problems);
        }
        var resources = new ArrayList<>(configuration.resources());
        resources.add(resource);
        return Parsed.valid(configuration.withResources(resources));
    }

    static Parsed<Configuration> replace(Configuration configuration, Resource resource) {
        if (resource == null || resource.id() == null) {
            return Parsed.invalid(problem("the resource to replace, or its id, is missing"));
        }
        String id = resource.id();
        Optional<Resource> old = configuration.resource(id);
        if (old.isEmpty()) {
            return Parsed.invalid(problem("no resource \"" + id + "\" to replace"));
        }
        Optional<Resource> parent = ResourceTree.parentOf(configuration.resources(), id);
        if (parent.isPresent() && !ResourceTree.fits(parent.get(), resource)) {
            return Parsed.invalid(problem("resource \"" + id + "\" cannot become a " + kind(resource)
                    + " inside " + kind(parent.get()) + " \"" + parent.get().id() + "\""));
        }
        var oldIds = old.get().selfAndDescendants().map(Resource::id).toList();
        var others = new ArrayList<>(ConfigurationIds.of(configuration));
        oldIds.forEach(others::remove);
        var problems = newIds(resource, others);
        if (!problems.isEmpty()) {
            return Parsed.invalid(problems);
        }
        return Parsed.valid(configuration.withResources(
                ResourceTree.change(configuration.resources(), id, r -> resource)));
    }

    static Parsed<Configuration> delete(Configuration configuration, String id) {
        if (id == null || id.isBlank()) {
            return Parsed.invalid(problem("the id of the resource to delete is missing"));
        }
        Optional<Resource> old = configuration.resource(id);
        if (old.isEmpty()) {
            return Parsed.invalid(problem("no resource \"" + id + "\" to delete"));
        }
        Optional<Resource> parent = ResourceTree.parentOf(configuration.resources(), id);
        if (parent.isPresent() && parent.get() instanceof Clone clone) {
            return Parsed.invalid(problem("resource \"" + id + "\" is the child of clone \"" + clone.id()
                    + "\": delete the clone instead"));
        }
        if (parent.isPresent() && parent.get() instanceof Group group && group.members().size() == 1) {
            return Parsed.invalid(problem("resource \"" + id + "\" is the last member of group \"" + group.id()
                    + "\": delete the group instead"));
        }
        var removed = new HashSet<>(old.get().selfAndDescendants().map(Resource::id).toList());
        var problems = new ArrayList<Problem>();
        for (Constraint constraint : configuration.constraints()) {
            constraint.resourceReferences().stream().filter(removed::contains).findFirst().ifPresent(named ->
                    problems.add(problem("resource \"" + named + "\" is named by constraint \""
                            + constraint.id() + "\": delete or change the constraint first")));
        }
        for (Tag tag : configuration.tags()) {
            tag.references().stream().filter(removed::contains).findFirst().ifPresent(named ->
                    problems.add(problem("resource \"" + named + "\" is named by tag \"" + tag.id()
                            + "\": delete or change the tag first")));
        }
        if (!problems.isEmpty()) {
            return Parsed.invalid(problems);
        }
        return Parsed.valid(configuration.withResources(ResourceTree.remove(configuration.resources(), id)));
    }

    /** Problems with the ids a resource brings: absent, repeated inside it, or taken by another object. */
    private static List<Problem> newIds(Resource resource, List<String> taken) {
        var problems = new ArrayList<Problem>();
        var seen = new HashSet<>(taken);
        for (String id : resource.selfAndDescendants().map(Resource::id).toList()) {
            if (id == null || id.isBlank()) {
                problems.add(problem("a resource has no id"));
            } else if (!seen.add(id)) {
                problems.add(problem("id \"" + id + "\" is already used"));
            }
        }
        return problems;
    }

    private static String kind(Resource resource) {
        return switch (resource) {
            case org.paceline.cib.resources.Primitive p -> "primitive";
            case Group g -> "group";
            case Clone c -> c.promotable() ? "promotable clone" : "clone";
            case org.paceline.cib.resources.Bundle b -> "bundle";
        };
    }
}
