package org.paceline.cib.xml;

import static org.paceline.cib.xml.XmlElements.attributes;
import static org.paceline.cib.xml.XmlElements.element;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.paceline.cib.Attrs;
import org.paceline.cib.Extras;
import org.paceline.cib.NvSet;
import org.paceline.cib.XmlElement;
import org.paceline.cib.resources.Bundle;
import org.paceline.cib.resources.Clone;
import org.paceline.cib.resources.Group;
import org.paceline.cib.resources.Operation;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.resources.Resource;
import org.paceline.cib.resources.Template;

/** Writes resources and templates, children in the order crm and cibadmin use: sets, then contents. */
final class ResourceWriter {
    private static final Set<String> PRIMITIVE_REMAINDERS = Set.of("operations");
    private static final Set<String> BUNDLE_REMAINDERS = Set.of("docker", "podman", "rkt", "network", "storage");

    private ResourceWriter() {}

    static XmlElement resource(Resource resource) {
        return switch (resource) {
            case Primitive p -> primitive(p);
            case Group g -> element("group", attributes("id", g.id(), "description", g.description()), g.extras(),
                    concat(RuleWriter.sets(g.sets()), g.members().stream().map(ResourceWriter::primitive).toList()));
            case Clone c -> element(c.legacyMaster() ? "master" : "clone",
                    attributes("id", c.id(), "description", c.description()), c.extras(),
                    concat(RuleWriter.sets(c.sets()), c.child() == null ? List.of() : List.of(resource(c.child()))));
            case Bundle b -> bundle(b);
        };
    }

    static XmlElement template(Template t) {
        return agent("template", attributes("id", t.id(), "class", t.resourceClass(), "provider", t.provider(),
                "type", t.type(), "description", t.description()), t.sets(), t.operationsAttributes(), t.operations(),
                t.extras());
    }

    private static XmlElement primitive(Primitive p) {
        return agent("primitive", attributes("id", p.id(), "class", p.resourceClass(), "provider", p.provider(),
                "type", p.type(), "template", p.template(), "description", p.description()), p.sets(),
                p.operationsAttributes(), p.operations(), p.extras());
    }

    private static XmlElement agent(String name, Attrs known, List<NvSet> sets, Attrs operationsAttributes,
                                    List<Operation> operations, Extras extras) {
        var children = new ArrayList<>(RuleWriter.sets(sets));
        XmlElement remainder = Remainders.find(extras, "operations");
        if (!operations.isEmpty() || !operationsAttributes.isEmpty() || remainder != null) {
            var ops = XmlElement.of("operations", operationsAttributes,
                    operations.stream().map(ResourceWriter::operation).toList());
            children.add(Remainders.restore(ops, remainder));
        }
        return element(name, known, extras.attributes(), children, Remainders.unknown(extras, PRIMITIVE_REMAINDERS));
    }

    private static XmlElement operation(Operation op) {
        Attrs known = attributes("id", op.id(), "id-ref", op.idRef(), "name", op.name(), "interval", op.interval());
        return element("op", XmlElements.attributes(known, op.attributes()), op.extras(), RuleWriter.sets(op.sets()));
    }

    private static XmlElement bundle(Bundle b) {
        Extras extras = b.extras();
        var children = new ArrayList<XmlElement>();
        if (b.containerKind() != null) {
            children.add(Remainders.restore(XmlElement.of(b.containerKind(), b.containerAttributes(), List.of()),
                    Remainders.find(extras, b.containerKind())));
        }
        XmlElement network = Remainders.find(extras, "network");
        if (b.networkAttributes() != null || !b.portMappings().isEmpty() || network != null) {
            children.add(Remainders.restore(XmlElement.of("network", orEmpty(b.networkAttributes()),
                    mappings("port-mapping", b.portMappings())), network));
        }
        XmlElement storage = Remainders.find(extras, "storage");
        if (b.storageAttributes() != null || !b.storageMappings().isEmpty() || storage != null) {
            children.add(Remainders.restore(XmlElement.of("storage", orEmpty(b.storageAttributes()),
                    mappings("storage-mapping", b.storageMappings())), storage));
        }
        if (b.primitive() != null) {
            children.add(primitive(b.primitive()));
        }
        children.addAll(RuleWriter.sets(b.sets()));
        return element("bundle", attributes("id", b.id(), "description", b.description()), extras.attributes(),
                children, Remainders.unknown(extras, BUNDLE_REMAINDERS));
    }

    private static List<XmlElement> mappings(String name, List<Attrs> mappings) {
        return mappings.stream().map(attributes -> XmlElement.of(name, attributes, List.of())).toList();
    }

    private static Attrs orEmpty(Attrs attributes) {
        return attributes == null ? Attrs.EMPTY : attributes;
    }

    private static List<XmlElement> concat(List<XmlElement> first, List<XmlElement> second) {
        var all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
