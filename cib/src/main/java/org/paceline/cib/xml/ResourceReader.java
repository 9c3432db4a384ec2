package org.paceline.cib.xml;

import java.util.ArrayList;
import java.util.HashSet;
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

/**
 * Reads the {@code resources} section: primitives, templates, groups, clones (and the
 * legacy {@code master}), bundles, and their operations.
 */
final class ResourceReader {
    private static final Set<String> PRIMITIVE = Set.of("id", "class", "provider", "type", "template", "description");
    private static final Set<String> OPERATION = Set.of("id", "id-ref", "name", "interval");
    private static final Set<String> COLLECTIVE = Set.of("id", "description");
    private static final Set<String> CONTAINERS = Set.of("docker", "podman", "rkt");

    private final ReadSession session;
    private final SetReader sets;

    ResourceReader(ReadSession session, SetReader sets) {
        this.session = session;
        this.sets = sets;
    }

    /** The section's resources and templates, each in document order, and its unknown children. */
    record Section(List<Resource> resources, List<Template> templates, List<XmlElement> unknown) {}

    Section section(SourceElement element) {
        var resources = new ArrayList<Resource>();
        var templates = new ArrayList<Template>();
        var unknown = new ArrayList<XmlElement>();
        for (SourceElement child : element.children()) {
            switch (child.name()) {
                case "template" -> templates.add(template(child));
                case "primitive", "group", "clone", "master", "bundle" -> resources.add(resource(child));
                default -> unknown.add(ReadSession.keep(child));
            }
        }
        return new Section(resources, templates, unknown);
    }

    private Resource resource(SourceElement element) {
        return switch (element.name()) {
            case "group" -> group(element);
            case "clone" -> clone(element, false);
            case "master" -> clone(element, true);
            case "bundle" -> bundle(element);
            default -> primitive(element);
        };
    }

    Primitive primitive(SourceElement element) {
        session.required(element, "id");
        if (!element.has("template")) {
            session.required(element, "class");
            session.required(element, "type");
        }
        var parts = agentParts(element);
        return new Primitive(element.attribute("id"), element.attribute("class"), element.attribute("provider"),
                element.attribute("type"), element.attribute("template"), element.attribute("description"),
                parts.sets, parts.operationsAttributes, parts.operations,
                Remainders.extras(ReadSession.otherAttributes(element, PRIMITIVE), parts.unknown,
                        parts.operationsRemainder));
    }

    private Template template(SourceElement element) {
        session.required(element, "id");
        session.required(element, "class");
        session.required(element, "type");
        var parts = agentParts(element);
        return new Template(element.attribute("id"), element.attribute("class"), element.attribute("provider"),
                element.attribute("type"), element.attribute("description"), parts.sets, parts.operationsAttributes,
                parts.operations, Remainders.extras(ReadSession.otherAttributes(element, PRIMITIVE), parts.unknown,
                        parts.operationsRemainder));
    }

    /** What a primitive and a template share: sets, operations and unknown children. */
    private static final class AgentParts {
        final List<NvSet> sets = new ArrayList<>();
        final List<Operation> operations = new ArrayList<>();
        final List<XmlElement> unknown = new ArrayList<>();
        Attrs operationsAttributes = Attrs.EMPTY;
        /** Null, or what {@code operations} carried beyond its ops; also kept when it was written empty. */
        XmlElement operationsRemainder;
    }

    private AgentParts agentParts(SourceElement element) {
        var parts = new AgentParts();
        boolean operationsSeen = false;
        for (SourceElement child : element.children()) {
            if (SetReader.isSet(child)) {
                parts.sets.add(sets.set(child));
            } else if (child.name().equals("operations")) {
                if (operationsSeen) {
                    session.repeated(child, element);
                    continue;
                }
                operationsSeen = true;
                var unknown = new ArrayList<XmlElement>();
                for (SourceElement op : child.children()) {
                    if (op.name().equals("op")) {
                        parts.operations.add(operation(op));
                    } else {
                        session.keepUnknown(op, child, "<op> elements", unknown);
                    }
                }
                parts.operationsAttributes = child.attributes();
                parts.operationsRemainder = Remainders.of("operations", Attrs.EMPTY, unknown,
                        parts.operations.isEmpty() && child.attributes().isEmpty());
            } else {
                session.keepUnknown(child, element, "attribute sets and <operations>, no resource", parts.unknown);
            }
        }
        return parts;
    }

    private Operation operation(SourceElement element) {
        session.requiredUnlessReference(element, "name");
        session.requiredUnlessReference(element, "interval");
        var opSets = new ArrayList<NvSet>();
        var unknown = new ArrayList<XmlElement>();
        for (SourceElement child : element.children()) {
            if (SetReader.isSet(child)) {
                opSets.add(sets.set(child));
            } else {
                session.keepUnknown(child, element, "attribute sets", unknown);
            }
        }
        return new Operation(element.attribute("id"), element.attribute("id-ref"), element.attribute("name"),
                element.attribute("interval"), ReadSession.otherAttributes(element, OPERATION), opSets,
                unknown.isEmpty() ? null : new Extras(Attrs.EMPTY, unknown));
    }

    private Group group(SourceElement element) {
        session.required(element, "id");
        var members = new ArrayList<Primitive>();
        var groupSets = new ArrayList<NvSet>();
        var unknown = new ArrayList<XmlElement>();
        for (SourceElement child : element.children()) {
            if (child.name().equals("primitive")) {
                members.add(primitive(child));
            } else if (SetReader.isSet(child)) {
                groupSets.add(sets.set(child));
            } else {
                session.keepUnknown(child, element, "<primitive> elements only", unknown);
            }
        }
        return new Group(element.attribute("id"), element.attribute("description"), members, groupSets,
                ReadSession.extras(element, COLLECTIVE, unknown));
    }

    private Clone clone(SourceElement element, boolean legacyMaster) {
        session.required(element, "id");
        Resource child = null;
        var cloneSets = new ArrayList<NvSet>();
        var unknown = new ArrayList<XmlElement>();
        for (SourceElement inner : element.children()) {
            if (inner.name().equals("primitive") || inner.name().equals("group")) {
                if (child != null) {
                    session.problem(inner, "a second resource inside " + element.describe()
                            + ": a clone holds one <primitive> or <group>");
                } else {
                    child = inner.name().equals("group") ? group(inner) : primitive(inner);
                }
            } else if (SetReader.isSet(inner)) {
                cloneSets.add(sets.set(inner));
            } else {
                session.keepUnknown(inner, element, "one <primitive> or <group>", unknown);
            }
        }
        if (child == null) {
            session.problem(element, element.describe() + " holds no resource: expected a <primitive> or <group> inside");
        }
        return new Clone(element.attribute("id"), element.attribute("description"), legacyMaster, child, cloneSets,
                ReadSession.extras(element, COLLECTIVE, unknown));
    }

    private Bundle bundle(SourceElement element) {
        session.required(element, "id");
        var bundle = new BundleParts();
        for (SourceElement child : element.children()) {
            String name = child.name();
            if (CONTAINERS.contains(name) || name.equals("network") || name.equals("storage")
                    || name.equals("primitive")) {
                if (bundle.seen.contains(name) || (CONTAINERS.contains(name) && bundle.containerKind != null)) {
                    session.repeated(child, element);
                    continue;
                }
                bundle.seen.add(name);
            }
            if (CONTAINERS.contains(name)) {
                bundle.containerKind = name;
                bundle.containerAttributes = child.attributes();
                bundle.containerRemainder = Remainders.of(name, Attrs.EMPTY, unknownChildren(child, Set.of()), false);
            } else if (name.equals("network")) {
                bundle.networkAttributes = child.attributes();
                bundle.portMappings.addAll(mappings(child, "port-mapping"));
                bundle.networkRemainder = Remainders.of(name, Attrs.EMPTY,
                        unknownChildren(child, Set.of("port-mapping")), false);
            } else if (name.equals("storage")) {
                bundle.storageAttributes = child.attributes();
                bundle.storageMappings.addAll(mappings(child, "storage-mapping"));
                bundle.storageRemainder = Remainders.of(name, Attrs.EMPTY,
                        unknownChildren(child, Set.of("storage-mapping")), false);
            } else if (name.equals("primitive")) {
                bundle.primitive = primitive(child);
            } else if (SetReader.isSet(child)) {
                bundle.sets.add(sets.set(child));
            } else {
                session.keepUnknown(child, element, "at most one <primitive>", bundle.unknown);
            }
        }
        return new Bundle(element.attribute("id"), element.attribute("description"), bundle.containerKind,
                bundle.containerAttributes, bundle.networkAttributes, bundle.portMappings, bundle.storageAttributes,
                bundle.storageMappings, bundle.primitive, bundle.sets,
                Remainders.extras(ReadSession.otherAttributes(element, COLLECTIVE), bundle.unknown,
                        bundle.containerRemainder, bundle.networkRemainder, bundle.storageRemainder));
    }

    /** A bundle's parts while it is being read. */
    private static final class BundleParts {
        final Set<String> seen = new HashSet<>();
        final List<Attrs> portMappings = new ArrayList<>();
        final List<Attrs> storageMappings = new ArrayList<>();
        final List<NvSet> sets = new ArrayList<>();
        final List<XmlElement> unknown = new ArrayList<>();
        String containerKind;
        Attrs containerAttributes = Attrs.EMPTY;
        Attrs networkAttributes;
        Attrs storageAttributes;
        Primitive primitive;
        XmlElement containerRemainder;
        XmlElement networkRemainder;
        XmlElement storageRemainder;
    }

    private static List<Attrs> mappings(SourceElement element, String mappingName) {
        return element.children().stream().filter(c -> c.name().equals(mappingName)).map(SourceElement::attributes).toList();
    }

    private List<XmlElement> unknownChildren(SourceElement element, Set<String> known) {
        var unknown = new ArrayList<XmlElement>();
        for (SourceElement child : element.children()) {
            if (!known.contains(child.name())) {
                session.keepUnknown(child, element, "no resource here", unknown);
            }
        }
        return unknown;
    }
}
