package org.paceline.cib.xml;

import java.util.List;

import org.paceline.cib.Attrs;

/**
 * An element as it stood in the text: name, attributes in written order, children,
 * text, and where its start tag began.
 *
 * @param text   the element's own character content, leaving out pieces that are
 *               whitespace only; "" when none
 * @param line   1-based line of the {@code <} that opens the start tag
 * @param column 1-based column of that {@code <}
 */
record SourceElement(String name, Attrs attributes, List<SourceElement> children, String text,
                     int line, int column) {

    String attribute(String attributeName) {
        return attributes.getOrNull(attributeName);
    }

    boolean has(String attributeName) {
        return attributes.has(attributeName);
    }

    /** How a message names it: {@code <primitive id="vip">}, or {@code <primitive>} without an id. */
    String describe() {
        String id = attribute("id");
        return id == null ? "<" + name + ">" : "<" + name + " id=\"" + id + "\">";
    }
}
