package org.paceline.cib.xml;

import static org.paceline.cib.xml.XmlElements.attributes;
import static org.paceline.cib.xml.XmlElements.element;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.paceline.cib.Attrs;
import org.paceline.cib.XmlElement;
import org.paceline.cib.status.NodeState;
import org.paceline.cib.status.OperationHistory;
import org.paceline.cib.status.OperationRecord;
import org.paceline.cib.status.ResourceHistory;
import org.paceline.cib.status.Status;
import org.paceline.cib.status.TicketState;

/** Writes the status section: node states, their attributes and operation history, then tickets. */
final class StatusWriter {
    private StatusWriter() {}

    static XmlElement status(Status status) {
        var children = new ArrayList<XmlElement>();
        status.nodes().forEach(node -> children.add(nodeState(node)));
        XmlElement ticketsRemainder = Remainders.find(status.extras(), "tickets");
        if (status.ticketsAttributes() != null || !status.tickets().isEmpty() || ticketsRemainder != null) {
            var tickets = XmlElement.of("tickets", status.ticketsAttributes() == null ? Attrs.EMPTY
                    : status.ticketsAttributes(), status.tickets().stream().map(StatusWriter::ticket).toList());
            children.add(Remainders.restore(tickets, ticketsRemainder));
        }
        return element("status", Attrs.EMPTY, status.extras().attributes(), children,
                Remainders.unknown(status.extras(), Set.of("tickets")));
    }

    private static XmlElement ticket(TicketState ticket) {
        return element("ticket_state", attributes("id", ticket.id()), ticket.extras(), List.of());
    }

    private static XmlElement nodeState(NodeState node) {
        var children = new ArrayList<XmlElement>();
        if (node.transientAttributes() != null) {
            var attributes = node.transientAttributes();
            children.add(element("transient_attributes", attributes("id", attributes.id()), attributes.extras(),
                    RuleWriter.sets(attributes.sets())));
        }
        if (node.lrm() != null) {
            children.add(history(node.lrm()));
        }
        return element("node_state", attributes("id", node.id(), "uname", node.uname(), "in_ccm", node.inCcm(),
                "crmd", node.crmd(), "join", node.join(), "expected", node.expected()), node.extras(), children);
    }

    private static XmlElement history(OperationHistory history) {
        var children = new ArrayList<XmlElement>();
        XmlElement remainder = Remainders.find(history.extras(), "lrm_resources");
        if (history.resourcesPresent() || history.resourcesId() != null || !history.resources().isEmpty()
                || remainder != null) {
            var resources = XmlElement.of("lrm_resources", attributes("id", history.resourcesId()),
                    history.resources().stream().map(StatusWriter::resource).toList());
            children.add(Remainders.restore(resources, remainder));
        }
        return element("lrm", attributes("id", history.id()), history.extras().attributes(), children,
                Remainders.unknown(history.extras(), Set.of("lrm_resources")));
    }

    private static XmlElement resource(ResourceHistory resource) {
        return element("lrm_resource", attributes("id", resource.id(), "type", resource.type(),
                "class", resource.resourceClass(), "provider", resource.provider()), resource.extras(),
                resource.operations().stream().map(StatusWriter::operation).toList());
    }

    private static XmlElement operation(OperationRecord op) {
        return element("lrm_rsc_op", attributes("id", op.id(), "operation", op.operation(),
                "transition-key", op.transitionKey(), "transition-magic", op.transitionMagic(),
                "on_node", op.onNode(), "call-id", op.callId(), "rc-code", op.rcCode(), "op-status", op.opStatus(),
                "interval", op.interval(), "last-rc-change", op.lastRcChange(), "last-run", op.lastRun(),
                "exec-time", op.execTime(), "queue-time", op.queueTime(), "op-digest", op.opDigest()),
                op.extras(), List.of());
    }
}
