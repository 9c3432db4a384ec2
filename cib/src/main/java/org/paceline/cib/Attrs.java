package org.paceline.cib;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An immutable, ordered set of XML-style attributes (name to value).
 *
 * <p>Order is kept so that a document prints back as it was read; equality ignores
 * order, as XML does.
 *
 * <p>Held as one array of names and values rather than a map: a large status section has
 * millions of attributes in elements of a dozen at most, where a scan of the names (most of
 * them the same few strings, compared by reference first) is faster than hashing, and an
 * array costs a sixth of a map's entries.
 */
public final class Attrs {
    public static final Attrs EMPTY = new Attrs(new String[0]);

    /** Name, value, name, value, ...; no name twice. */
    private final String[] pairs;

    private Attrs(String[] pairs) {
        this.pairs = pairs;
    }

    public static Attrs of(Map<String, String> values) {
        if (values.isEmpty()) {
            return EMPTY;
        }
        var pairs = new String[values.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> entry : values.entrySet()) {
            pairs[i++] = entry.getKey();
            pairs[i++] = entry.getValue();
        }
        return new Attrs(pairs);
    }

    /**
     * The attributes of a map the caller hands over and never touches again: for readers
     * that build one map per element.
     */
    public static Attrs ofHandedOver(LinkedHashMap<String, String> values) {
        return of(values);
    }

    /**
     * The first {@code count} names and values of {@code namesAndValues} (name, value, ...),
     * which must hold no name twice and no null: for a reader that has checked both, so
     * that no map is built for each of the hundreds of thousands of elements of a large
     * status section.
     */
    public static Attrs ofDistinctPairs(String[] namesAndValues, int count) {
        return count == 0 ? EMPTY : new Attrs(Arrays.copyOf(namesAndValues, count * 2));
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
        return Optional.ofNullable(getOrNull(name));
    }

    /** The value, or null when absent: for readers that map straight into nullable record fields. */
    public String getOrNull(String name) {
        int at = indexOf(name);
        return at < 0 ? null : pairs[at + 1];
    }

    public boolean has(String name) {
        return indexOf(name) >= 0;
    }

    /** The names, in written order. */
    public Set<String> names() {
        return asMap().keySet();
    }

    /** A map of the attributes in written order, made at each call: {@link #forEach} makes none. */
    public SequencedMap<String, String> asMap() {
        var map = new LinkedHashMap<String, String>(pairs.length);
        forEach(map::put);
        return Collections.unmodifiableSequencedMap(map);
    }

    /** Each name and value, in written order. */
    public void forEach(BiConsumer<String, String> action) {
        for (int i = 0; i < pairs.length; i += 2) {
            action.accept(pairs[i], pairs[i + 1]);
        }
    }

    public boolean isEmpty() {
        return pairs.length == 0;
    }

    public int size() {
        return pairs.length / 2;
    }

    /** The name of the attribute at {@code index} in written order (0 to size() - 1). */
    public String name(int index) {
        return pairs[index * 2];
    }

    /** The value of the attribute at {@code index} in written order. */
    public String value(int index) {
        return pairs[index * 2 + 1];
    }

    public Attrs with(String name, String value) {
        var map = new LinkedHashMap<>(asMap());
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
        if (!(other instanceof Attrs that) || that.pairs.length != pairs.length) {
            return false;
        }
        for (int i = 0; i < pairs.length; i += 2) {
            int at = that.indexOf(pairs[i]);
            if (at < 0 || !java.util.Objects.equals(pairs[i + 1], that.pairs[at + 1])) {
                return false;
            }
        }
        return true;
    }

    /** As {@link Map#hashCode()} of the same attributes. */
    @Override
    public int hashCode() {
        int hash = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            hash += java.util.Objects.hashCode(pairs[i]) ^ java.util.Objects.hashCode(pairs[i + 1]);
        }
        return hash;
    }

    @Override
    public String toString() {
        return asMap().toString();
    }

    private int indexOf(String name) {
        for (int i = 0; i < pairs.length; i += 2) {
            // Reference first: readers share one string per attribute name.
            String candidate = pairs[i];
            if (candidate == name || candidate != null && candidate.equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
