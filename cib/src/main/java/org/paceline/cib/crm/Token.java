package org.paceline.cib.crm;

/**
 * One word of a crm statement, with quotes removed and where it began.
 *
 * @param text      the word as the user meant it (quotes and escapes removed)
 * @param line      1-based line of its first character
 * @param column    1-based column of its first character, counted in characters
 * @param width     how many characters it took in the source, quotes included
 * @param quoted    whether it began with a quote: then it is a literal, never a keyword
 * @param equalsAt  index in {@code text} of the first {@code =} written outside quotes, or -1
 */
record Token(String text, int line, int column, int width, boolean quoted, int equalsAt) {

    /** Whether this is the bare word {@code word} (a keyword is never quoted). */
    boolean is(String word) {
        return !quoted && text.equals(word);
    }

    /** Whether this is {@code name=value} with a non-empty name. */
    boolean isPair() {
        return equalsAt > 0;
    }

    boolean isPair(String pairName) {
        return isPair() && name().equals(pairName);
    }

    String name() {
        return equalsAt > 0 ? text.substring(0, equalsAt) : text;
    }

    String value() {
        return equalsAt > 0 ? text.substring(equalsAt + 1) : "";
    }

    /** Whether this is a bare word ending with a colon, such as {@code inf:} or {@code pm01:}. */
    boolean endsWithColon() {
        return !quoted && equalsAt < 0 && text.length() > 1 && text.endsWith(":");
    }

    String withoutColon() {
        return text.substring(0, text.length() - 1);
    }

    int endColumn() {
        return column + width;
    }
}
