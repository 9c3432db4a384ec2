package org.paceline.cib.rules;

/**
 * A read position in a short piece of user text, for the hand-written parsers of this
 * package: it never throws, whatever the text.
 */
final class TextCursor {
    /** What {@link #number} returns when no digits are there. */
    static final int NO_DIGITS = -1;

    private final String text;
    private int position;

    TextCursor(String text) {
        this.text = text;
    }

    boolean atEnd() {
        return position >= text.length();
    }

    int position() {
        return position;
    }

    void moveTo(int position) {
        this.position = Math.max(0, Math.min(position, text.length()));
    }

    /** The character under the cursor, or 0 at the end. */
    char peek() {
        return atEnd() ? 0 : text.charAt(position);
    }

    /** The character {@code ahead} places past the cursor, or 0 beyond the end. */
    char peek(int ahead) {
        int at = position + ahead;
        return at < text.length() ? text.charAt(at) : 0;
    }

    /** Steps over {@code c} when it is next; says whether it was. */
    boolean accept(char c) {
        if (peek() == c && !atEnd()) {
            position++;
            return true;
        }
        return false;
    }

    void skipBlanks() {
        while (!atEnd() && Score.isBlank(peek())) {
            position++;
        }
    }

    /** How many digits follow the cursor. */
    int digitsAhead() {
        int n = 0;
        while (position + n < text.length() && isDigit(text.charAt(position + n))) {
            n++;
        }
        return n;
    }

    /**
     * Reads exactly {@code count} digits as a number, or returns {@link #NO_DIGITS} without
     * moving when fewer are there. Counts above 9 are refused, so that int never overflows.
     */
    int number(int count) {
        if (count > 9 || count < 1 || digitsAhead() < count) {
            return NO_DIGITS;
        }
        int value = 0;
        for (int i = 0; i < count; i++) {
            value = value * 10 + (text.charAt(position++) - '0');
        }
        return value;
    }

    /** The text from the cursor to the end. */
    String rest() {
        return atEnd() ? "" : text.substring(position);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
