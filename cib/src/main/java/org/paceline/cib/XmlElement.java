package org.paceline.cib;

import java.util.List;
import java.util.Optional;

/**
 * A generic, immutable XML element: how the model keeps what it does not itself
 * understand, so that it survives a read-write round trip.
 *
 * @param text character content that is not whitespace only, or "" when none
 */
public record XmlElement(String name, Attrs attributes, List<XmlElement> children, String text) {
    public XmlElement {
        attributes = attributes == null ? Attrs.EMPTY : attributes;
        children = List.copyOf(children);
        text = text == null ? "" : text;
    }

    public static XmlElement of(String name, Attrs attributes, List<XmlElement> children) {
        return new XmlElement(name, attributes, children, "");
    }

    public Optional<String> attribute(String attributeName) {
        return attributes.get(attributeName);
    }

    public List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    public Optional<XmlElement> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }
}
