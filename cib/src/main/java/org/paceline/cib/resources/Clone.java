package org.paceline.cib.resources;

import java.util.List;

import org.paceline.cib.Extras;
import org.paceline.cib.NvSet;

/**
 * A resource run as several instances; promotable when its meta attribute
 * {@code promotable} is true or when written in the legacy {@code master} form.
 *
 * @param legacyMaster true when read from a {@code master} element (crm: {@code ms})
 * @param child        a primitive or a group
 */
public record Clone(String id, String description, boolean legacyMaster, Resource child, List<NvSet> sets,
                    Extras extras) implements Resource {
    public Clone {
        sets = List.copyOf(sets);
        extras = extras == null ? Extras.NONE : extras;
    }

    @Override
    public List<Resource> children() {
        return child == null ? List.of() : List.of(child);
    }

    public boolean promotable() {
        return legacyMaster || meta("promotable").map(org.paceline.cib.rules.Values::isTrue).orElse(false);
    }
}
