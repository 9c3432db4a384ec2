package org.paceline.cib.resources;

import java.util.List;

import org.paceline.cib.Extras;
import org.paceline.cib.NvSet;

/** Primitives that run together on one node, started in order and stopped in reverse. */
public record Group(String id, String description, List<Primitive> members, List<NvSet> sets, Extras extras)
        implements Resource {
    public Group {
        members = List.copyOf(members);
        sets = List.copyOf(sets);
        extras = extras == null ? Extras.NONE : extras;
    }

    @Override
    public List<Resource> children() {
        return List.copyOf(members);
    }
}
