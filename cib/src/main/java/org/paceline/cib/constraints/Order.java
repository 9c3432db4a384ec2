package org.paceline.cib.constraints;

import java.util.List;
import java.util.stream.Stream;

import org.paceline.cib.Extras;

/**
 * An ordering: {@code thenAction} of {@code then} happens after {@code firstAction} of
 * {@code first}.
 *
 * @param kind        Mandatory, Optional or Serialize, or null (then {@code score} decides)
 * @param symmetrical as written ("true"/"false"), or null for the default
 */
public record Order(String id, String first, String then, String firstAction, String thenAction, String kind,
                    String score, String symmetrical, List<ResourceSet> sets, Extras extras) implements Constraint {
    public Order {
        sets = List.copyOf(sets);
        extras = extras == null ? Extras.NONE : extras;
    }

    @Override
    public List<String> resourceReferences() {
        return Stream.concat(Stream.of(first, then).filter(java.util.Objects::nonNull),
                sets.stream().flatMap(s -> s.resources().stream())).toList();
    }
}
