package org.paceline.cib;

import java.util.List;

/** A name standing for several resources (or other objects) in constraints. */
public record Tag(String id, List<String> references, Extras extras) {
    public Tag {
        references = List.copyOf(references);
        extras = extras == null ? Extras.NONE : extras;
    }
}
