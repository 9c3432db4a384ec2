package org.paceline.cib;

import java.util.List;

/** Where one alert is sent, with its own meta and instance attributes. */
public record AlertRecipient(String id, String value, String description, List<NvSet> sets, Extras extras) {
    public AlertRecipient {
        sets = List.copyOf(sets);
        extras = extras == null ? Extras.NONE : extras;
    }
}
