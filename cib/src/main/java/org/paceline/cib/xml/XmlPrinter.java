package org.paceline.cib.xml;

import org.paceline.cib.Attrs;
import org.paceline.cib.XmlElement;

/**
 * Prints an element tree as XML text the way {@code cibadmin -Q} does: no
 * declaration, two-space indentation, empty elements closed with {@code />}.
 */
final class XmlPrinter {
    private final StringBuilder out = new StringBuilder(4096);
    private final boolean oneLine;

    private XmlPrinter(boolean oneLine) {
        this.oneLine = oneLine;
    }

    static String print(XmlElement root) {
        var printer = new XmlPrinter(false);
        printer.element(root, 0);
        return printer.out.toString();
    }

    /** The element on one line, without indentation or line break: line breaks in text become {@code &#10;}. */
    static String printOnOneLine(XmlElement root) {
        var printer = new XmlPrinter(true);
        printer.inline(root);
        return printer.out.toString();
    }

    private void element(XmlElement element, int depth) {
        out.repeat("  ", depth);
        if (!element.text().isEmpty()) {
            // Indentation inside text would become part of it: such an element prints on one line.
            inline(element);
            out.append('\n');
            return;
        }
        startTag(element);
        if (element.children().isEmpty()) {
            out.append("/>\n");
            return;
        }
        out.append(">\n");
        for (XmlElement child : element.children()) {
            element(child, depth + 1);
        }
        out.repeat("  ", depth).append("</").append(element.name()).append(">\n");
    }

    private void inline(XmlElement element) {
        startTag(element);
        if (element.children().isEmpty() && element.text().isEmpty()) {
            out.append("/>");
            return;
        }
        out.append('>');
        escape(element.text(), false);
        for (XmlElement child : element.children()) {
            inline(child);
        }
        out.append("</").append(element.name()).append('>');
    }

    private void startTag(XmlElement element) {
        out.append('<').append(element.name());
        Attrs attributes = element.attributes();
        for (int i = 0; i < attributes.size(); i++) {
            out.append(' ').append(attributes.name(i)).append("=\"");
            escape(attributes.value(i), true);
            out.append('"');
        }
    }

    /** Escapes markup; in attributes also quotes and the whitespace a reader would turn into spaces. */
    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute || oneLine ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
    }
}
