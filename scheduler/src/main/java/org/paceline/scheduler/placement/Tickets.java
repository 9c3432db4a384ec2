package org.paceline.scheduler.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.paceline.cib.constraints.Constraint;
import org.paceline.cib.constraints.ResourceSet;
import org.paceline.cib.constraints.TicketConstraint;
import org.paceline.cib.rules.Score;
import org.paceline.cib.rules.Values;
import org.paceline.cib.status.TicketState;
import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ResourceInstance;
import org.paceline.scheduler.state.Role;

/**
 * Ticket constraints: a resource that needs a ticket runs only while the ticket is
 * granted and not in standby; its loss-policy says what "not running" means (stop,
 * demote the promoted role, or freeze where it is).
 */
final class Tickets {
    private final Placement placement;

    Tickets(Placement placement) {
        this.placement = placement;
    }

    void apply() {
        for (Constraint constraint : placement.state.cib().configuration().constraints()) {
            if (!(constraint instanceof TicketConstraint ticket) || usable(ticket.ticket())) {
                continue;
            }
            String policy = ticket.lossPolicy() == null ? "stop" : ticket.lossPolicy();
            var targets = new ArrayList<ResourceInstance>();
            var roles = new ArrayList<String>();
            if (ticket.resource() != null) {
                for (ResourceInstance r : placement.targets.resolve(ticket.resource())) {
                    targets.add(r);
                    roles.add(ticket.resourceRole());
                }
            }
            for (ResourceSet set : ticket.sets()) {
                for (String reference : set.resources()) {
                    for (ResourceInstance r : placement.targets.resolve(reference)) {
                        targets.add(r);
                        roles.add(set.attribute("role").orElse(ticket.resourceRole()));
                    }
                }
            }
            for (int i = 0; i < targets.size(); i++) {
                withhold(targets.get(i), Role.parse(roles.get(i)).orElse(null), policy,
                        "ticket " + ticket.ticket() + " is not granted (constraint " + ticket.id() + ", loss-policy " + policy + ")");
            }
        }
    }

    private void withhold(ResourceInstance resource, Role role, String policy, String why) {
        if (role == Role.PROMOTED || policy.equals("demote") && resource.isPromotable()) {
            for (ClusterNode node : placement.state.nodes()) {
                placement.roleScores.add(new Locations.RoleScore(resource, node, Role.PROMOTED, -Score.INFINITY));
            }
            return;
        }
        for (ResourceInstance r : resource.selfAndDescendants()) {
            Map<ClusterNode, Integer> scores = placement.allowed.get(r);
            if (scores == null) {
                continue;
            }
            for (ClusterNode node : List.copyOf(scores.keySet())) {
                // Frozen: what runs stays where it runs, nothing new starts.
                boolean keep = policy.equals("freeze") && r.runningOn().contains(node);
                if (!keep) {
                    scores.put(node, -Score.INFINITY);
                    placement.audit.set(r, node, -Score.INFINITY, why);
                }
            }
        }
    }

    private boolean usable(String ticketId) {
        for (TicketState state : placement.state.cib().status().tickets()) {
            if (state.id().equals(ticketId)) {
                var attributes = state.extras().attributes();
                return attributes.get("granted").map(Values::isTrue).orElse(false)
                        && !attributes.get("standby").map(Values::isTrue).orElse(false);
            }
        }
        return false;
    }
}
