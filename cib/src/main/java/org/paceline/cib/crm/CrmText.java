package org.paceline.cib.crm;

import java.util.ArrayList;
import java.util.List;

/**
 * One statement as printed: lines joined by {@code " \"} continuations, the first at
 * the margin and the others indented by four spaces a level. Knows how words and values
 * are quoted: a value of {@code NAME=VALUE} is always in double quotes; any other word
 * only when it would otherwise read as something else.
 */
final class CrmText {
    private static final String INDENT = "    ";

    private final List<String> lines = new ArrayList<>();

    CrmText(String... firstLine) {
        lines.add(String.join(" ", firstLine));
    }

    /** Adds words to the end of the current line. */
    CrmText append(String... words) {
        var last = new StringBuilder(lines.getLast());
        for (String word : words) {
            last.append(' ').append(word);
        }
        lines.set(lines.size() - 1, last.toString());
        return this;
    }

    /** Starts a new line, indented by {@code level} steps of four spaces. */
    CrmText line(int level, String... words) {
        lines.add(INDENT.repeat(level) + String.join(" ", words));
        return this;
    }

    /** The statement's first word. */
    String keyword() {
        String first = lines.getFirst();
        int space = first.indexOf(' ');
        return space < 0 ? first : first.substring(0, space);
    }

    int lineCount() {
        return lines.size();
    }

    String render() {
        return String.join(" \\\n", lines) + "\n";
    }

    /** {@code name="value"}. */
    static String pair(String name, String value) {
        return name + "=" + quoted(value);
    }

    /** {@code name=value}, with quotes only when needed. */
    static String option(String name, String value) {
        return name + "=" + word(value);
    }

    static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The word as is when it reads back as the same plain word, else quoted. */
    static String word(String text) {
        return needsQuotes(text) ? quoted(text) : text;
    }

    static boolean needsQuotes(String text) {
        if (text.isEmpty() || CrmWords.RESERVED.contains(text)) {
            return true;
        }
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        if ("([{$@/".indexOf(first) >= 0 || ")]}".indexOf(last) >= 0) {
            return true;
        }
        return text.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                || "\"'\\=:\u00a5".indexOf(c) >= 0);
    }

    /** Whether a value can be written at all: crm statements have no way to hold a line break. */
    static boolean printable(String text) {
        return text.indexOf('\n') < 0 && text.indexOf('\r') < 0;
    }
}
