package org.paceline.cib.xml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.paceline.cib.Attrs;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;

/**
 * A reader of well-formed XML into a tree of {@link SourceElement}s, or the first
 * place where the text stops being XML, said in plain words.
 *
 * <p>Written here rather than taken from the JDK's StAX so that every problem names
 * the exact line and column where a person would look (StAX places a start tag at
 * its end) and reads without parser jargon. DTDs are refused outright, so no entity
 * is ever expanded beyond the five predefined ones and character references.
 * Linear in the input; nesting is bounded so that no input can exhaust the stack.
 */
final class XmlTextParser {
    /** Far deeper than any CIB; bounds the recursion of everything that walks the tree. */
    static final int MAX_DEPTH = 400;

    private final String file;
    private final String text;
    private final LinePositions positions;
    private final TextPool pool = new TextPool();
    /** The attributes of the start tag being read: name, value, name, value, ... */
    private String[] attributes = new String[32];
    private int pos;

    private XmlTextParser(String file, String text) {
        this.file = file;
        this.text = text;
        this.positions = LinePositions.of(text);
    }

    /** The root element of the text, or the problem that makes it not well-formed XML. */
    static Parsed<SourceElement> parse(String file, String text) {
        var parser = new XmlTextParser(file, text == null ? "" : text);
        try {
            return Parsed.valid(parser.document());
        } catch (Malformed m) {
            return Parsed.invalid(parser.problemAt(m.at, m.getMessage()));
        }
    }

    private SourceElement document() {
        if (text.startsWith("\uFEFF")) {
            pos = 1;
        }
        skipMisc();
        if (pos >= text.length()) {
            throw new Malformed(text.isBlank() ? 0 : pos, "the input is empty: expected a <cib> element");
        }
        if (text.charAt(pos) != '<' || !isNameStart(charAt(pos + 1))) {
            throw new Malformed(pos, "expected a <cib> element, found " + shown(pos));
        }
        SourceElement root = rootElement();
        skipMisc();
        if (pos < text.length()) {
            throw new Malformed(pos, text.charAt(pos) == '<' && isNameStart(charAt(pos + 1))
                    ? "a second root element after </" + root.name() + ">: a document has one root element"
                    : "unexpected " + shown(pos) + " after </" + root.name()
                            + ">: only comments and whitespace may follow the root element");
        }
        return root;
    }

    /** Skips what may stand outside the root element: whitespace, comments, the XML declaration. */
    private void skipMisc() {
        while (true) {
            skipWhitespace();
            if (text.startsWith("<!--", pos)) {
                comment();
            } else if (text.startsWith("<?", pos)) {
                processingInstruction();
            } else if (text.startsWith("<!DOCTYPE", pos)) {
                throw new Malformed(pos, "a DOCTYPE declaration is not accepted in a CIB");
            } else {
                return;
            }
        }
    }

    private SourceElement rootElement() {
        Deque<OpenElement> open = new ArrayDeque<>();
        OpenElement root = startTag();
        if (root.selfClosing) {
            return root.build();
        }
        open.push(root);
        while (true) {
            OpenElement current = open.peek();
            if (pos >= text.length()) {
                throw new Malformed(current.start, "<" + current.name + "> is not closed: the input ends before </"
                        + current.name + ">");
            }
            if (text.charAt(pos) != '<') {
                current.addText(characterData());
            } else if (text.startsWith("</", pos)) {
                endTag(current);
                open.pop();
                SourceElement done = current.build();
                if (open.isEmpty()) {
                    return done;
                }
                open.peek().children.add(done);
            } else if (text.startsWith("<!--", pos)) {
                comment();
            } else if (text.startsWith("<![CDATA[", pos)) {
                current.addText(cdata());
            } else if (text.startsWith("<?", pos)) {
                processingInstruction();
            } else if (text.startsWith("<!", pos)) {
                throw new Malformed(pos, "expected a comment (<!--) or <![CDATA[ after <! inside <" + current.name + ">");
            } else {
                OpenElement child = startTag();
                if (child.selfClosing) {
                    current.children.add(child.build());
                } else if (open.size() >= MAX_DEPTH) {
                    throw new Malformed(child.start, "elements nest deeper than " + MAX_DEPTH + " levels");
                } else {
                    open.push(child);
                }
            }
        }
    }

    private OpenElement startTag() {
        int start = pos;
        pos++;
        String name = name();
        if (name.isEmpty()) {
            throw new Malformed(pos, "expected an element name after <, found " + shown(pos));
        }
        int count = 0;
        while (true) {
            boolean spaced = skipWhitespace();
            if (pos >= text.length()) {
                throw new Malformed(start, "the tag <" + name + " is not finished: the input ends before > or />");
            }
            char c = text.charAt(pos);
            if (c == '>') {
                pos++;
                return new OpenElement(name, Attrs.ofDistinctPairs(attributes, count), start, false);
            }
            if (c == '/') {
                if (charAt(pos + 1) != '>') {
                    throw new Malformed(pos, "expected /> to end the tag <" + name + ">, found " + shown(pos));
                }
                pos += 2;
                return new OpenElement(name, Attrs.ofDistinctPairs(attributes, count), start, true);
            }
            if (!spaced || !isNameStart(c)) {
                throw new Malformed(pos, "expected an attribute, > or /> in the tag <" + name + ">, found " + shown(pos));
            }
            int attributeStart = pos;
            String attribute = name();
            skipWhitespace();
            if (charAt(pos) != '=') {
                throw new Malformed(pos, "expected = after the attribute " + attribute + " in <" + name + ">, found " + shown(pos));
            }
            pos++;
            skipWhitespace();
            char quote = charAt(pos);
            if (quote != '"' && quote != '\'') {
                throw new Malformed(pos, "expected a quoted value after " + attribute + "= in <" + name + ">, found " + shown(pos));
            }
            String value = attributeValue(attribute, name);
            for (int i = 0; i < count * 2; i += 2) {
                if (attributes[i].equals(attribute)) {
                    throw new Malformed(attributeStart, "the attribute " + attribute + " appears twice in <" + name + ">");
                }
            }
            if (count * 2 == attributes.length) {
                attributes = java.util.Arrays.copyOf(attributes, attributes.length * 2);
            }
            attributes[count * 2] = attribute;
            attributes[count * 2 + 1] = value;
            count++;
        }
    }

    /** The value at the opening quote, with entities replaced and line breaks and tabs made spaces, as XML says. */
    private String attributeValue(String attribute, String element) {
        int quoteAt = pos;
        char quote = text.charAt(pos++);
        // Most values hold nothing to replace: taken as they stand, without copying character by character.
        for (int end = pos; end < text.length(); end++) {
            char c = text.charAt(end);
            if (c == quote) {
                String plain = pool.of(text, pos, end);
                pos = end + 1;
                return plain;
            }
            if (c == '&' || c == '<' || c == '\r' || c == '\n' || c == '\t') {
                break;
            }
        }
        var value = new StringBuilder();
        while (true) {
            if (pos >= text.length() || text.charAt(pos) == '<') {
                throw new Malformed(quoteAt, "the value of " + attribute + " in <" + element
                        + "> has no closing " + (quote == '"' ? "double" : "single") + " quote");
            }
            char c = text.charAt(pos);
            if (c == quote) {
                pos++;
                return value.toString();
            }
            if (c == '&') {
                reference(value);
            } else if (c == '\r') {
                pos += charAt(pos + 1) == '\n' ? 2 : 1;
                value.append(' ');
            } else {
                value.append(c == '\n' || c == '\t' ? ' ' : c);
                pos++;
            }
        }
    }

    private String characterData() {
        // Between tags there is mostly indentation, which is not content: skipped without a copy.
        int end = pos;
        boolean blank = true;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (c == '<' || c == '&' || c == '\r') {
                break;
            }
            blank &= isWhitespace(c);
            end++;
        }
        if (end == text.length() || text.charAt(end) == '<') {
            String piece = blank ? "" : text.substring(pos, end);
            pos = end;
            return piece;
        }
        var data = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != '<') {
            char c = text.charAt(pos);
            if (c == '&') {
                reference(data);
            } else if (c == '\r') {
                pos += charAt(pos + 1) == '\n' ? 2 : 1;
                data.append('\n');
            } else {
                data.append(c);
                pos++;
            }
        }
        return data.toString();
    }

    /** Appends the character an entity or character reference at {@code pos} stands for. */
    private void reference(StringBuilder into) {
        int start = pos;
        int end = text.indexOf(';', pos);
        if (end < 0 || end - start > 12) {
            throw new Malformed(start, "a & must begin a reference such as &amp; or &#38;");
        }
        String name = text.substring(start + 1, end);
        pos = end + 1;
        switch (name) {
            case "lt" -> into.append('<');
            case "gt" -> into.append('>');
            case "amp" -> into.append('&');
            case "quot" -> into.append('"');
            case "apos" -> into.append('\'');
            default -> {
                int codePoint = characterReference(name);
                if (codePoint < 0) {
                    throw new Malformed(start, "unknown reference &" + name
                            + "; (only &lt; &gt; &amp; &quot; &apos; and &#number; are known)");
                }
                into.appendCodePoint(codePoint);
            }
        }
    }

    private static int characterReference(String name) {
        boolean hex = name.startsWith("#x");
        String digits = hex ? name.substring(2) : name.startsWith("#") ? name.substring(1) : "";
        if (digits.isEmpty() || digits.length() > 7) {
            return -1;
        }
        int value = 0;
        for (char c : digits.toCharArray()) {
            int digit = Character.digit(c, hex ? 16 : 10);
            if (digit < 0) {
                return -1;
            }
            value = value * (hex ? 16 : 10) + digit;
        }
        boolean allowed = value == 0x9 || value == 0xA || value == 0xD || (value >= 0x20 && value <= 0xD7FF)
                || (value >= 0xE000 && value <= 0xFFFD) || (value >= 0x10000 && value <= 0x10FFFF);
        return allowed ? value : -1;
    }

    private void endTag(OpenElement current) {
        int start = pos;
        pos += 2;
        String name = name();
        if (!name.equals(current.name)) {
            throw new Malformed(start, "expected </" + current.name + "> to close <" + current.name + "> (line "
                    + positions.line(current.start) + ", column " + positions.column(current.start) + "), found "
                    + (name.isEmpty() ? shown(start) : "</" + name + ">"));
        }
        skipWhitespace();
        if (charAt(pos) != '>') {
            throw new Malformed(pos, "expected > to end </" + name + ">, found " + shown(pos));
        }
        pos++;
    }

    private void comment() {
        int start = pos;
        int end = text.indexOf("-->", pos + 4);
        if (end < 0) {
            throw new Malformed(start, "a comment is not closed: the input ends before -->");
        }
        pos = end + 3;
    }

    private void processingInstruction() {
        int start = pos;
        int end = text.indexOf("?>", pos + 2);
        if (end < 0) {
            throw new Malformed(start, "a processing instruction (<?...) is not closed: the input ends before ?>");
        }
        pos = end + 2;
    }

    private String cdata() {
        int start = pos;
        int end = text.indexOf("]]>", pos + 9);
        if (end < 0) {
            throw new Malformed(start, "a <![CDATA[ section is not closed: the input ends before ]]>");
        }
        String content = text.substring(start + 9, end);
        pos = end + 3;
        return content.replace("\r\n", "\n").replace('\r', '\n');
    }

    private String name() {
        int start = pos;
        if (pos < text.length() && isNameStart(text.charAt(pos))) {
            pos++;
            while (pos < text.length() && isNamePart(text.charAt(pos))) {
                pos++;
            }
        }
        return pool.of(text, start, pos);
    }

    private boolean skipWhitespace() {
        int start = pos;
        while (pos < text.length() && isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return pos > start;
    }

    private char charAt(int index) {
        return index < text.length() ? text.charAt(index) : '\0';
    }

    /** The text at a position, as a message quotes it. */
    private String shown(int at) {
        if (at >= text.length()) {
            return "the end of the input";
        }
        int end = Math.min(text.length(), at + 12);
        int lineEnd = text.indexOf('\n', at);
        if (lineEnd >= 0 && lineEnd < end) {
            end = lineEnd;
        }
        return end <= at ? "a line break" : "\"" + text.substring(at, end).strip() + "\"";
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isWhitespaceOnly(String piece) {
        for (int i = 0; i < piece.length(); i++) {
            if (!isWhitespace(piece.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * XML 1.0's NameStartChar, so that what this reader takes every XML reader takes; a
     * surrogate stands for the characters beyond U+FFFF, which it allows.
     */
    private static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':'
                || c >= 0xC0 && c <= 0xD6 || c >= 0xD8 && c <= 0xF6 || c >= 0xF8 && c <= 0x2FF
                || c >= 0x370 && c <= 0x37D || c >= 0x37F && c <= 0x1FFF || c == 0x200C || c == 0x200D
                || c >= 0x2070 && c <= 0x218F || c >= 0x2C00 && c <= 0x2FEF || c >= 0x3001 && c <= 0xD7FF
                || Character.isSurrogate(c) || c >= 0xF900 && c <= 0xFDCF || c >= 0xFDF0 && c <= 0xFFFD;
    }

    /** XML 1.0's NameChar. */
    private static boolean isNamePart(char c) {
        return isNameStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.' || c == 0xB7
                || c >= 0x300 && c <= 0x36F || c == 0x203F || c == 0x2040;
    }

    private Problem problemAt(int at, String message) {
        return new Problem(file, positions.line(at), positions.column(at), message);
    }

    /** An element whose end tag has not been read yet. */
    private final class OpenElement {
        final String name;
        final Attrs attributes;
        final int start;
        final boolean selfClosing;
        final List<SourceElement> children = new ArrayList<>();
        private StringBuilder text;

        OpenElement(String name, Attrs attributes, int start, boolean selfClosing) {
            this.name = name;
            this.attributes = attributes;
            this.start = start;
            this.selfClosing = selfClosing;
        }

        /** Keeps a piece of text unless it is whitespace only: indentation is not content. */
        void addText(String piece) {
            if (!piece.isEmpty() && !isWhitespaceOnly(piece)) {
                if (text == null) {
                    text = new StringBuilder();
                }
                text.append(piece);
            }
        }

        SourceElement build() {
            return new SourceElement(name, attributes, List.copyOf(children), text == null ? "" : text.toString(),
                    positions.line(start), positions.column(start));
        }
    }

    /** Where and why the text stops being XML; caught in {@link #parse}, never seen by a caller. */
    private static final class Malformed extends RuntimeException {
        final int at;

        Malformed(int at, String message) {
            super(message, null, false, false);
            this.at = at;
        }
    }
}
