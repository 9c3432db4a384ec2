package org.paceline.cib.status;

import java.util.List;
import java.util.Optional;

import org.paceline.cib.Extras;

/**
 * The status section: what the cluster observed, per node, and the tickets it holds.
 *
 * @param tickets the {@code tickets} element's {@code ticket_state} entries
 * @param ticketsAttributes attributes of the {@code tickets} element, or null when there is none
 */
public record Status(List<NodeState> nodes, org.paceline.cib.Attrs ticketsAttributes, List<TicketState> tickets,
                     Extras extras) {
    public static final Status EMPTY = new Status(List.of(), null, List.of(), Extras.NONE);

    public Status {
        nodes = List.copyOf(nodes);
        tickets = List.copyOf(tickets);
        extras = extras == null ? Extras.NONE : extras;
    }

    public Optional<NodeState> node(String uname) {
        return nodes.stream().filter(n -> uname.equals(n.uname())).findFirst();
    }
}
