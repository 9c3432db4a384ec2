package org.paceline.node.controller;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.paceline.cib.ClusterOption;
import org.paceline.cib.Cib;
import org.paceline.node.controller.ControllerEffect.RecordResult;
import org.paceline.node.controller.OperationalEvent.FailoverCause;
import org.paceline.node.store.CibUpdate;
import org.paceline.scheduler.Scheduler;
import org.paceline.scheduler.graph.ClusterAction;
import org.paceline.scheduler.graph.GraphAction;
import org.paceline.scheduler.graph.ResourceAction;
import org.paceline.scheduler.graph.TransitionGraph;
import org.paceline.scheduler.state.ClusterOptions;
import org.paceline.scheduler.state.ClusterState;

/**
 * The DC's transition engine, as a pure state machine: plans with the scheduler on
 * every relevant change, executes the graph in order and in parallel, records every
 * result in the status section, and re-plans when a transition is aborted.
 *
 * <p>Events go in through {@link #step}; {@link #ready} gives the effects due, each once,
 * in the order they must be carried out (a {@code RecordResult} before the
 * {@code RunOperation} planned from it); {@link #advance} reports those carried out.
 * No I/O, no clock (instants come with the events), no threads; not thread-safe: one
 * loop thread owns it.
 *
 * <p>At most one transition is in flight. A failed action, a fencing that failed, a
 * node lost, or a committed CIB that is more than the echo of the controller's own
 * recording aborts it: nothing new starts, the actions still running are awaited and
 * their results recorded, then the scheduler runs again on the CIB with all of them.
 */
public final class Controller {
    private static final String RECHECK = "recheck";
    private static final String RECHECK_BY = "recheck-by";

    private final String localNode;
    private final String dcUuid;
    private final CibView view = new CibView();
    private final Failover failover;
    private final List<ControllerEffect> due = new ArrayList<>();
    /** Nodes whose {@code do_shutdown} ran: everything there stopped, so they may leave without fencing. */
    private final Set<String> stoppedForShutdown = new HashSet<>();
    private boolean dc;
    /** Whether this DC has written its own marks on the cib element since it was elected. */
    private boolean announced;
    private boolean replanWanted;
    /** Fencing failed too often in a row: no plan until the next recheck or relevant change. */
    private boolean fencingHeld;
    /** As read when the current plan was made (the fencing it failed was planned then). */
    private String fencingMaxAttempts = ClusterOption.FENCING_MAX_ATTEMPTS.defaultValue();
    private final java.util.Map<String, Integer> fencingFailures = new java.util.HashMap<>();
    private Transition transition;
    private int transitions;
    private Instant now = Instant.EPOCH;
    /** As read when the current plan was made; a change to it is a relevant change, so it is re-read then. */
    private boolean startFailureIsFatal = true;

    /**
     * @param localNode the node this controller runs on (named in the log as the DC)
     * @param dcUuid    this run's identity in transition keys; the daemon draws it at random on start
     */
    public Controller(String localNode, String dcUuid) {
        this.localNode = localNode;
        this.dcUuid = dcUuid;
        this.failover = new Failover(localNode);
    }

    /** Takes one event; never blocks, never does I/O. */
    public void step(ControllerEvent event) {
        now = event.now();
        switch (event) {
            case ControllerEvent.BecameDc e -> {
                dc = true;
                replanWanted = true;
                log(new OperationalEvent.DcElected(now, localNode));
            }
            case ControllerEvent.LostDc e -> lostDc();
            case ControllerEvent.CibChanged e -> cibChanged(e.committed());
            case ControllerEvent.OperationFinished e -> operationFinished(e.report());
            case ControllerEvent.FencingFinished e -> fencingFinished(e);
            case ControllerEvent.FenceDeviceTried e -> {
                if (dc) {
                    log(new OperationalEvent.FenceDeviceFinished(now, e.on(), e.target(), e.device(), e.success()));
                }
            }
            case ControllerEvent.NodeLeft e -> nodeLeft(e.node());
            case ControllerEvent.NodeJoined e -> {
                stoppedForShutdown.remove(e.node());
                changeOwnStatus(List.of(StatusRecording.nodeJoined(e.node(), e.nodeId())), "node " + e.node() + " joined");
            }
            case ControllerEvent.TimerFired e -> timerFired(e.timerId());
            case ControllerEvent.ShutdownRequested e -> {
                changeOwnStatus(List.of(StatusRecording.shutdownRequested(e.node(), now)),
                        "shutdown of " + e.node() + " requested");
            }
        }
        progress();
    }

    /** The effects due now, in order; each is given once. */
    public List<ControllerEffect> ready() {
        var effects = List.copyOf(due);
        due.clear();
        return effects;
    }

    /** Reports effects carried out: a {@code RecordResult} here has been applied by the store. */
    public void advance(List<ControllerEffect> done) {
        for (ControllerEffect effect : done) {
            if (effect instanceof RecordResult record) {
                view.written(record.updates());
            }
        }
    }

    /** Whether this node acts as DC. */
    public boolean isDc() {
        return dc;
    }

    /** Whether a transition is being executed. */
    public boolean transitionInFlight() {
        return transition != null;
    }

    /** The CIB the controller plans from: the last committed one with its own writes applied; null before the first. */
    public Cib view() {
        return view.current();
    }

    private void lostDc() {
        dc = false;
        announced = false;
        if (transition != null) {
            for (var synapse : transition.graph().synapses()) {
                due.add(new ControllerEffect.CancelTimer(actionTimer(synapse.action())));
            }
        }
        transition = null;
        replanWanted = false;
        due.add(new ControllerEffect.CancelTimer(RECHECK));
        due.add(new ControllerEffect.CancelTimer(RECHECK_BY));
    }

    private void cibChanged(Cib committed) {
        Cib before = view.current();
        if (view.commit(committed)) {
            if (before != null) {
                AttributeChanges.first(before, view.current()).ifPresent(change -> failover.suspect(change, now));
            }
            relevantChange("the CIB changed");
        }
    }

    private void operationFinished(OperationReport report) {
        if (!dc || view.current() == null) {
            return;
        }
        OperationRequest request = report.request();
        record(StatusRecording.result(view.current(), report, startFailureIsFatal));
        Optional<GraphAction> inFlight = transition == null ? Optional.empty()
                : transition.runningFor(request.transitionKey());
        boolean succeeded = report.succeeded();
        if (!succeeded && !request.task().equals("cancel")) {
            if (request.isRecurring()) {
                log(new OperationalEvent.ResourceFailed(now, request.node(), request.resource(), report.result().rc()));
            } else if (inFlight.isEmpty()) {
                // A late answer: its action was already given up on, but what it says is news.
                OperationalEvent.ofResult(report, now).ifPresent(this::log);
            }
            failover.suspect(new FailoverCause(FailoverCause.Kind.RESOURCE_FAILURE, request.resource(), request.node()),
                    now);
        }
        if (inFlight.isEmpty()) {
            // A recurring monitor's changed result, or a late answer: news for the next plan.
            if (!succeeded) {
                relevantChange("operation " + request.operationKey() + " on " + request.node() + " failed");
            }
            return;
        }
        GraphAction action = inFlight.get();
        due.add(new ControllerEffect.CancelTimer(actionTimer(action)));
        OperationalEvent.ofResult(report, now).ifPresent(this::log);
        ended(action, succeeded);
        if (succeeded) {
            transition.confirm(action.id());
        } else {
            transition.fail(action.id(), "operation " + request.operationKey() + " on " + request.node() + " failed");
        }
    }

    private void fencingFinished(ControllerEvent.FencingFinished event) {
        if (!dc || view.current() == null) {
            return;
        }
        Optional<ClusterAction> fencing = transition == null ? Optional.empty()
                : transition.runningFencing(event.target());
        String by = event.by() == null ? localNode : event.by();
        if (event.success()) {
            log(byStonithPlugins(event.device())
                    ? new OperationalEvent.FencingSucceededByPlugin(now, localNode, event.target(), event.action(), by)
                    : new OperationalEvent.FencingSucceeded(now, localNode, event.target(), event.action(), by));
            // Fenced: what it ran is stopped. Only now may it run elsewhere.
            record(StatusRecording.nodeDown(view.current(), event.target()));
        } else {
            log(new OperationalEvent.FencingFailed(now, localNode, event.target(), event.action(), by));
        }
        countFencing(event.target(), event.success());
        if (fencing.isEmpty()) {
            if (event.success()) {
                relevantChange(event.target() + " was fenced outside the transition");
            }
            return;
        }
        due.add(new ControllerEffect.CancelTimer(actionTimer(fencing.get())));
        ended(fencing.get(), event.success());
        if (event.success()) {
            transition.confirm(fencing.get().id());
            abandonActionsOn(event.target(), event.target() + " was fenced");
        } else {
            transition.fail(fencing.get().id(), "fencing of " + event.target() + " failed");
        }
    }

    /**
     * Whether the devices that fenced ({@code a,b} for a level of two) are all cluster-glue
     * STONITH plugins ({@code stonith:meatware}, {@code stonith:external/ipmi}): then the
     * success is told in seed 000's words, else in seed 002's. Unknown devices (an operator's
     * confirmation names none) keep seed 002's.
     */
    private boolean byStonithPlugins(String devices) {
        if (devices == null || devices.isBlank() || view.current() == null) {
            return false;
        }
        for (String id : devices.split(",")) {
            var type = view.current().configuration().resource(id.strip())
                    .filter(resource -> resource instanceof org.paceline.cib.resources.Primitive primitive
                            && primitive.isFencingDevice())
                    .map(resource -> ((org.paceline.cib.resources.Primitive) resource).type());
            if (type.isEmpty() || !org.paceline.node.executor.StonithPlugin.isPluginType(type.get())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Pacemaker's {@code fencing-max-attempts}: after that many failures in a row for one
     * target, the fencing is not tried again at once but at the next recheck or change,
     * so that a device that cannot work does not keep the DC busy failing it.
     */
    private void countFencing(String target, boolean success) {
        if (success) {
            fencingFailures.remove(target);
            return;
        }
        int failures = fencingFailures.merge(target, 1, Integer::sum);
        long allowed = 10;
        try {
            allowed = Math.max(1, Long.parseLong(fencingMaxAttempts.strip()));
        } catch (NumberFormatException e) {
            // Pacemaker's default stands for a value it could not read either.
        }
        if (failures >= allowed) {
            fencingHeld = true;
            if (failures == allowed) {
                log(new OperationalEvent.FencingGivenUp(now, localNode, target, failures));
            }
        }
    }

    /** A fenced or lost node will never answer what it was running: those actions failed. */
    private void abandonActionsOn(String node, String reason) {
        if (transition == null) {
            return;
        }
        for (ResourceAction action : transition.runningOn(node)) {
            due.add(new ControllerEffect.CancelTimer(actionTimer(action)));
            transition.fail(action.id(), reason);
        }
    }

    private void nodeLeft(String node) {
        if (!dc || view.current() == null) {
            return;
        }
        if (stoppedForShutdown.remove(node)) {
            // Left as asked, after everything there was stopped: nothing to fence. A node
            // that only asked to leave, and went before its stops were done, is lost.
            changeOwnStatus(StatusRecording.nodeDown(view.current(), node), "node " + node + " left");
        } else {
            log(new OperationalEvent.NodeLost(now, localNode, node));
            failover.suspect(new FailoverCause(FailoverCause.Kind.NODE_LOST, node, node), now);
            changeOwnStatus(List.of(StatusRecording.nodeLost(node)), "node " + node + " was lost");
        }
        // Their answers will never come; the node's fencing decides what they did.
        abandonActionsOn(node, "node " + node + " was lost");
    }

    private void timerFired(String timerId) {
        if (!dc) {
            return;
        }
        if (timerId.equals(RECHECK) || timerId.equals(RECHECK_BY)) {
            // A recheck plans when idle; it never aborts what runs.
            replanWanted = true;
            fencingHeld = false;
            return;
        }
        var timed = transition == null ? java.util.OptionalInt.empty() : ActionTimers.actionId(timerId, transition.id());
        if (timed.isEmpty()) {
            return;
        }
        int actionId = timed.getAsInt();
        Optional<GraphAction> action = transition.runningAction(actionId);
        if (action.isEmpty()) {
            return;
        }
        if (action.get() instanceof ResourceAction resource) {
            OperationRequest request = transition.request(resource);
            record(StatusRecording.lost(view.current(), request, now, startFailureIsFatal));
            if (OperationalEvent.LOGGED_TASKS.contains(resource.task())) {
                log(new OperationalEvent.ActionFailed(now, resource.node(), request.resource(), resource.task(), 1,
                        true));
            }
        } else if (action.get() instanceof ClusterAction fencing) {
            log(new OperationalEvent.FencingFailed(now, localNode, fencing.node(), fencingAction(fencing), localNode));
        }
        ended(action.get(), false);
        transition.fail(actionId, "action " + action.get().key() + " timed out");
    }

    /** Moves on: starts what may start, ends a finished transition, plans when a plan is wanted. */
    private void progress() {
        if (!dc || view.current() == null) {
            return;
        }
        if (!announced) {
            announced = true;
            record(StatusRecording.dcMarks(view.current(), localNode));
        }
        // Bounded: each round either starts actions, ends a transition or plans one.
        for (int round = 0; round < 1_000; round++) {
            if (transition != null) {
                // An action complete at once (do_shutdown, a cleanup) may release more.
                for (List<GraphAction> started = transition.start(now); !started.isEmpty();
                        started = transition.start(now)) {
                    started.forEach(this::dispatch);
                }
                if (!transition.finished()) {
                    return;
                }
                if (transition.aborted()) {
                    replanWanted = true;
                }
                transition = null;
            }
            if (!replanWanted || fencingHeld) {
                return;
            }
            plan();
            if (transition == null) {
                return;
            }
        }
        throw new IllegalStateException("the controller kept planning transitions that end at once");
    }

    private void plan() {
        replanWanted = false;
        Cib cib = view.current();
        // Unpacked once: the scheduler reads the same state the options come from.
        ClusterState state = ClusterState.unpack(cib, now);
        TransitionGraph graph = Scheduler.schedule(state).graph();
        ClusterOptions options = state.options();
        startFailureIsFatal = options.startFailureIsFatal();
        fencingMaxAttempts = options.get(ClusterOption.FENCING_MAX_ATTEMPTS);
        for (OperationalEvent line : failover.planned(graph, now)) {
            log(line);
        }
        long recheckMillis = options.millis(ClusterOption.CLUSTER_RECHECK_INTERVAL);
        if (recheckMillis > 0) {
            due.add(new ControllerEffect.SetTimer(RECHECK, Duration.ofMillis(recheckMillis)));
        }
        if (graph.recheckBy() > 0) {
            long seconds = Math.max(1, graph.recheckBy() - now.getEpochSecond());
            due.add(new ControllerEffect.SetTimer(RECHECK_BY, Duration.ofSeconds(seconds)));
        }
        if (graph.isEmpty()) {
            return;
        }
        transitions++;
        transition = new Transition(transitions, dcUuid, graph, BatchLimit.of(options.get(ClusterOption.BATCH_LIMIT),
                options.get(ClusterOption.NODE_ACTION_LIMIT)));
    }

    private void dispatch(GraphAction action) {
        ActionDispatch dispatch = ActionDispatch.of(action, transition, localNode, now);
        record(dispatch.writes());
        due.addAll(dispatch.effects());
        if (dispatch.shutdownNode() != null) {
            stoppedForShutdown.add(dispatch.shutdownNode());
        }
        if (dispatch.doneAtOnce()) {
            transition.confirm(action.id());
        }
    }

    private void ended(GraphAction action, boolean success) {
        Instant started = transition.startedAt(action.id());
        for (OperationalEvent line : failover.actionEnded(action, success, started == null ? now : started, now)) {
            log(line);
        }
    }

    /** A write of the DC's own that is news for the scheduler (membership, shutdown). */
    private void changeOwnStatus(List<CibUpdate> updates, String reason) {
        if (!dc || view.current() == null) {
            return;
        }
        record(updates);
        relevantChange(reason);
    }

    private void relevantChange(String reason) {
        if (transition != null) {
            transition.abort(reason);
        }
        replanWanted = true;
        fencingHeld = false;
    }

    private void record(List<CibUpdate> updates) {
        if (updates.isEmpty()) {
            return;
        }
        view.write(updates);
        due.add(new ControllerEffect.RecordResult(updates));
    }

    private void log(OperationalEvent event) {
        due.add(new ControllerEffect.OperationalLog(event));
    }

    private String actionTimer(GraphAction action) {
        return ActionTimers.id(transition == null ? 0 : transition.id(), action);
    }

    private static String fencingAction(ClusterAction action) {
        return action.attributes().getOrDefault("CRM_meta_stonith_action", "reboot");
    }
}
