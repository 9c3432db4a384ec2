package org.paceline.cib;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;

/**
 * An immutable, ordered set of XML-style attributes (name to value).
 *
 * <p>Order is kept so that a document prints back as it was read; equality ignores
 * order, as XML does.
 */
public final class Attrs {
    public static final Attrs EMPTY = new Attrs(new LinkedHashMap<>());

    private final SequencedMap<String, String> values;

    private Attrs(LinkedHashMap<String, String> values) {
        this.values = Collections.unmodifiableSequencedMap(values);
    }

    public static Attrs of(Map<String, String> values) {
        return values.isEmpty() ? EMPTY : new Attrs(new LinkedHashMap<>(values));
    }

    /**
     * The attributes of a map the caller hands over and never touches again, kept without a
     * copy: for readers that build one map per element, hundreds of thousands of them in a
     * large status section.
     */
    public static Attrs ofHandedOver(LinkedHashMap<String, String> values) {
        return values.isEmpty() ? EMPTY : new Attrs(values);
    }

    /** Name, value, name, value, ...; null values are left out. */
    public static Attrs of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                map.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return of(map);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The value, or null when absent: for readers that map straight into nullable record fields. */
    public String getOrNull(String name) {
        return values.get(name);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public Set<String> names() {
        return values.keySet();
    }

    public SequencedMap<String, String> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public int size() {
        return values.size();
    }

    public Attrs with(String name, String value) {
        var map = new LinkedHashMap<>(values);
        if (value == null) {
            map.remove(name);
        } else {
            map.put(name, value);
        }
        return of(map);
    }

    public Attrs without(String name) {
        return with(name, null);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attrs that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
