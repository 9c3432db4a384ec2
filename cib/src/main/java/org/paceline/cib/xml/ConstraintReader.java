package org.paceline.cib.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.paceline.cib.Extras;
import org.paceline.cib.XmlElement;
import org.paceline.cib.constraints.Colocation;
import org.paceline.cib.constraints.Constraint;
import org.paceline.cib.constraints.Location;
import org.paceline.cib.constraints.Order;
import org.paceline.cib.constraints.ResourceSet;
import org.paceline.cib.constraints.TicketConstraint;
import org.paceline.cib.rules.Rule;

/** Reads the {@code constraints} section: locations, colocations, orders and tickets, with resource sets. */
final class ConstraintReader {
    private static final Set<String> LOCATION = Set.of("id", "rsc", "rsc-pattern", "node", "score", "role",
            "resource-discovery");
    private static final Set<String> COLOCATION = Set.of("id", "rsc", "with-rsc", "score", "rsc-role",
            "with-rsc-role", "node-attribute");
    private static final Set<String> ORDER = Set.of("id", "first", "then", "first-action", "then-action", "kind",
            "score", "symmetrical");
    private static final Set<String> TICKET = Set.of("id", "rsc", "rsc-role", "ticket", "loss-policy");
    private static final Set<String> SET = Set.of("id", "id-ref");

    private final ReadSession session;
    private final RuleReader rules;

    ConstraintReader(ReadSession session, RuleReader rules) {
        this.session = session;
        this.rules = rules;
    }

    /** The section's constraints in document order, and its unknown children. */
    record Section(List<Constraint> constraints, List<XmlElement> unknown) {}

    Section section(SourceElement element) {
        var constraints = new ArrayList<Constraint>();
        var unknown = new ArrayList<XmlElement>();
        for (SourceElement child : element.children()) {
            switch (child.name()) {
                case "rsc_location" -> constraints.add(location(child));
                case "rsc_colocation" -> constraints.add(colocation(child));
                case "rsc_order" -> constraints.add(order(child));
                case "rsc_ticket" -> constraints.add(ticket(child));
                default -> session.keepUnknown(child, element, "constraints (rsc_location, rsc_colocation, "
                        + "rsc_order, rsc_ticket)", unknown);
            }
        }
        return new Section(constraints, unknown);
    }

    private Location location(SourceElement element) {
        session.required(element, "id");
        var locationRules = new ArrayList<Rule>();
        var parts = new Parts();
        for (SourceElement child : element.children()) {
            if (child.name().equals("rule")) {
                locationRules.add(rules.rule(child));
            } else {
                parts.take(child, element);
            }
        }
        return new Location(element.attribute("id"), element.attribute("rsc"), element.attribute("rsc-pattern"),
                element.attribute("node"), element.attribute("score"), element.attribute("role"),
                element.attribute("resource-discovery"), locationRules, parts.sets,
                ReadSession.extras(element, LOCATION, parts.unknown));
    }

    private Colocation colocation(SourceElement element) {
        session.required(element, "id");
        var parts = new Parts();
        element.children().forEach(child -> parts.take(child, element));
        return new Colocation(element.attribute("id"), element.attribute("rsc"), element.attribute("with-rsc"),
                element.attribute("score"), element.attribute("rsc-role"), element.attribute("with-rsc-role"),
                element.attribute("node-attribute"), parts.sets, ReadSession.extras(element, COLOCATION, parts.unknown));
    }

    private Order order(SourceElement element) {
        session.required(element, "id");
        var parts = new Parts();
        element.children().forEach(child -> parts.take(child, element));
        return new Order(element.attribute("id"), element.attribute("first"), element.attribute("then"),
                element.attribute("first-action"), element.attribute("then-action"), element.attribute("kind"),
                element.attribute("score"), element.attribute("symmetrical"), parts.sets,
                ReadSession.extras(element, ORDER, parts.unknown));
    }

    private TicketConstraint ticket(SourceElement element) {
        session.required(element, "id");
        session.required(element, "ticket");
        var parts = new Parts();
        element.children().forEach(child -> parts.take(child, element));
        return new TicketConstraint(element.attribute("id"), element.attribute("rsc"), element.attribute("rsc-role"),
                element.attribute("ticket"), element.attribute("loss-policy"), parts.sets,
                ReadSession.extras(element, TICKET, parts.unknown));
    }

    /** A constraint's resource sets and unknown children, as they are met. */
    private final class Parts {
        final List<ResourceSet> sets = new ArrayList<>();
        final List<XmlElement> unknown = new ArrayList<>();

        void take(SourceElement child, SourceElement constraint) {
            if (child.name().equals("resource_set")) {
                sets.add(resourceSet(child));
            } else {
                session.keepUnknown(child, constraint, "<resource_set> elements", unknown);
            }
        }
    }

    private ResourceSet resourceSet(SourceElement element) {
        session.requiredUnlessReference(element, "id");
        var resources = new ArrayList<String>();
        var unknown = new ArrayList<XmlElement>();
        for (SourceElement child : element.children()) {
            if (child.name().equals("resource_ref")) {
                String id = session.required(child, "id");
                if (id != null) {
                    resources.add(id);
                }
            } else {
                session.keepUnknown(child, element, "<resource_ref> elements", unknown);
            }
        }
        return new ResourceSet(element.attribute("id"), element.attribute("id-ref"),
                ReadSession.otherAttributes(element, SET), resources,
                unknown.isEmpty() ? Extras.NONE : new Extras(null, unknown));
    }
}
