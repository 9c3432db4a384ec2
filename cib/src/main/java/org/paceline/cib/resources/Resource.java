package org.paceline.cib.resources;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.paceline.cib.NvSet;
import org.paceline.cib.SetKind;

/** A configured resource: a primitive, or a collective built from primitives. */
public sealed interface Resource permits Primitive, Group, Clone, Bundle {
    String id();

    String description();

    /** Instance, meta and utilization sets, in document order. */
    List<NvSet> sets();

    /** Direct children: a group's members, a clone's child, a bundle's primitive. */
    List<Resource> children();

    default List<NvSet> sets(SetKind kind) {
        return sets().stream().filter(s -> s.kind() == kind).toList();
    }

    /** A meta attribute from the first set that has it (ignoring rules). */
    default Optional<String> meta(String name) {
        for (NvSet set : sets(SetKind.META)) {
            Optional<String> value = set.value(name);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    default Stream<Resource> selfAndDescendants() {
        return Stream.concat(Stream.of(this), children().stream().flatMap(Resource::selfAndDescendants));
    }
}
