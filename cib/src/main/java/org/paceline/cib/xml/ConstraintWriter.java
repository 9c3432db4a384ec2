package org.paceline.cib.xml;

import static org.paceline.cib.xml.XmlElements.attributes;
import static org.paceline.cib.xml.XmlElements.element;

import java.util.ArrayList;
import java.util.List;

import org.paceline.cib.XmlElement;
import org.paceline.cib.constraints.Colocation;
import org.paceline.cib.constraints.Constraint;
import org.paceline.cib.constraints.Location;
import org.paceline.cib.constraints.Order;
import org.paceline.cib.constraints.ResourceSet;
import org.paceline.cib.constraints.TicketConstraint;

/** Writes constraints and their resource sets. */
final class ConstraintWriter {
    private ConstraintWriter() {}

    static XmlElement constraint(Constraint constraint) {
        return switch (constraint) {
            case Location l -> {
                var children = new ArrayList<>(sets(l.sets()));
                l.rules().forEach(rule -> children.add(RuleWriter.rule(rule)));
                yield element("rsc_location", attributes("id", l.id(), "rsc", l.resource(),
                        "rsc-pattern", l.resourcePattern(), "role", l.role(), "node", l.node(), "score", l.score(),
                        "resource-discovery", l.resourceDiscovery()), l.extras(), children);
            }
            case Colocation c -> element("rsc_colocation", attributes("id", c.id(), "score", c.score(),
                    "rsc", c.resource(), "rsc-role", c.resourceRole(), "with-rsc", c.withResource(),
                    "with-rsc-role", c.withResourceRole(), "node-attribute", c.nodeAttribute()), c.extras(),
                    sets(c.sets()));
            case Order o -> element("rsc_order", attributes("id", o.id(), "kind", o.kind(), "score", o.score(),
                    "first", o.first(), "first-action", o.firstAction(), "then", o.then(),
                    "then-action", o.thenAction(), "symmetrical", o.symmetrical()), o.extras(), sets(o.sets()));
            case TicketConstraint t -> element("rsc_ticket", attributes("id", t.id(), "ticket", t.ticket(),
                    "rsc", t.resource(), "rsc-role", t.resourceRole(), "loss-policy", t.lossPolicy()), t.extras(),
                    sets(t.sets()));
        };
    }

    private static List<XmlElement> sets(List<ResourceSet> sets) {
        return sets.stream().map(ConstraintWriter::set).toList();
    }

    private static XmlElement set(ResourceSet set) {
        var references = set.resources().stream()
                .map(id -> XmlElement.of("resource_ref", attributes("id", id), List.of())).toList();
        return element("resource_set", XmlElements.attributes(attributes("id", set.id(), "id-ref", set.idRef()),
                set.attributes()), set.extras(), references);
    }
}
