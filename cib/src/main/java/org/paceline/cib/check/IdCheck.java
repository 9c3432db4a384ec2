package org.paceline.cib.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.paceline.cib.Configuration;
import org.paceline.cib.resources.Resource;

/**
 * Ids are unique across the whole configuration; a resource is defined in one place.
 * (The crm shell lets a primitive be named by two groups; the XML cannot hold that.)
 */
final class IdCheck {
    private IdCheck() {}

    static void run(Configuration config, Report report) {
        Map<String, List<IdDefinitions.Definition>> byId = new LinkedHashMap<>();
        for (IdDefinitions.Definition d : IdDefinitions.of(config)) {
            byId.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(d);
        }
        Map<String, List<String>> nodeIds = new LinkedHashMap<>();
        config.nodes().forEach(node -> nodeIds.computeIfAbsent(node.id(), k -> new ArrayList<>()).add(node.uname()));
        nodeIds.forEach((id, names) -> {
            if (names.size() > 1) {
                report.error(id, "node id \"" + id + "\" is used by " + names.size() + " nodes");
            }
        });
        Map<String, List<String>> parents = resourceParents(config);
        for (var entry : byId.entrySet()) {
            List<IdDefinitions.Definition> defs = entry.getValue();
            if (defs.size() < 2) {
                continue;
            }
            String id = entry.getKey();
            List<String> holders = parents.getOrDefault(id, List.of());
            if (holders.size() > 1) {
                report.error(id, "resource \"" + id + "\" is in two places: " + String.join(" and ", holders));
            } else {
                var whats = defs.stream().map(IdDefinitions.Definition::what).distinct().toList();
                report.error(defs.get(1).owner(), "id \"" + id + "\" is defined " + defs.size()
                        + " times (" + String.join(", ", whats) + "); ids must be unique");
            }
        }
    }

    /** For each resource id, where each definition of it sits ("the top level", "group g1"). */
    private static Map<String, List<String>> resourceParents(Configuration config) {
        Map<String, List<String>> parents = new LinkedHashMap<>();
        for (Resource r : config.resources()) {
            walk(r, "the top level", parents);
        }
        return parents;
    }

    private static void walk(Resource resource, String place, Map<String, List<String>> parents) {
        parents.computeIfAbsent(resource.id(), k -> new ArrayList<>()).add(place);
        String kind = switch (resource) {
            case org.paceline.cib.resources.Primitive p -> "primitive";
            case org.paceline.cib.resources.Group g -> "group";
            case org.paceline.cib.resources.Clone c -> c.promotable() ? "promotable clone" : "clone";
            case org.paceline.cib.resources.Bundle b -> "bundle";
        };
        for (Resource child : resource.children()) {
            walk(child, kind + " \"" + resource.id() + "\"", parents);
        }
    }
}
