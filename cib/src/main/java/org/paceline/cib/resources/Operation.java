package org.paceline.cib.resources;

import java.util.List;
import java.util.Optional;

import org.paceline.cib.Extras;
import org.paceline.cib.NvSet;

/**
 * A configured operation ({@code op}): its name and interval identify it; the other
 * attributes ({@code timeout}, {@code role}, {@code on-fail}, {@code start-delay},
 * {@code enabled}, {@code record-pending}, {@code interval-origin}, ...) are kept as
 * written, in {@code attributes}.
 *
 * @param interval as written ("10s", "0", "PT10S"), or null when absent
 */
public record Operation(String id, String idRef, String name, String interval, org.paceline.cib.Attrs attributes,
                        List<NvSet> sets, Extras extras) {
    public Operation {
        attributes = attributes == null ? org.paceline.cib.Attrs.EMPTY : attributes;
        sets = List.copyOf(sets);
        extras = extras == null ? Extras.NONE : extras;
    }

    public Optional<String> attribute(String attributeName) {
        return attributes.get(attributeName);
    }

    public Optional<String> role() {
        return attribute("role");
    }

    public Optional<String> onFail() {
        return attribute("on-fail");
    }

    public Optional<String> timeout() {
        return attribute("timeout");
    }
}
