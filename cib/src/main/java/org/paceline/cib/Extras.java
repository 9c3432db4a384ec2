package org.paceline.cib;

import java.util.List;

/**
 * What an element carried that the model has no field for: attributes and child
 * elements, kept as they were read and written back after the known ones.
 */
public record Extras(Attrs attributes, List<XmlElement> children) {
    public static final Extras NONE = new Extras(Attrs.EMPTY, List.of());

    public Extras {
        attributes = attributes == null ? Attrs.EMPTY : attributes;
        children = List.copyOf(children);
    }

    public static Extras of(Attrs attributes) {
        return attributes.isEmpty() ? NONE : new Extras(attributes, List.of());
    }

    public boolean isEmpty() {
        return attributes.isEmpty() && children.isEmpty();
    }
}
