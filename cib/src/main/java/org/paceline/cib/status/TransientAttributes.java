package org.paceline.cib.status;

import java.util.List;

import org.paceline.cib.Extras;
import org.paceline.cib.NvSet;

/** A node's attributes that last until it leaves the cluster ({@code transient_attributes}). */
public record TransientAttributes(String id, List<NvSet> sets, Extras extras) {
    public TransientAttributes {
        sets = List.copyOf(sets);
        extras = extras == null ? Extras.NONE : extras;
    }
}
