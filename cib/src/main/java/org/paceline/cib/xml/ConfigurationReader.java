package org.paceline.cib.xml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.paceline.cib.Alert;
import org.paceline.cib.AlertRecipient;
import org.paceline.cib.Attrs;
import org.paceline.cib.Configuration;
import org.paceline.cib.FencingLevel;
import org.paceline.cib.Node;
import org.paceline.cib.NvSet;
import org.paceline.cib.Tag;
import org.paceline.cib.XmlElement;
import org.paceline.cib.access.Acls;

/**
 * Reads the {@code configuration} element: its sections, and the nodes, fencing
 * levels, alerts and tags in them. Sections have no record of their own: what they
 * carry beyond the model is kept as {@link Remainders} in the configuration's extras.
 */
final class ConfigurationReader {
    /** The sections in the order Pacemaker writes them. */
    static final List<String> SECTIONS = List.of("crm_config", "nodes", "resources", "constraints",
            "fencing-topology", "op_defaults", "rsc_defaults", "alerts", "acls", "tags");
    /** Sections written only when they hold something: their presence alone is kept as a remainder. */
    static final Set<String> OPTIONAL_SECTIONS = Set.of("fencing-topology", "op_defaults", "rsc_defaults", "alerts",
            "acls", "tags");

    private static final Set<String> NODE = Set.of("id", "uname", "type", "description");
    private static final Set<String> LEVEL = Set.of("id", "index", "target", "target-pattern", "target-attribute",
            "target-value", "devices");
    private static final Set<String> ALERT = Set.of("id", "path", "description");
    private static final Set<String> RECIPIENT = Set.of("id", "value", "description");
    private static final Set<String> ID = Set.of("id");

    private final ReadSession session;
    private final SetReader sets;
    private final ResourceReader resources;
    private final ConstraintReader constraints;
    private final AccessReader access;

    ConfigurationReader(ReadSession session) {
        this.session = session;
        var rules = new RuleReader(session);
        this.sets = new SetReader(session, rules);
        this.resources = new ResourceReader(session, sets);
        this.constraints = new ConstraintReader(session, rules);
        this.access = new AccessReader(session);
    }

    Configuration configuration(SourceElement element) {
        var unknown = new ArrayList<XmlElement>();
        Map<String, SourceElement> sections = sections(element, unknown);
        // Filled in section order, so that extras list remainders the same way on every read.
        var remainders = new ArrayList<XmlElement>();

        List<NvSet> clusterProperties = setSection(sections.get("crm_config"), remainders);
        List<Node> nodes = itemSection(sections.get("nodes"), "node", this::node, remainders);

        SourceElement resourcesElement = sections.get("resources");
        var resourceSection = resourcesElement == null
                ? new ResourceReader.Section(List.of(), List.of(), List.of())
                : resources.section(resourcesElement);
        remember(resourcesElement, resourceSection.unknown(), false, remainders);

        SourceElement constraintsElement = sections.get("constraints");
        var constraintSection = constraintsElement == null
                ? new ConstraintReader.Section(List.of(), List.of())
                : constraints.section(constraintsElement);
        remember(constraintsElement, constraintSection.unknown(), false, remainders);

        List<FencingLevel> levels = itemSection(sections.get("fencing-topology"), "fencing-level", this::level,
                remainders);
        List<NvSet> operationDefaults = setSection(sections.get("op_defaults"), remainders);
        List<NvSet> resourceDefaults = setSection(sections.get("rsc_defaults"), remainders);
        List<Alert> alerts = itemSection(sections.get("alerts"), "alert", this::alert, remainders);

        SourceElement aclsElement = sections.get("acls");
        Acls acls = aclsElement == null ? Acls.NONE : access.acls(aclsElement);
        if (aclsElement != null && acls.isEmpty()) {
            remainders.add(Remainders.of("acls", Attrs.EMPTY, List.of(), true));
        }
        List<Tag> tags = itemSection(sections.get("tags"), "tag", this::tag, remainders);

        return new Configuration(clusterProperties, nodes, resourceSection.resources(), resourceSection.templates(),
                constraintSection.constraints(), resourceDefaults, operationDefaults, levels, alerts, acls, tags,
                Remainders.extras(element.attributes(), unknown, remainders.toArray(XmlElement[]::new)));
    }

    /** The sections by name (each at most once); anything else goes to {@code unknown}. */
    private Map<String, SourceElement> sections(SourceElement element, List<XmlElement> unknown) {
        Map<String, SourceElement> sections = new HashMap<>();
        for (SourceElement child : element.children()) {
            if (!SECTIONS.contains(child.name())) {
                session.keepUnknown(child, element, "the sections " + String.join(", ", SECTIONS)
                        + " (resources go inside <resources>)", unknown);
            } else if (sections.putIfAbsent(child.name(), child) != null) {
                session.repeated(child, element);
            }
        }
        return sections;
    }

    private List<NvSet> setSection(SourceElement section, List<XmlElement> remainders) {
        if (section == null) {
            return List.of();
        }
        var found = new ArrayList<NvSet>();
        var unknown = new ArrayList<XmlElement>();
        for (SourceElement child : section.children()) {
            if (SetReader.isSet(child)) {
                found.add(sets.set(child));
            } else {
                session.keepUnknown(child, section, "attribute sets", unknown);
            }
        }
        remember(section, unknown, found.isEmpty(), remainders);
        return found;
    }

    private <T> List<T> itemSection(SourceElement section, String itemName, Function<SourceElement, T> read,
                                    List<XmlElement> remainders) {
        if (section == null) {
            return List.of();
        }
        var found = new ArrayList<T>();
        var unknown = new ArrayList<XmlElement>();
        for (SourceElement child : section.children()) {
            if (child.name().equals(itemName)) {
                found.add(read.apply(child));
            } else {
                session.keepUnknown(child, section, "<" + itemName + "> elements", unknown);
            }
        }
        remember(section, unknown, found.isEmpty(), remainders);
        return found;
    }

    private static void remember(SourceElement section, List<XmlElement> unknown, boolean empty,
                                 List<XmlElement> remainders) {
        if (section != null) {
            XmlElement remainder = Remainders.of(section.name(), section.attributes(), unknown,
                    empty && OPTIONAL_SECTIONS.contains(section.name()));
            if (remainder != null) {
                remainders.add(remainder);
            }
        }
    }

    private Node node(SourceElement element) {
        session.required(element, "id");
        var unknown = new ArrayList<XmlElement>();
        var nodeSets = new ArrayList<NvSet>();
        for (SourceElement child : element.children()) {
            if (SetReader.isSet(child)) {
                nodeSets.add(sets.set(child));
            } else {
                session.keepUnknown(child, element, "attribute sets", unknown);
            }
        }
        return new Node(element.attribute("id"), element.attribute("uname"), element.attribute("type"),
                element.attribute("description"), nodeSets, ReadSession.extras(element, NODE, unknown));
    }

    private FencingLevel level(SourceElement element) {
        session.required(element, "id");
        session.required(element, "index");
        session.required(element, "devices");
        return new FencingLevel(element.attribute("id"), element.attribute("index"), element.attribute("target"),
                element.attribute("target-pattern"), element.attribute("target-attribute"),
                element.attribute("target-value"), element.attribute("devices"),
                ReadSession.extras(element, LEVEL, unknownChildren(element)));
    }

    private Alert alert(SourceElement element) {
        session.required(element, "id");
        session.required(element, "path");
        var alertSets = new ArrayList<NvSet>();
        var recipients = new ArrayList<AlertRecipient>();
        var unknown = new ArrayList<XmlElement>();
        for (SourceElement child : element.children()) {
            if (SetReader.isSet(child)) {
                alertSets.add(sets.set(child));
            } else if (child.name().equals("recipient")) {
                recipients.add(recipient(child));
            } else {
                // The select element lands here too: the model keeps it whole.
                session.keepUnknown(child, element, "attribute sets, <select> and <recipient>", unknown);
            }
        }
        return new Alert(element.attribute("id"), element.attribute("path"), element.attribute("description"),
                alertSets, recipients, ReadSession.extras(element, ALERT, unknown));
    }

    private AlertRecipient recipient(SourceElement element) {
        session.required(element, "id");
        session.required(element, "value");
        var recipientSets = new ArrayList<NvSet>();
        var unknown = new ArrayList<XmlElement>();
        for (SourceElement child : element.children()) {
            if (SetReader.isSet(child)) {
                recipientSets.add(sets.set(child));
            } else {
                session.keepUnknown(child, element, "attribute sets", unknown);
            }
        }
        return new AlertRecipient(element.attribute("id"), element.attribute("value"), element.attribute("description"),
                recipientSets, ReadSession.extras(element, RECIPIENT, unknown));
    }

    private Tag tag(SourceElement element) {
        session.required(element, "id");
        var references = new ArrayList<String>();
        var unknown = new ArrayList<XmlElement>();
        for (SourceElement child : element.children()) {
            if (child.name().equals("obj_ref") && child.attributes().size() == 1 && child.children().isEmpty()) {
                String id = session.required(child, "id");
                if (id != null) {
                    references.add(id);
                }
            } else {
                session.keepUnknown(child, element, "<obj_ref> elements", unknown);
            }
        }
        return new Tag(element.attribute("id"), references, ReadSession.extras(element, ID, unknown));
    }

    private List<XmlElement> unknownChildren(SourceElement element) {
        var unknown = new ArrayList<XmlElement>();
        for (SourceElement child : element.children()) {
            session.keepUnknown(child, element, "no resource here", unknown);
        }
        return unknown;
    }
}
