package org.paceline.cib;

/**
 * One name/value pair of a set.
 *
 * @param idRef a reference to a pair defined elsewhere, or null
 * @param value null when absent (a pair that only unsets)
 */
public record NvPair(String id, String idRef, String name, String value, Extras extras) {
    public NvPair {
        extras = extras == null ? Extras.NONE : extras;
    }

    public static NvPair of(String id, String name, String value) {
        return new NvPair(id, null, name, value, Extras.NONE);
    }
}
