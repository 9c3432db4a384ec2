package org.paceline.cib.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.paceline.cib.Attrs;
import org.paceline.cib.NvSet;
import org.paceline.cib.XmlElement;
import org.paceline.cib.status.NodeState;
import org.paceline.cib.status.OperationHistory;
import org.paceline.cib.status.OperationRecord;
import org.paceline.cib.status.ResourceHistory;
import org.paceline.cib.status.Status;
import org.paceline.cib.status.TicketState;
import org.paceline.cib.status.TransientAttributes;

/** Reads the {@code status} section: node states with their attributes and operation history, and tickets. */
final class StatusReader {
    private static final Set<String> NODE_STATE = Set.of("id", "uname", "in_ccm", "crmd", "join", "expected");
    private static final Set<String> RESOURCE = Set.of("id", "class", "provider", "type");
    private static final Set<String> OPERATION = Set.of("id", "operation", "interval", "rc-code", "op-status",
            "call-id", "last-rc-change", "last-run", "exec-time", "queue-time", "transition-key", "transition-magic",
            "op-digest", "on_node");
    private static final Set<String> ID = Set.of("id");

    private final ReadSession session;
    private final SetReader sets;

    StatusReader(ReadSession session) {
        this.session = session;
        this.sets = new SetReader(session, new RuleReader(session));
    }

    Status status(SourceElement element) {
        var nodes = new ArrayList<NodeState>();
        var tickets = new ArrayList<TicketState>();
        var unknown = new ArrayList<XmlElement>();
        Attrs ticketsAttributes = null;
        XmlElement ticketsRemainder = null;
        for (SourceElement child : element.children()) {
            switch (child.name()) {
                case "node_state" -> nodes.add(nodeState(child));
                case "tickets" -> {
                    if (ticketsAttributes != null) {
                        session.repeated(child, element);
                        continue;
                    }
                    ticketsAttributes = child.attributes();
                    var ticketsUnknown = new ArrayList<XmlElement>();
                    for (SourceElement ticket : child.children()) {
                        if (ticket.name().equals("ticket_state")) {
                            tickets.add(ticket(ticket));
                        } else {
                            session.keepUnknown(ticket, child, "<ticket_state> elements", ticketsUnknown);
                        }
                    }
                    ticketsRemainder = Remainders.of("tickets", Attrs.EMPTY, ticketsUnknown, false);
                }
                default -> session.keepUnknown(child, element, "<node_state> and <tickets>", unknown);
            }
        }
        return new Status(nodes, ticketsAttributes, tickets,
                Remainders.extras(element.attributes(), unknown, ticketsRemainder));
    }

    private TicketState ticket(SourceElement element) {
        session.required(element, "id");
        return new TicketState(element.attribute("id"), ReadSession.extras(element, ID, unknownChildren(element)));
    }

    private NodeState nodeState(SourceElement element) {
        session.required(element, "id");
        TransientAttributes transientAttributes = null;
        OperationHistory history = null;
        var unknown = new ArrayList<XmlElement>();
        for (SourceElement child : element.children()) {
            switch (child.name()) {
                case "transient_attributes" -> {
                    if (transientAttributes != null) {
                        session.repeated(child, element);
                    } else {
                        transientAttributes = transientAttributes(child);
                    }
                }
                case "lrm" -> {
                    if (history != null) {
                        session.repeated(child, element);
                    } else {
                        history = history(child);
                    }
                }
                default -> session.keepUnknown(child, element, "<transient_attributes> and <lrm>", unknown);
            }
        }
        return new NodeState(element.attribute("id"), element.attribute("uname"), element.attribute("in_ccm"),
                element.attribute("crmd"), element.attribute("join"), element.attribute("expected"),
                transientAttributes, history, ReadSession.extras(element, NODE_STATE, unknown));
    }

    private TransientAttributes transientAttributes(SourceElement element) {
        var found = new ArrayList<NvSet>();
        var unknown = new ArrayList<XmlElement>();
        for (SourceElement child : element.children()) {
            if (SetReader.isSet(child)) {
                found.add(sets.set(child));
            } else {
                session.keepUnknown(child, element, "attribute sets", unknown);
            }
        }
        return new TransientAttributes(element.attribute("id"), found, ReadSession.extras(element, ID, unknown));
    }

    private OperationHistory history(SourceElement element) {
        var resources = new ArrayList<ResourceHistory>();
        var unknown = new ArrayList<XmlElement>();
        SourceElement resourcesElement = null;
        XmlElement resourcesRemainder = null;
        for (SourceElement child : element.children()) {
            if (!child.name().equals("lrm_resources")) {
                session.keepUnknown(child, element, "<lrm_resources>", unknown);
            } else if (resourcesElement != null) {
                session.repeated(child, element);
            } else {
                resourcesElement = child;
                var resourcesUnknown = new ArrayList<XmlElement>();
                for (SourceElement resource : child.children()) {
                    if (resource.name().equals("lrm_resource")) {
                        resources.add(resourceHistory(resource));
                    } else {
                        session.keepUnknown(resource, child, "<lrm_resource> elements", resourcesUnknown);
                    }
                }
                resourcesRemainder = Remainders.of("lrm_resources", ReadSession.otherAttributes(child, ID),
                        resourcesUnknown, false);
            }
        }
        return new OperationHistory(element.attribute("id"),
                resourcesElement == null ? null : resourcesElement.attribute("id"), resourcesElement != null,
                resources, Remainders.extras(ReadSession.otherAttributes(element, ID), unknown,
                resourcesRemainder));
    }

    private ResourceHistory resourceHistory(SourceElement element) {
        session.required(element, "id");
        var operations = new ArrayList<OperationRecord>();
        var unknown = new ArrayList<XmlElement>();
        for (SourceElement child : element.children()) {
            if (child.name().equals("lrm_rsc_op")) {
                operations.add(operationRecord(child));
            } else {
                session.keepUnknown(child, element, "<lrm_rsc_op> elements", unknown);
            }
        }
        return new ResourceHistory(element.attribute("id"), element.attribute("class"), element.attribute("provider"),
                element.attribute("type"), operations, ReadSession.extras(element, RESOURCE, unknown));
    }

    private OperationRecord operationRecord(SourceElement element) {
        session.required(element, "id");
        session.required(element, "operation");
        return new OperationRecord(element.attribute("id"), element.attribute("operation"),
                element.attribute("interval"), element.attribute("rc-code"), element.attribute("op-status"),
                element.attribute("call-id"), element.attribute("last-rc-change"), element.attribute("last-run"),
                element.attribute("exec-time"), element.attribute("queue-time"), element.attribute("transition-key"),
                element.attribute("transition-magic"), element.attribute("op-digest"), element.attribute("on_node"),
                ReadSession.extras(element, OPERATION, unknownChildren(element)));
    }

    private List<XmlElement> unknownChildren(SourceElement element) {
        var unknown = new ArrayList<XmlElement>();
        for (SourceElement child : element.children()) {
            session.keepUnknown(child, element, "no resource here", unknown);
        }
        return unknown;
    }
}
