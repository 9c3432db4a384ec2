package org.paceline.cib.resources;

import java.util.List;

import org.paceline.cib.Attrs;
import org.paceline.cib.Extras;
import org.paceline.cib.NvSet;

/**
 * A containerised resource: a container image run as replicas, with networking and
 * storage mappings, optionally with a primitive inside. Modelled so that it
 * round-trips; not yet scheduled.
 *
 * @param containerKind        docker, podman or rkt
 * @param networkAttributes    attributes of {@code network}, or null when there is none
 * @param portMappings         each {@code port-mapping}'s attributes
 * @param storageMappings      each {@code storage-mapping}'s attributes
 * @param primitive            the resource inside, or null
 */
public record Bundle(String id, String description, String containerKind, Attrs containerAttributes,
                     Attrs networkAttributes, List<Attrs> portMappings, Attrs storageAttributes,
                     List<Attrs> storageMappings, Primitive primitive, List<NvSet> sets, Extras extras)
        implements Resource {
    public Bundle {
        containerAttributes = containerAttributes == null ? Attrs.EMPTY : containerAttributes;
        portMappings = List.copyOf(portMappings);
        storageMappings = List.copyOf(storageMappings);
        sets = List.copyOf(sets);
        extras = extras == null ? Extras.NONE : extras;
    }

    @Override
    public List<Resource> children() {
        return primitive == null ? List.of() : List.of(primitive);
    }
}
