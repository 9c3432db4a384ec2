package org.paceline.scheduler.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.paceline.cib.Attrs;
import org.paceline.cib.Cib;
import org.paceline.cib.ClusterOption;
import org.paceline.cib.Extras;
import org.paceline.cib.NvPair;
import org.paceline.cib.NvSet;
import org.paceline.cib.Parsed;
import org.paceline.cib.SetKind;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.resources.Resource;
import org.paceline.cib.resources.Template;
import org.paceline.cib.status.NodeState;
import org.paceline.cib.status.ResourceHistory;
import org.paceline.cib.status.Status;
import org.paceline.cib.status.TicketState;

/**
 * crm_simulate's what-if changes, applied to a CIB before it is scheduled, in the order
 * crm_simulate applies them: quorum and watchdog, nodes up, down and failed, tickets
 * granted, revoked, put in standby and activated, then injected operation results.
 * Operation failures ({@code -F}) apply later, during the simulated execution.
 *
 * @param nodesUp            {@code -u NODE}: the node joins the cluster
 * @param nodesDown          {@code -d NODE}: the node leaves cleanly, its history forgotten
 * @param nodesFailed        {@code -f NODE}: the node is lost while still expected (it needs fencing)
 * @param operationsInjected {@code -i RSC_TASK_INTERVAL@NODE=RC}: a result added to the node's history
 * @param operationsFailed   {@code -F RSC_TASK_INTERVAL@NODE=RC}: that action fails when simulated
 * @param quorum             {@code --quorum true|false}, or null
 * @param watchdog           {@code --watchdog true|false}, or null
 */
public record Injections(List<String> nodesUp, List<String> nodesDown, List<String> nodesFailed,
                         List<String> operationsInjected, List<String> operationsFailed,
                         List<String> ticketsGranted, List<String> ticketsRevoked,
                         List<String> ticketsStandby, List<String> ticketsActivated,
                         String quorum, String watchdog) {
    public static final Injections NONE = new Injections(List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), null, null);

    public Injections {
        nodesUp = List.copyOf(nodesUp);
        nodesDown = List.copyOf(nodesDown);
        nodesFailed = List.copyOf(nodesFailed);
        operationsInjected = List.copyOf(operationsInjected);
        operationsFailed = List.copyOf(operationsFailed);
        ticketsGranted = List.copyOf(ticketsGranted);
        ticketsRevoked = List.copyOf(ticketsRevoked);
        ticketsStandby = List.copyOf(ticketsStandby);
        ticketsActivated = List.copyOf(ticketsActivated);
    }

    /**
     * The CIB after the changes, what crm_simulate prints for them (the items under
     * "Performing Requested Modifications:") and the changes it could not make.
     */
    public record Applied(Cib cib, List<String> lines, List<String> errors) {
        public Applied {
            lines = List.copyOf(lines);
            errors = List.copyOf(errors);
        }
    }

    /** Whether any change applies before scheduling (everything but {@code -F}). */
    public boolean changesInput() {
        return !nodesUp.isEmpty() || !nodesDown.isEmpty() || !nodesFailed.isEmpty()
                || !operationsInjected.isEmpty() || !ticketsGranted.isEmpty() || !ticketsRevoked.isEmpty()
                || !ticketsStandby.isEmpty() || !ticketsActivated.isEmpty() || quorum != null || watchdog != null;
    }

    /** Applies the changes; {@code now} stamps injected results and failures. */
    public Applied apply(Cib input, Instant now) {
        var lines = new ArrayList<String>();
        var errors = new ArrayList<String>();
        Cib cib = input;
        if (quorum != null) {
            lines.add("  * Setting quorum: " + quorum);
            var attributes = cib.extras().attributes().with("have-quorum", quorum);
            cib = new Cib(cib.version(), cib.configuration(), cib.status(),
                    new Extras(attributes, cib.extras().children()));
        }
        if (watchdog != null) {
            lines.add("  * Setting watchdog: " + watchdog);
            cib = withClusterProperty(cib, ClusterOption.HAVE_WATCHDOG.currentName(), watchdog);
        }
        for (String node : nodesUp) {
            lines.add("  * Bringing node " + node + " online");
            cib = StatusEdits.put(cib, StatusEdits.membership(StatusEdits.node(cib, node), true));
        }
        for (String node : nodesDown) {
            lines.add("  * Taking node " + node + " offline");
            NodeState down = StatusEdits.membership(StatusEdits.node(cib, node), false);
            cib = StatusEdits.put(cib, StatusEdits.forgotten(down));
        }
        for (String node : nodesFailed) {
            lines.add("  * Failing node " + node);
            cib = StatusEdits.put(cib, StatusEdits.failed(StatusEdits.node(cib, node)));
        }
        for (String ticket : ticketsGranted) {
            lines.add("  * Granting ticket " + ticket);
            cib = withTicket(cib, ticket, "granted", "true");
        }
        for (String ticket : ticketsRevoked) {
            lines.add("  * Revoking ticket " + ticket);
            cib = withTicket(cib, ticket, "granted", "false");
        }
        for (String ticket : ticketsStandby) {
            lines.add("  * Making ticket " + ticket + " standby");
            cib = withTicket(cib, ticket, "standby", "true");
        }
        for (String ticket : ticketsActivated) {
            lines.add("  * Activating ticket " + ticket);
            cib = withTicket(cib, ticket, "standby", "false");
        }
        for (String spec : operationsInjected) {
            lines.add("  * Injecting " + spec + " into the configuration");
            cib = injectResult(cib, spec, now, lines, errors);
        }
        return new Applied(cib, lines, errors);
    }

    private static Cib injectResult(Cib cib, String spec, Instant now, List<String> lines, List<String> errors) {
        Parsed<OperationSpec> parsed = OperationSpec.parse("--op-inject", spec);
        if (parsed instanceof Parsed.Invalid<OperationSpec> invalid) {
            errors.add(invalid.problems().getFirst().oneLine());
            return cib;
        }
        OperationSpec operation = parsed.orThrow();
        Optional<Resource> resource = configured(cib, operation.resource());
        if (resource.isEmpty()) {
            errors.add("--op-inject: invalid resource name: " + operation.resource());
            return cib;
        }
        NodeState node = StatusEdits.node(cib, operation.node());
        node = HistoryEntries.countFailure(node, operation.resource(), operation.task(), operation.intervalMillis(),
                operation.rc(), now, lines);
        Optional<ResourceHistory> history = StatusEdits.history(node, operation.resource());
        if (history.isEmpty()) {
            Optional<Primitive> primitive = resource.get() instanceof Primitive p ? Optional.of(p) : Optional.empty();
            String resourceClass = primitive.map(p -> agentField(cib, p, 0)).orElse(null);
            String type = primitive.map(p -> agentField(cib, p, 2)).orElse(null);
            if (resourceClass == null || type == null) {
                errors.add("--op-inject: resource " + operation.resource() + " not found in the status section of "
                        + node.id() + " (supply class and type to continue)");
                return cib;
            }
            history = Optional.of(HistoryEntries.empty(operation.resource(), resourceClass,
                    agentField(cib, primitive.get(), 1), type));
        }
        ResourceHistory recorded = HistoryEntries.record(history.get(), operation.task(), operation.intervalMillis(),
                operation.rc(), 0, operation.node(), Map.of(), now);
        return StatusEdits.put(cib, StatusEdits.withHistory(node, recorded));
    }

    /** The resource by id, or for a clone instance ({@code rsc1:2}) the resource it is an instance of. */
    private static Optional<Resource> configured(Cib cib, String id) {
        Optional<Resource> found = cib.configuration().resource(id);
        int colon = id.lastIndexOf(':');
        if (found.isEmpty() && colon > 0) {
            found = cib.configuration().resource(id.substring(0, colon));
        }
        return found;
    }

    /** Class (0), provider (1) or type (2) of a primitive's agent, from its template when it has one. */
    private static String agentField(Cib cib, Primitive primitive, int field) {
        if (primitive.resourceClass() == null && primitive.template() != null) {
            for (Template template : cib.configuration().templates()) {
                if (template.id().equals(primitive.template())) {
                    return switch (field) {
                        case 0 -> template.resourceClass();
                        case 1 -> template.provider();
                        default -> template.type();
                    };
                }
            }
        }
        return switch (field) {
            case 0 -> primitive.resourceClass();
            case 1 -> primitive.provider();
            default -> primitive.type();
        };
    }

    private static Cib withTicket(Cib cib, String ticket, String attribute, String value) {
        Status status = cib.status();
        var tickets = new ArrayList<TicketState>();
        boolean found = false;
        for (TicketState state : status.tickets()) {
            if (!found && ticket.equals(state.id())) {
                var extras = new Extras(state.extras().attributes().with(attribute, value), state.extras().children());
                tickets.add(new TicketState(state.id(), extras));
                found = true;
            } else {
                tickets.add(state);
            }
        }
        if (!found) {
            tickets.add(new TicketState(ticket, Extras.of(Attrs.of(attribute, value))));
        }
        Attrs ticketsAttributes = status.ticketsAttributes() == null ? Attrs.EMPTY : status.ticketsAttributes();
        return cib.withStatus(new Status(status.nodes(), ticketsAttributes, tickets, status.extras()));
    }

    private static Cib withClusterProperty(Cib cib, String name, String value) {
        var sets = new ArrayList<>(cib.configuration().clusterProperties());
        if (sets.isEmpty()) {
            sets.add(NvSet.of(SetKind.CLUSTER_PROPERTY, "cib-bootstrap-options", List.of()));
        }
        NvSet first = sets.getFirst();
        var pairs = new ArrayList<NvPair>();
        boolean replaced = false;
        for (NvPair pair : first.pairs()) {
            if (!replaced && name.equals(pair.name())) {
                pairs.add(new NvPair(pair.id(), pair.idRef(), name, value, pair.extras()));
                replaced = true;
            } else {
                pairs.add(pair);
            }
        }
        if (!replaced) {
            pairs.add(NvPair.of(first.id() + "-" + name, name, value));
        }
        sets.set(0, new NvSet(first.kind(), first.id(), first.idRef(), first.score(), first.rules(), pairs,
                first.extras()));
        return cib.withConfiguration(cib.configuration().withClusterProperties(sets));
    }
}
