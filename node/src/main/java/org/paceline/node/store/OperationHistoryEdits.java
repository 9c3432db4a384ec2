package org.paceline.node.store;

import static org.paceline.node.store.CibUpdates.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.paceline.cib.Cib;
import org.paceline.cib.Extras;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;
import org.paceline.cib.status.NodeState;
import org.paceline.cib.status.OperationHistory;
import org.paceline.cib.status.OperationRecord;
import org.paceline.cib.status.ResourceHistory;
import org.paceline.cib.status.Status;

/** Operation results recorded in, and resource histories removed from, a node's {@code lrm} section. */
final class OperationHistoryEdits {
    private OperationHistoryEdits() {}

    static Parsed<Status> record(Cib cib, CibUpdate.RecordOperation update) {
        var problems = check(update);
        if (!problems.isEmpty()) {
            return Parsed.invalid(problems);
        }
        OperationRecord result = update.result();
        long intervalMillis = Long.parseLong(result.interval().trim());
        NodeState state = NodeStates.orNew(cib, update.node(), null);
        OperationHistory lrm = state.lrm() != null ? state.lrm()
                : new OperationHistory(state.id(), null, true, List.of(), Extras.NONE);
        ResourceHistory history = lrm.resources().stream().filter(r -> update.resource().equals(r.id()))
                .findFirst()
                .orElseGet(() -> new ResourceHistory(update.resource(), update.resourceClass(), update.provider(),
                        update.type(), List.of(), Extras.NONE));
        var changed = new ResourceHistory(history.id(), history.resourceClass(), history.provider(), history.type(),
                OperationKeys.record(history.operations(), update.resource(), result, intervalMillis),
                history.extras());
        return Parsed.valid(NodeStates.put(cib.status(), withHistory(state, withResource(lrm, changed))));
    }

    /** The resource's history on the node gone, as {@code crm_resource --cleanup} asks. */
    static Parsed<Status> forget(Cib cib, CibUpdate.ForgetResourceHistory update) {
        if (update.node() == null || update.resource() == null) {
            return Parsed.invalid(problem("forgetting a resource's history needs a node and a resource"));
        }
        Optional<NodeState> state = cib.status().node(update.node());
        if (state.isEmpty() || state.get().lrm() == null) {
            return Parsed.valid(cib.status());
        }
        OperationHistory lrm = state.get().lrm();
        var kept = lrm.resources().stream().filter(r -> !update.resource().equals(r.id())).toList();
        var changed = new OperationHistory(lrm.id(), lrm.resourcesId(), lrm.resourcesPresent(), kept, lrm.extras());
        return Parsed.valid(NodeStates.put(cib.status(), withHistory(state.get(), changed)));
    }

    private static List<Problem> check(CibUpdate.RecordOperation update) {
        var problems = new ArrayList<Problem>();
        if (blank(update.node()) || blank(update.resource())) {
            problems.add(problem("an operation result needs a node and a resource"));
            return problems;
        }
        String where = "operation result of \"" + update.resource() + "\" on \"" + update.node() + "\": ";
        if (blank(update.resourceClass()) || blank(update.type())) {
            problems.add(problem(where + "the resource's class or type is missing"));
        }
        OperationRecord result = update.result();
        if (result == null) {
            problems.add(problem(where + "the result is missing"));
            return problems;
        }
        if (blank(result.operation())) {
            problems.add(problem(where + "the operation's name is missing"));
        }
        if (result.interval() == null || !result.interval().trim().matches("[0-9]{1,15}")) {
            problems.add(problem(where + "interval \"" + result.interval() + "\" is not a number of milliseconds"));
        }
        if (result.rc().isEmpty()) {
            problems.add(problem(where + "rc-code \"" + result.rcCode() + "\" is not a number"));
        }
        if (result.status().isEmpty()) {
            problems.add(problem(where + "op-status \"" + result.opStatus() + "\" is not a number"));
        }
        return problems;
    }

    private static OperationHistory withResource(OperationHistory lrm, ResourceHistory history) {
        var resources = new ArrayList<ResourceHistory>();
        boolean replaced = false;
        for (ResourceHistory resource : lrm.resources()) {
            boolean same = history.id().equals(resource.id());
            resources.add(same ? history : resource);
            replaced |= same;
        }
        if (!replaced) {
            resources.add(history);
        }
        return new OperationHistory(lrm.id(), lrm.resourcesId(), true, resources, lrm.extras());
    }

    private static NodeState withHistory(NodeState s, OperationHistory lrm) {
        return new NodeState(s.id(), s.uname(), s.inCcm(), s.crmd(), s.join(), s.expected(), s.transientAttributes(),
                lrm, s.extras());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
