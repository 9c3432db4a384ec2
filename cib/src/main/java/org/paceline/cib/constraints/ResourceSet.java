package org.paceline.cib.constraints;

import java.util.List;
import java.util.Optional;

import org.paceline.cib.Attrs;
import org.paceline.cib.Extras;

/**
 * A set of resources in a constraint. Its options ({@code sequential},
 * {@code require-all}, {@code ordering}, {@code action}, {@code role}, {@code score},
 * {@code kind}) are kept as written in {@code attributes}.
 *
 * @param idRef a reference to a set defined elsewhere, or null
 */
public record ResourceSet(String id, String idRef, Attrs attributes, List<String> resources, Extras extras) {
    public ResourceSet {
        attributes = attributes == null ? Attrs.EMPTY : attributes;
        resources = List.copyOf(resources);
        extras = extras == null ? Extras.NONE : extras;
    }

    public Optional<String> attribute(String name) {
        return attributes.get(name);
    }
}
