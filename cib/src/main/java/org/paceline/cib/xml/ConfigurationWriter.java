package org.paceline.cib.xml;

import static org.paceline.cib.xml.XmlElements.attributes;
import static org.paceline.cib.xml.XmlElements.element;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.paceline.cib.Alert;
import org.paceline.cib.AlertRecipient;
import org.paceline.cib.Attrs;
import org.paceline.cib.Configuration;
import org.paceline.cib.Extras;
import org.paceline.cib.FencingLevel;
import org.paceline.cib.Node;
import org.paceline.cib.Tag;
import org.paceline.cib.XmlElement;
import org.paceline.cib.access.AclPermission;
import org.paceline.cib.access.AclRole;
import org.paceline.cib.access.AclSubject;
import org.paceline.cib.access.Acls;

/** Writes the configuration section by section, in Pacemaker's order, unknown children last. */
final class ConfigurationWriter {
    private static final Set<String> REQUIRED = Set.of("crm_config", "nodes", "resources", "constraints");
    private static final Set<String> SECTIONS = Set.copyOf(ConfigurationReader.SECTIONS);

    private ConfigurationWriter() {}

    static XmlElement configuration(Configuration c) {
        Extras extras = c.extras();
        var sections = new ArrayList<XmlElement>();
        section(sections, "crm_config", RuleWriter.sets(c.clusterProperties()), extras);
        section(sections, "nodes", c.nodes().stream().map(ConfigurationWriter::node).toList(), extras);
        var resources = new ArrayList<XmlElement>();
        c.templates().forEach(template -> resources.add(ResourceWriter.template(template)));
        c.resources().forEach(resource -> resources.add(ResourceWriter.resource(resource)));
        section(sections, "resources", resources, extras);
        section(sections, "constraints", c.constraints().stream().map(ConstraintWriter::constraint).toList(), extras);
        section(sections, "fencing-topology", c.fencingTopology().stream().map(ConfigurationWriter::level).toList(),
                extras);
        section(sections, "op_defaults", RuleWriter.sets(c.operationDefaults()), extras);
        section(sections, "rsc_defaults", RuleWriter.sets(c.resourceDefaults()), extras);
        section(sections, "alerts", c.alerts().stream().map(ConfigurationWriter::alert).toList(), extras);
        XmlElement aclsRemainder = Remainders.find(extras, "acls");
        if (!c.acls().isEmpty() || aclsRemainder != null) {
            sections.add(Remainders.restore(acls(c.acls()), aclsRemainder));
        }
        section(sections, "tags", c.tags().stream().map(ConfigurationWriter::tag).toList(), extras);
        return element("configuration", Attrs.EMPTY, extras.attributes(), sections,
                Remainders.unknown(extras, SECTIONS));
    }

    /** A section: always when required, otherwise when it holds something or was written empty. */
    private static void section(List<XmlElement> into, String name, List<XmlElement> content, Extras extras) {
        XmlElement remainder = Remainders.find(extras, name);
        if (!content.isEmpty() || remainder != null || REQUIRED.contains(name)) {
            into.add(Remainders.restore(XmlElement.of(name, Attrs.EMPTY, content), remainder));
        }
    }

    private static XmlElement node(Node node) {
        return element("node", attributes("id", node.id(), "uname", node.uname(), "type", node.type(),
                "description", node.description()), node.extras(), RuleWriter.sets(node.sets()));
    }

    private static XmlElement level(FencingLevel level) {
        return element("fencing-level", attributes("id", level.id(), "target", level.target(),
                "target-pattern", level.targetPattern(), "target-attribute", level.targetAttribute(),
                "target-value", level.targetValue(), "index", level.index(), "devices", level.devices()),
                level.extras(), List.of());
    }

    private static XmlElement alert(Alert alert) {
        // The schema wants select before the sets and recipients: it leads, other extras follow.
        var selects = alert.extras().children().stream().filter(child -> child.name().equals("select")).toList();
        var others = alert.extras().children().stream().filter(child -> !child.name().equals("select")).toList();
        var children = new ArrayList<>(selects);
        children.addAll(RuleWriter.sets(alert.sets()));
        alert.recipients().forEach(recipient -> children.add(recipient(recipient)));
        return element("alert", attributes("id", alert.id(), "path", alert.path(), "description", alert.description()),
                alert.extras().attributes(), children, others);
    }

    private static XmlElement recipient(AlertRecipient recipient) {
        return element("recipient", attributes("id", recipient.id(), "value", recipient.value(),
                "description", recipient.description()), recipient.extras(), RuleWriter.sets(recipient.sets()));
    }

    private static XmlElement tag(Tag tag) {
        return element("tag", attributes("id", tag.id()), tag.extras(), tag.references().stream()
                .map(id -> XmlElement.of("obj_ref", attributes("id", id), List.of())).toList());
    }

    private static XmlElement acls(Acls acls) {
        var children = new ArrayList<XmlElement>();
        acls.subjects().forEach(subject -> children.add(subject(subject)));
        acls.roles().forEach(role -> children.add(role(role)));
        return element("acls", Attrs.EMPTY, acls.extras(), children);
    }

    private static XmlElement subject(AclSubject subject) {
        return element(subject.group() ? "acl_group" : "acl_target",
                attributes("id", subject.id(), "name", subject.name()), subject.extras(), subject.roles().stream()
                        .map(id -> XmlElement.of("role", attributes("id", id), List.of())).toList());
    }

    private static XmlElement role(AclRole role) {
        return element("acl_role", attributes("id", role.id(), "description", role.description()), role.extras(),
                role.permissions().stream().map(ConfigurationWriter::permission).toList());
    }

    private static XmlElement permission(AclPermission p) {
        return element("acl_permission", attributes("id", p.id(), "kind", p.kind(), "xpath", p.xpath(),
                "reference", p.reference(), "object-type", p.objectType(), "attribute", p.attribute(),
                "description", p.description()), p.extras(), List.of());
    }
}
