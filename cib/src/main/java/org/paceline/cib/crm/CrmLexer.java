package org.paceline.cib.crm;

import java.util.ArrayList;
import java.util.List;

import org.paceline.cib.Problem;

/**
 * Splits crm text into statements of words: joins lines ending in {@code \} or
 * {@code ¥}, skips comment lines, removes quotes, and keeps each word's line and column.
 *
 * <p>{@code #} starts a comment only as the first word of a line that does not continue
 * a statement, so that {@code #uname} on a continuation line stays a word.
 *
 * <p>An {@code xml} statement is not split into words: XML has quotes of its own. Its
 * statement holds the keyword and one quoted word, the raw text after the keyword with
 * continuation marks made spaces and continuation lines kept whole, joined by line
 * breaks, so that a position inside it counts as in the file.
 */
final class CrmLexer {
    private static final int YEN = 0xA5;

    private final String file;
    private final List<Statement> statements = new ArrayList<>();
    private List<Token> current = new ArrayList<>();
    private Problem currentProblem;
    /** Where the last continuation mark was, for the dangling-continuation problem. */
    private int continuationLine;
    private int continuationColumn;
    /** The raw text of an {@code xml} statement being read, or null outside one. */
    private StringBuilder raw;
    private int rawLine;
    private int rawColumn;

    private CrmLexer(String file) {
        this.file = file;
    }

    /** The statements of {@code text} in order; lines are split on LF, CR LF or CR. */
    static List<Statement> statements(String file, String text) {
        var lexer = new CrmLexer(file);
        String[] lines = (text == null ? "" : text).split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lexer.line(i + 1, lines[i]);
        }
        lexer.endOfText();
        return lexer.statements;
    }

    private boolean continuing() {
        return continuationLine > 0;
    }

    private void line(int lineNumber, String text) {
        if (raw != null) {
            rawLine(lineNumber, text);
            return;
        }
        int[] chars = text.codePoints().toArray();
        int first = 0;
        while (first < chars.length && Character.isWhitespace(chars[first])) {
            first++;
        }
        if (first == chars.length || !continuing() && chars[first] == '#') {
            // Blank lines inside a continued statement are skipped; it goes on after them.
            return;
        }
        if (!continuing() && isXmlKeyword(chars, first)) {
            startRaw(lineNumber, text, first);
            return;
        }
        continuationLine = 0;
        boolean continues = words(lineNumber, chars, first);
        if (!continues || currentProblem != null) {
            finishStatement();
        }
    }

    private static boolean isXmlKeyword(int[] chars, int first) {
        return first + 3 <= chars.length && chars[first] == 'x' && chars[first + 1] == 'm' && chars[first + 2] == 'l'
                && (first + 3 == chars.length || Character.isWhitespace(chars[first + 3]));
    }

    /** Starts an {@code xml} statement whose keyword is at {@code first} (only spaces precede it). */
    private void startRaw(int lineNumber, String text, int first) {
        current.add(new Token("xml", lineNumber, first + 1, 3, false, -1));
        raw = new StringBuilder();
        rawLine = lineNumber;
        rawColumn = first + 4;
        appendRaw(lineNumber, text, first + 3);
    }

    /** A line inside an {@code xml} statement: kept whole, so that its columns stay the file's. */
    private void rawLine(int lineNumber, String text) {
        raw.append('\n');
        if (text.isBlank()) {
            raw.append(text);
            return;
        }
        appendRaw(lineNumber, text, 0);
    }

    private void appendRaw(int lineNumber, String text, int from) {
        continuationLine = 0;
        int end = text.length();
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        char last = end > from ? text.charAt(end - 1) : ' ';
        if (last == '\\' || last == YEN) {
            continuationLine = lineNumber;
            continuationColumn = end;
            raw.append(text, from, end - 1).append(' ');
            return;
        }
        raw.append(text, from, text.length());
        finishRaw();
    }

    private void finishRaw() {
        current.add(new Token(raw.toString(), rawLine, rawColumn, raw.length(), true, -1));
        raw = null;
        finishStatement();
    }

    /** Reads the words of one line; true when the line ends with a continuation mark. */
    private boolean words(int lineNumber, int[] chars, int from) {
        int i = from;
        while (i < chars.length) {
            int c = chars[i];
            if (Character.isWhitespace(c)) {
                i++;
            } else if ((c == '\\' || c == YEN) && onlySpaceAfter(chars, i + 1)) {
                continuationLine = lineNumber;
                continuationColumn = i + 1;
                return true;
            } else if (c == '(' || c == '[' || c == '{') {
                current.add(new Token(new String(Character.toChars(c)), lineNumber, i + 1, 1, false, -1));
                i++;
            } else {
                i = word(lineNumber, chars, i);
                if (currentProblem != null) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Reads one word starting at {@code start}; returns the index after it. */
    private int word(int lineNumber, int[] chars, int start) {
        var text = new StringBuilder();
        boolean quoted = chars[start] == '"' || chars[start] == '\'';
        int equalsAt = -1;
        int i = start;
        while (i < chars.length && !Character.isWhitespace(chars[i])) {
            int c = chars[i];
            if (c == '"' || c == '\'') {
                int close = quoted(chars, i, text);
                if (close < 0) {
                    currentProblem = new Problem(file, lineNumber, i + 1,
                            "unterminated quote " + (char) c + " (the value must end on the line it starts)");
                    return chars.length;
                }
                i = close + 1;
            } else if ((c == '\\' || c == YEN) && onlySpaceAfter(chars, i + 1)) {
                break;
            } else {
                if (c == '=' && equalsAt < 0) {
                    equalsAt = text.length();
                }
                text.appendCodePoint(c);
                i++;
            }
        }
        int brackets = 0;
        if (chars[start] != '/') {
            // Only closing brackets the word did not open are split off: "b)" but not "pm0[0-9]".
            int unopened = 0;
            for (int k = start; k < i; k++) {
                unopened += ")]}".indexOf(chars[k]) >= 0 ? 1 : "([{".indexOf(chars[k]) >= 0 ? -1 : 0;
            }
            while (brackets < unopened && i - brackets - 1 > start && ")]}".indexOf(chars[i - brackets - 1]) >= 0) {
                brackets++;
            }
        }
        addWithClosingBrackets(text.toString(), lineNumber, start, i - start, quoted, equalsAt, brackets);
        return i;
    }

    /** Appends the quoted text opening at {@code open}; returns the closing quote's index, or -1. */
    private static int quoted(int[] chars, int open, StringBuilder text) {
        int quote = chars[open];
        int i = open + 1;
        while (i < chars.length) {
            int c = chars[i];
            if (c == quote) {
                return i;
            }
            if (quote == '"' && c == '\\' && i + 1 < chars.length && (chars[i + 1] == '"' || chars[i + 1] == '\\')) {
                i++;
                c = chars[i];
            }
            text.appendCodePoint(c);
            i++;
        }
        return -1;
    }

    /** Closing brackets written against a word ({@code b)}) are words of their own; a /regex/ keeps its own. */
    private void addWithClosingBrackets(String text, int lineNumber, int start, int width, boolean quoted,
                                        int equalsAt, int brackets) {
        int cut = text.length() - brackets;
        current.add(new Token(text.substring(0, cut), lineNumber, start + 1, width - brackets, quoted, equalsAt));
        for (int b = 0; b < brackets; b++) {
            current.add(new Token(text.substring(cut + b, cut + b + 1), lineNumber, start + 1 + width - brackets + b,
                    1, false, -1));
        }
    }

    private static boolean onlySpaceAfter(int[] chars, int from) {
        for (int i = from; i < chars.length; i++) {
            if (!Character.isWhitespace(chars[i])) {
                return false;
            }
        }
        return true;
    }

    private void finishStatement() {
        if (!current.isEmpty() || currentProblem != null) {
            Token first = current.isEmpty() ? null : current.getFirst();
            int line = first != null ? first.line() : currentProblem.line();
            int column = first != null ? first.column() : currentProblem.column();
            statements.add(new Statement(current, line, column, currentProblem));
        }
        current = new ArrayList<>();
        currentProblem = null;
    }

    private void endOfText() {
        if (continuing()) {
            currentProblem = new Problem(file, continuationLine, continuationColumn,
                    "line continuation at the end of the file (the statement is unfinished)");
            continuationLine = 0;
        }
        if (raw != null) {
            finishRaw();
            return;
        }
        finishStatement();
    }
}
