package org.paceline.cib.constraints;

import java.util.List;
import java.util.stream.Stream;

import org.paceline.cib.Extras;

/**
 * Where a resource runs relative to another: {@code resource} is placed with (or away
 * from) {@code withResource}.
 *
 * @param nodeAttribute the node attribute that defines "same place", or null for the node itself
 * @param extras        other attributes ({@code influence}, {@code rsc-instance}, ...)
 */
public record Colocation(String id, String resource, String withResource, String score, String resourceRole,
                         String withResourceRole, String nodeAttribute, List<ResourceSet> sets, Extras extras)
        implements Constraint {
    public Colocation {
        sets = List.copyOf(sets);
        extras = extras == null ? Extras.NONE : extras;
    }

    @Override
    public List<String> resourceReferences() {
        return Stream.concat(Stream.of(resource, withResource).filter(java.util.Objects::nonNull),
                sets.stream().flatMap(s -> s.resources().stream())).toList();
    }
}
