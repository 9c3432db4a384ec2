package org.paceline.cib.resources;

import java.util.List;

import org.paceline.cib.Attrs;
import org.paceline.cib.Extras;
import org.paceline.cib.NvSet;

/** A resource template: a primitive's definition that primitives refer to by id. */
public record Template(String id, String resourceClass, String provider, String type, String description,
                       List<NvSet> sets, Attrs operationsAttributes, List<Operation> operations, Extras extras) {
    public Template {
        sets = List.copyOf(sets);
        operationsAttributes = operationsAttributes == null ? Attrs.EMPTY : operationsAttributes;
        operations = List.copyOf(operations);
        extras = extras == null ? Extras.NONE : extras;
    }
}
