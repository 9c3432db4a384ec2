package org.paceline.cib.xml;

import java.util.Arrays;

/** Where each line of a text starts: turns a character offset into a 1-based line and column. */
final class LinePositions {
    private final int[] lineStarts;

    private LinePositions(int[] lineStarts) {
        this.lineStarts = lineStarts;
    }

    static LinePositions of(String text) {
        // One pass: a large CIB is read once, and this reading is part of it.
        int[] starts = new int[Math.max(16, text.length() / 64)];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return new LinePositions(Arrays.copyOf(starts, count));
    }

    int line(int offset) {
        return lineIndex(offset) + 1;
    }

    /** Counted in UTF-16 characters, a tab as one. */
    int column(int offset) {
        return offset - lineStarts[lineIndex(offset)] + 1;
    }

    private int lineIndex(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        return index >= 0 ? index : -index - 2;
    }
}
