package org.paceline.cib.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import org.paceline.cib.Attrs;
import org.paceline.cib.Extras;
import org.paceline.cib.Problem;
import org.paceline.cib.XmlElement;

/**
 * One reading of a CIB document: the problems found so far, and how every element
 * reader checks required attributes and keeps what the model has no field for.
 * Single-threaded; one per call of {@link CibXmlReader#read}.
 */
final class ReadSession {
    /** The elements that define resources: an error wherever the schema has no place for them. */
    static final Set<String> RESOURCE_ELEMENTS = Set.of("primitive", "group", "clone", "master", "bundle", "template");

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    ReadSession(String file) {
        this.file = file;
    }

    List<Problem> problems() {
        return problems;
    }

    void problem(SourceElement at, String message) {
        problems.add(new Problem(file, at.line(), at.column(), message));
    }

    /** The attribute's value; when absent, a problem and null. */
    String required(SourceElement element, String attribute) {
        String value = element.attribute(attribute);
        if (value == null) {
            problem(element, element.describe() + " is missing the required attribute \"" + attribute + "\"");
        }
        return value;
    }

    /** Checks that an element has the attribute or, in its place, a reference ({@code id-ref}). */
    void requiredUnlessReference(SourceElement element, String attribute) {
        if (!element.has(attribute) && !element.has("id-ref")) {
            problem(element, element.describe() + " is missing the required attribute \"" + attribute
                    + "\" (or \"id-ref\")");
        }
    }

    /** Reports a known element where the schema has no place for it; {@code expected} says what may be there. */
    void misplaced(SourceElement child, SourceElement parent, String expected) {
        problem(child, child.describe() + " cannot be inside " + parent.describe() + ": expected " + expected);
    }

    /** Reports a second copy of an element the schema allows once. */
    void repeated(SourceElement child, SourceElement parent) {
        problem(child, "a second <" + child.name() + "> inside " + parent.describe() + ": at most one is allowed");
    }

    /** The attributes not in {@code known}, in written order. */
    static Attrs otherAttributes(SourceElement element, Set<String> known) {
        // Most elements carry only known attributes: no map is made for them.
        Attrs attributes = element.attributes();
        LinkedHashMap<String, String> others = null;
        for (int i = 0; i < attributes.size(); i++) {
            String name = attributes.name(i);
            if (!known.contains(name)) {
                if (others == null) {
                    others = new LinkedHashMap<>();
                }
                others.put(name, attributes.value(i));
            }
        }
        return others == null ? Attrs.EMPTY : Attrs.ofHandedOver(others);
    }

    /** What an element carried beyond the model: attributes outside {@code known}, and unknown children. */
    static Extras extras(SourceElement element, Set<String> known, List<XmlElement> unknownChildren) {
        Attrs attributes = otherAttributes(element, known);
        return attributes.isEmpty() && unknownChildren.isEmpty() ? Extras.NONE : new Extras(attributes, unknownChildren);
    }

    /** An element the model does not know, kept whole. */
    static XmlElement keep(SourceElement element) {
        var children = new ArrayList<XmlElement>(element.children().size());
        for (SourceElement child : element.children()) {
            children.add(keep(child));
        }
        return new XmlElement(element.name(), element.attributes(), children, element.text());
    }

    /**
     * Keeps a child the reader does not know; a resource element, which has a known
     * place elsewhere, is reported as misplaced instead.
     */
    void keepUnknown(SourceElement child, SourceElement parent, String expected, List<XmlElement> unknown) {
        if (RESOURCE_ELEMENTS.contains(child.name())) {
            misplaced(child, parent, expected);
        } else {
            unknown.add(keep(child));
        }
    }
}
