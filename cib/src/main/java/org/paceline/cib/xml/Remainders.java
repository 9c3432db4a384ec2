package org.paceline.cib.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import org.paceline.cib.Attrs;
import org.paceline.cib.Extras;
import org.paceline.cib.XmlElement;

/**
 * What remains of an element that has no record of its own (a section such as
 * {@code resources}, a primitive's {@code operations}, a node's {@code lrm_resources})
 * once the model has taken its known content: its unknown attributes and children.
 *
 * <p>A remainder is kept in the parent record's {@link Extras} as an element named
 * like the one it stands for, before the truly unknown children. An element named
 * like a known child can never be an unknown child itself, so the two never mix.
 * An empty remainder records that an optional element was written although empty
 * (an empty {@code <acls/>}), so that the document prints back as it was read.
 */
final class Remainders {
    private Remainders() {}

    /**
     * The remainder of an element, or null when nothing remains and the element need
     * not be kept for its presence alone.
     */
    static XmlElement of(String name, Attrs attributes, List<XmlElement> children, boolean keepWhenEmpty) {
        if (attributes.isEmpty() && children.isEmpty() && !keepWhenEmpty) {
            return null;
        }
        return XmlElement.of(name, attributes, children);
    }

    /** A record's extras: its own other attributes, then its remainders (nulls skipped), then unknown children. */
    static Extras extras(Attrs attributes, List<XmlElement> unknown, XmlElement... remainders) {
        var children = new ArrayList<XmlElement>();
        for (XmlElement remainder : remainders) {
            if (remainder != null) {
                children.add(remainder);
            }
        }
        children.addAll(unknown);
        return attributes.isEmpty() && children.isEmpty() ? Extras.NONE : new Extras(attributes, children);
    }

    /** The remainder kept under this name, or null. */
    static XmlElement find(Extras extras, String name) {
        for (XmlElement child : extras.children()) {
            if (child.name().equals(name)) {
                return child;
            }
        }
        return null;
    }

    /** The children of extras that are not remainders of the named elements: the unknown ones. */
    static List<XmlElement> unknown(Extras extras, Set<String> remainderNames) {
        return extras.children().stream().filter(child -> !remainderNames.contains(child.name())).toList();
    }

    /** The known element with what remained of it put back: its attributes after the known ones, its children last. */
    static XmlElement restore(XmlElement known, XmlElement remainder) {
        if (remainder == null) {
            return known;
        }
        var attributes = new LinkedHashMap<>(known.attributes().asMap());
        remainder.attributes().asMap().forEach(attributes::putIfAbsent);
        var children = new ArrayList<>(known.children());
        children.addAll(remainder.children());
        String text = known.text().isEmpty() ? remainder.text() : known.text();
        return new XmlElement(known.name(), Attrs.of(attributes), children, text);
    }
}
