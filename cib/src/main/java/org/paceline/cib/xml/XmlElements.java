package org.paceline.cib.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.paceline.cib.Attrs;
import org.paceline.cib.Extras;
import org.paceline.cib.XmlElement;

/** Builds the elements the writers print: known attributes and children first, extras after them. */
final class XmlElements {
    private XmlElements() {}

    /** Known attributes (name, value, ...; nulls left out), then the extras' attributes and children. */
    static XmlElement element(String name, Attrs known, Extras extras, List<XmlElement> children) {
        return element(name, known, extras.attributes(), children, extras.children());
    }

    static XmlElement element(String name, Attrs known, Attrs extraAttributes, List<XmlElement> children,
                              List<XmlElement> unknownChildren) {
        Attrs attributes = known;
        if (!extraAttributes.isEmpty()) {
            var merged = new LinkedHashMap<>(known.asMap());
            extraAttributes.asMap().forEach(merged::putIfAbsent);
            attributes = Attrs.of(merged);
        }
        List<XmlElement> all = children;
        if (!unknownChildren.isEmpty()) {
            all = new ArrayList<>(children);
            all.addAll(unknownChildren);
        }
        return XmlElement.of(name, attributes, all);
    }

    /** Name, value, name, value, ...; absent (null) values are left out. */
    static Attrs attributes(String... namesAndValues) {
        return Attrs.of(namesAndValues);
    }

    /** Known attributes followed by others kept as written (an op's timeout, a resource set's options). */
    static Attrs attributes(Attrs known, Attrs asWritten) {
        if (asWritten.isEmpty()) {
            return known;
        }
        var merged = new LinkedHashMap<>(known.asMap());
        asWritten.asMap().forEach(merged::putIfAbsent);
        return Attrs.of(merged);
    }
}
