package org.paceline.cib.xml;

/**
 * One string for each distinct short piece of a document's text: element and attribute
 * names, and the values that repeat (operation names, return codes, node names, digests).
 *
 * <p>A large status section holds millions of them, mostly the same few hundred: taken
 * from the pool, a piece is neither copied nor kept twice, which saves the reader's
 * allocation and the scheduler's garbage collections, and lets {@link
 * org.paceline.cib.Attrs} find a name by reference. Bounded, so that a document of unique
 * values costs a lookup per piece and no more memory. Single-threaded; one per reading.
 */
final class TextPool {
    /** Longer pieces are rarely repeated (transition keys, dates): copied as they stand. */
    static final int MAX_LENGTH = 40;
    private static final int SLOTS = 1 << 14;
    /** At most three quarters of the slots are filled, so that a lookup always ends at an empty one. */
    private static final int MAX_ENTRIES = SLOTS / 4 * 3;

    private final String[] slots = new String[SLOTS];
    private int entries;

    /** {@code text.substring(start, end)}, the pool's copy when it has one. */
    String of(String text, int start, int end) {
        int length = end - start;
        if (length > MAX_LENGTH) {
            return text.substring(start, end);
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int slot = mix(hash) & (SLOTS - 1);
        while (true) {
            String candidate = slots[slot];
            if (candidate == null) {
                String piece = text.substring(start, end);
                if (entries < MAX_ENTRIES) {
                    slots[slot] = piece;
                    entries++;
                }
                return piece;
            }
            if (candidate.length() == length && candidate.regionMatches(0, text, start, length)) {
                return candidate;
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
    }

    /** Spreads String-style hashes, whose low bits differ little between similar names. */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
