package org.paceline.node.daemon;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;

import org.paceline.cib.Cib;
import org.paceline.node.attributes.AttributeEffect;
import org.paceline.node.attributes.AttributeEvent;
import org.paceline.node.attributes.NodeAttributes;
import org.paceline.node.config.NodeConfig;
import org.paceline.node.controller.Controller;
import org.paceline.node.controller.ControllerEffect;
import org.paceline.node.controller.ControllerEvent;
import org.paceline.node.controller.LocalEffect;
import org.paceline.node.controller.LocalEvent;
import org.paceline.node.controller.LocalResources;
import org.paceline.node.controller.OperationalEvent;
import org.paceline.node.fencer.FenceAction;
import org.paceline.node.fencer.FenceRequest;
import org.paceline.node.fencer.FenceResult;
import org.paceline.node.fencer.Fencer;
import org.paceline.node.fencer.FencerEffect;
import org.paceline.node.fencer.FencerEvent;
import org.paceline.node.membership.MembershipView;
import org.paceline.node.membership.Quorum;
import org.paceline.node.store.CibReplication;
import org.paceline.node.store.CibStore;
import org.paceline.node.store.CibUpdate;
import org.paceline.node.store.ReplicationEffect;
import org.paceline.node.store.UpdateOutcome;

/**
 * One node's daemon as a pure state machine: the parts' cores joined together, each
 * part's effects routed to the part they are for, on this node or another, or out to the
 * loop. The DC's controller plans; every node's local resources run what it asks; the
 * DC's fencer runs the devices; every node keeps the attributes and the DC writes them.
 *
 * <p>Events in through {@link #step}, with the instant they happened; effects out through
 * {@link #ready}. No I/O, no clock, no threads: the production loop and the simulated
 * cluster drive the same code. Not thread-safe: one loop owns it.
 */
public final class NodeCore {
    private static final String CONTROLLER = "controller:";
    private static final String LOCAL = "local:";
    private static final String FENCER = "fencer:";
    private static final String ATTRIBUTES = "attributes:";

    private final String self;
    private final NodeConfig config;
    private final CibReplication replication;
    private final Controller controller;
    private final LocalResources local;
    private final Fencer fencer;
    private final NodeAttributes attributes;
    private final List<NodeEffect> effects = new ArrayList<>();
    /** The controller's recordings waiting for the store, by the request ids of their updates. */
    private final Map<String, ControllerEffect.RecordResult> recordings = new HashMap<>();
    private final Map<ControllerEffect.RecordResult, Integer> unacknowledged = new HashMap<>();
    /** Fencing requests of local clients, answered when they end; and those forwarded for peers. */
    private final FenceClients fenceClients;
    private final Set<String> clientUpdates = new LinkedHashSet<>();
    /** The fencing runs handed out and not yet started, by operation id: their start is logged with the pid. */
    private final Map<String, FencerEffect.RunFenceAgent> fenceRunsStarting = new HashMap<>();
    private MembershipView view;
    private boolean everSeenAll;
    private Quorum quorum;
    private Instant now;
    private long sequence;
    private boolean shuttingDown;
    /** Whether this node acts as DC: only once a view from membership made it so, never from its first, lonely one. */
    private boolean elected;
    /** The request that adds missing node entries, while it is not yet acknowledged. */
    private String nodesPending;

    /**
     * A node starting from the CIB it restored from its disk, alone in its first view.
     *
     * @param random the source of the DC's run identity and of fencing delays
     */
    public NodeCore(NodeConfig config, Cib restored, RandomGenerator random, Instant start) {
        this.self = config.nodeName();
        this.config = config;
        this.now = start;
        this.view = new MembershipView(0, List.of(self), false);
        this.replication = new CibReplication(self, new CibStore(restored), view);
        this.controller = new Controller(self, new UUID(random.nextLong(), random.nextLong()).toString());
        this.local = new LocalResources(self);
        this.fencer = new Fencer(self, random);
        this.attributes = new NodeAttributes(self);
        this.fenceClients = new FenceClients(self);
        this.quorum = judge(view);
        fencer.step(FencerEvent.CibChanged.of(restored, start));
    }

    public String nodeName() {
        return self;
    }

    /** Whether this node is the DC now. */
    public boolean isDc() {
        return replication.isDc();
    }

    public MembershipView view() {
        return view;
    }

    public Quorum quorum() {
        return quorum;
    }

    /** The newest CIB this node holds. */
    public Cib cib() {
        return replication.current();
    }

    /** The fencer, to read its history and devices (never to step it from outside). */
    public Fencer fencer() {
        return fencer;
    }

    /** The attributes this node keeps, pending values included. */
    public NodeAttributes attributes() {
        return attributes;
    }

    public void step(NodeEvent event, Instant at) {
        now = at;
        switch (event) {
            case NodeEvent.ViewChanged changed -> viewChanged(changed.view());
            case NodeEvent.MessageReceived received -> received(received.from(), received.message());
            case NodeEvent.CibWritten written -> replication.written(written.cib());
            case NodeEvent.CibWriteFailed failed -> {
                log(DaemonLog.Severity.ERROR, "cib", "writing CIB version " + failed.version() + " failed: "
                        + failed.reason() + "; its changes stay unacknowledged");
                replication.writeFailed(failed.version(), failed.reason());
            }
            case NodeEvent.ClientUpdate update -> {
                clientUpdates.add(update.requestId());
                replication.update(update.requestId(), update.update());
            }
            case NodeEvent.ClientAttribute attribute -> {
                for (String member : view.members()) {
                    if (!member.equals(self)) {
                        send(member, new ClusterMessage.Attribute(attribute.request()));
                    }
                }
                attributes.step(new AttributeEvent.Requested(attribute.request(), now));
            }
            case NodeEvent.ClientFence fence -> {
                fenceClients.local(fence.requestId());
                if (isDc()) {
                    fence(fence.requestId(), fence.target(), fence.action(), fence.confirm(), self);
                } else {
                    send(view.coordinator(), new ClusterMessage.FenceRequest(fence.requestId(), fence.target(),
                            fence.action(), fence.confirm()));
                }
            }
            case NodeEvent.ShutdownRequested requested -> shutdown();
            case NodeEvent.OperationExecuted executed ->
                    local.step(new LocalEvent.Finished(executed.callId(), executed.result(), now));
            case NodeEvent.FenceAgentStarted started -> fenceRunStarted(started);
            case NodeEvent.FenceAgentExecuted executed -> {
                fenceRunsStarting.remove(executed.operationId());
                fencer.step(new FencerEvent.AgentFinished(executed.operationId(), executed.result(), now));
            }
            case NodeEvent.TimerFired fired -> timer(fired.timerId());
        }
        route();
    }

    /** The effects due, each given once, in order. */
    public List<NodeEffect> ready() {
        route();
        var due = List.copyOf(effects);
        effects.clear();
        return due;
    }

    private void received(String from, ClusterMessage message) {
        switch (message) {
            case ClusterMessage.Replication replicated -> replication.received(from, replicated.message());
            case ClusterMessage.RunOperation run -> local.step(new LocalEvent.Requested(run.request(), now));
            case ClusterMessage.CancelRecurring cancel -> local.step(new LocalEvent.CancelRequested(cancel.cancel(), now));
            case ClusterMessage.Report report -> {
                if (controller.isDc()) {
                    controller.step(new ControllerEvent.OperationFinished(report.report(), now));
                }
            }
            case ClusterMessage.Attribute attribute ->
                    attributes.step(new AttributeEvent.Requested(attribute.request(), now));
            case ClusterMessage.FenceRequest request -> {
                if (isDc()) {
                    String id = fenceClients.forwarded(from, request.requestId());
                    fence(id, request.target(), request.action(), request.confirm(), from);
                }
            }
            case ClusterMessage.FenceAnswer answer -> {
                if (fenceClients.answered(answer.requestId()).isPresent()) {
                    effects.add(new NodeEffect.AnswerFence(answer.requestId(), answer.result()));
                }
            }
            case ClusterMessage.ShutdownRequest request -> {
                if (controller.isDc()) {
                    controller.step(new ControllerEvent.ShutdownRequested(from, now));
                }
            }
            case ClusterMessage.ShutdownReady ready -> {
                if (shuttingDown) {
                    effects.add(new NodeEffect.ShutdownReady());
                }
            }
        }
    }

    private void viewChanged(MembershipView next) {
        MembershipView previous = view;
        boolean wasDc = elected;
        view = next;
        if (next.members().containsAll(config.members().stream().map(NodeConfig.Member::name).toList())) {
            everSeenAll = true;
        }
        Quorum before = quorum;
        quorum = judge(next);
        replication.viewChanged(next);
        log(DaemonLog.Severity.INFO, "membership", "view " + next.id() + ": " + String.join(", ", next.members())
                + (next.merge() ? " (merged)" : "") + "; DC " + next.coordinator());
        if (!quorum.equals(before)) {
            log(quorum.hasQuorum() ? DaemonLog.Severity.INFO : DaemonLog.Severity.WARN, "membership", quorum.reason());
        }
        attributes.step(new AttributeEvent.WriterChanged(next.coordinator(), now));
        for (String gone : previous.members()) {
            if (!next.contains(gone)) {
                attributes.step(new AttributeEvent.NodeLeft(gone, now));
            }
        }
        for (String joined : next.members()) {
            if (!previous.contains(joined)) {
                attributes.step(new AttributeEvent.NodeJoined(joined, now));
            }
        }
        if (isDc() && (!wasDc || !quorum.equals(before) || previous.id() == 0)) {
            // The scheduler reads quorum from the cib element, as Pacemaker's DC writes it there.
            replication.update(internalId("quorum"), new CibUpdate.SetCibAttribute("have-quorum",
                    quorum.hasQuorum() ? "1" : "0"));
        }
        elected = isDc();
        if (isDc() && !wasDc) {
            log(DaemonLog.Severity.INFO, "controller", "this node is now the DC");
            controller.step(new ControllerEvent.BecameDc(now));
            controller.step(new ControllerEvent.CibChanged(replication.current(), now));
            ensureNodes(replication.current());
        } else if (!isDc() && wasDc) {
            log(DaemonLog.Severity.INFO, "controller", "this node is no longer the DC; " + next.coordinator() + " is");
            controller.step(new ControllerEvent.LostDc(now));
        }
        if (isDc()) {
            for (String gone : previous.members()) {
                if (!next.contains(gone)) {
                    controller.step(new ControllerEvent.NodeLeft(gone, now));
                }
            }
            for (String member : next.members()) {
                if (!previous.contains(member) || !wasDc) {
                    String id = config.member(member).map(m -> Integer.toString(m.id())).orElse(null);
                    controller.step(new ControllerEvent.NodeJoined(member, id, now));
                }
            }
            ensureNodes(replication.current());
        }
    }

    private void shutdown() {
        shuttingDown = true;
        log(DaemonLog.Severity.INFO, "controller", "shutdown requested: stopping what runs here first");
        if (isDc()) {
            controller.step(new ControllerEvent.ShutdownRequested(self, now));
        } else {
            send(view.coordinator(), new ClusterMessage.ShutdownRequest());
        }
    }

    private void fence(String requestId, String target, FenceAction action, boolean confirm, String origin) {
        if (confirm) {
            // The operator vouches the node is down: nothing runs, the cluster goes on as if fenced.
            fencingDone(new FenceResult(new FenceRequest(target, FenceAction.OFF, origin, requestId), true,
                    "", "manual", "operator", now));
            return;
        }
        fencer.step(new FencerEvent.FenceRequested(new FenceRequest(target, action, origin, requestId), now));
    }

    private void timer(String timerId) {
        if (timerId.startsWith(CONTROLLER)) {
            controller.step(new ControllerEvent.TimerFired(timerId.substring(CONTROLLER.length()), now));
        } else if (timerId.startsWith(LOCAL)) {
            local.step(new LocalEvent.TimerFired(timerId.substring(LOCAL.length()), now));
        } else if (timerId.startsWith(FENCER)) {
            fencer.step(new FencerEvent.TimerFired(timerId.substring(FENCER.length()), now));
        } else if (timerId.startsWith(ATTRIBUTES)) {
            attributes.step(new AttributeEvent.TimerFired(timerId.substring(ATTRIBUTES.length()), now));
        }
    }

    private Quorum judge(MembershipView current) {
        return Quorum.of(config.expectedVotes(), current.size(), config.quorum().twoNode(),
                config.quorum().waitForAll(), everSeenAll);
    }

    /** Takes the parts' effects until none is left: what is for another part goes there, the rest out to the loop. */
    private void route() {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (ReplicationEffect effect : replication.ready()) {
                moved = true;
                replicationEffect(effect);
            }
            for (ControllerEffect effect : controller.ready()) {
                moved = true;
                controllerEffect(effect);
            }
            for (LocalEffect effect : local.ready()) {
                moved = true;
                localEffect(effect);
            }
            List<FencerEffect> fencing = fencer.ready();
            for (FencerEffect effect : fencing) {
                moved = true;
                fencerEffect(effect);
            }
            fencer.advance(fencing);
            List<AttributeEffect> attributeEffects = attributes.ready();
            for (AttributeEffect effect : attributeEffects) {
                moved = true;
                attributeEffect(effect);
            }
            attributes.advance(attributeEffects);
        }
    }

    private void replicationEffect(ReplicationEffect effect) {
        switch (effect) {
            case ReplicationEffect.WriteCib write -> effects.add(new NodeEffect.WriteCib(write.cib()));
            case ReplicationEffect.Send send -> send(send.toNode(), new ClusterMessage.Replication(send.message()));
            case ReplicationEffect.Acknowledge ack -> acknowledged(ack.requestId(), ack.outcome());
            case ReplicationEffect.Committed committed -> {
                Cib cib = committed.cib();
                fencer.step(FencerEvent.CibChanged.of(cib, now));
                if (controller.isDc()) {
                    controller.step(new ControllerEvent.CibChanged(cib, now));
                    ensureNodes(cib);
                }
            }
        }
    }

    /** The DC enters members seen in the view into the {@code nodes} section, one update at a time. */
    private void ensureNodes(Cib cib) {
        if (nodesPending == null) {
            NodeEntries.missing(cib, config, view).ifPresent(update -> {
                nodesPending = internalId("nodes");
                replication.update(nodesPending, update);
            });
        }
    }

    private void acknowledged(String requestId, UpdateOutcome outcome) {
        if (requestId.equals(nodesPending)) {
            nodesPending = null;
            if (isDc()) {
                // Members may have joined while the entries went in.
                ensureNodes(replication.current());
            }
        }
        if (clientUpdates.remove(requestId)) {
            effects.add(new NodeEffect.AnswerClient(requestId, outcome));
            return;
        }
        if (outcome instanceof UpdateOutcome.Rejected rejected) {
            log(DaemonLog.Severity.ERROR, "cib", "an internal update was refused: "
                    + rejected.problems().getFirst().oneLine());
        }
        ControllerEffect.RecordResult recording = recordings.remove(requestId);
        if (recording != null && unacknowledged.merge(recording, -1, Integer::sum) == 0) {
            unacknowledged.remove(recording);
            controller.advance(List.of(recording));
        }
    }

    private void controllerEffect(ControllerEffect effect) {
        switch (effect) {
            case ControllerEffect.RecordResult record -> {
                if (record.updates().isEmpty()) {
                    controller.advance(List.of(record));
                    return;
                }
                unacknowledged.put(record, record.updates().size());
                for (CibUpdate update : record.updates()) {
                    String id = internalId("record");
                    recordings.put(id, record);
                    replication.update(id, update);
                }
                return;
            }
            case ControllerEffect.RunOperation run -> {
                if (run.request().node().equals(self)) {
                    local.step(new LocalEvent.Requested(run.request(), now));
                } else {
                    send(run.request().node(), new ClusterMessage.RunOperation(run.request()));
                }
            }
            case ControllerEffect.CancelRecurring cancel -> {
                if (cancel.node().equals(self)) {
                    local.step(new LocalEvent.CancelRequested(cancel.cancel(), now));
                } else {
                    send(cancel.node(), new ClusterMessage.CancelRecurring(cancel.cancel()));
                }
            }
            case ControllerEffect.Fence fence -> {
                FenceAction action = FenceAction.parse(fence.action()).orElse(FenceAction.REBOOT);
                fencer.step(new FencerEvent.FenceRequested(new FenceRequest(fence.target(), action, self,
                        internalId("fence"), fence.priorityDelay()), now));
            }
            case ControllerEffect.SetTimer timer -> effects.add(new NodeEffect.SetTimer(CONTROLLER + timer.timerId(),
                    timer.delay()));
            case ControllerEffect.CancelTimer timer -> effects.add(new NodeEffect.CancelTimer(CONTROLLER + timer.timerId()));
            case ControllerEffect.ShutdownReady ready -> {
                if (ready.node().equals(self)) {
                    if (shuttingDown) {
                        effects.add(new NodeEffect.ShutdownReady());
                    }
                } else {
                    send(ready.node(), new ClusterMessage.ShutdownReady());
                }
            }
            case ControllerEffect.OperationalLog line -> effects.add(new NodeEffect.OperationalLog(line.event().node(),
                    DaemonLog.severity(line.event().severity()), line.event().text()));
        }
        controller.advance(List.of(effect));
    }

    private void localEffect(LocalEffect effect) {
        switch (effect) {
            case LocalEffect.Execute execute -> effects.add(new NodeEffect.Execute(execute.callId(), execute.request()));
            case LocalEffect.CancelExecution cancel -> effects.add(new NodeEffect.CancelExecution(cancel.callId()));
            case LocalEffect.SetTimer timer -> effects.add(new NodeEffect.SetTimer(LOCAL + timer.timerId(), timer.delay()));
            case LocalEffect.CancelTimer timer -> effects.add(new NodeEffect.CancelTimer(LOCAL + timer.timerId()));
            case LocalEffect.Report report -> {
                if (isDc()) {
                    controller.step(new ControllerEvent.OperationFinished(report.report(), now));
                } else {
                    send(view.coordinator(), new ClusterMessage.Report(report.report()));
                }
            }
        }
        local.advance(List.of(effect));
    }

    private void fencerEffect(FencerEffect effect) {
        switch (effect) {
            case FencerEffect.RunFenceAgent run -> {
                if (run.purpose().equals("fence")) {
                    fenceRunsStarting.put(run.operationId(), run);
                }
                effects.add(new NodeEffect.RunFenceAgent(run.operationId(), run.operation()));
            }
            case FencerEffect.DeviceFailed failed -> operational(new OperationalEvent.FenceDeviceFailed(now, self,
                    failed.target(), failed.device(), failed.exitCode(), failed.nextFollows()));
            case FencerEffect.CancelFenceAgent cancel -> effects.add(new NodeEffect.CancelFenceAgent(cancel.operationId()));
            case FencerEffect.SetTimer timer -> effects.add(new NodeEffect.SetTimer(FENCER + timer.timerId(),
                    nonNegative(Duration.between(now, timer.at()))));
            case FencerEffect.FencingCompleted completed -> {
                FenceResult result = completed.result();
                FenceRequest request = result.request();
                if (request.origin().equals(self) && !fenceClients.waiting(request.requestId())) {
                    controller.step(new ControllerEvent.FencingFinished(request.target(), request.action().word(),
                            result.succeeded(), result.executor(), result.device(), now));
                }
                fencingDone(result);
            }
        }
    }

    /**
     * A fencing run of a device began here: the per-device line of seed 000's log, on the
     * node that runs the device, for every device attempt (questions to devices are not
     * attempts).
     */
    private void fenceRunStarted(NodeEvent.FenceAgentStarted started) {
        FencerEffect.RunFenceAgent run = fenceRunsStarting.remove(started.operationId());
        if (run != null) {
            operational(new OperationalEvent.FenceDeviceStarted(now, self, run.operation().target(),
                    run.operation().action(), run.device(), run.operation().agent(), started.pid()));
        }
    }

    private void operational(OperationalEvent event) {
        effects.add(new NodeEffect.OperationalLog(event.node(), DaemonLog.severity(event.severity()), event.text()));
    }

    /** An operator's fencing request ended: tell whoever asked, here or on the node it came from. */
    private void fencingDone(FenceResult result) {
        var requester = fenceClients.answered(result.request().requestId());
        if (requester.isEmpty()) {
            return;
        }
        if (requester.get().local()) {
            effects.add(new NodeEffect.AnswerFence(requester.get().requestId(), result));
        } else {
            send(requester.get().node(), new ClusterMessage.FenceAnswer(requester.get().requestId(), result));
        }
        if (result.succeeded() && controller.isDc()) {
            // Fenced on an operator's word or command: what ran there is known to be stopped.
            controller.step(new ControllerEvent.FencingFinished(result.request().target(),
                    result.request().action().word(), true, result.executor(), result.device(), now));
        }
    }

    private void attributeEffect(AttributeEffect effect) {
        switch (effect) {
            case AttributeEffect.WriteAttributes write -> {
                for (CibUpdate update : write.updates()) {
                    replication.update(internalId("attribute"), update);
                }
            }
            case AttributeEffect.SetTimer timer -> effects.add(new NodeEffect.SetTimer(ATTRIBUTES + timer.timerId(),
                    nonNegative(Duration.between(now, timer.at()))));
        }
    }

    private void send(String to, ClusterMessage message) {
        effects.add(new NodeEffect.Send(to, message));
    }

    private void log(DaemonLog.Severity severity, String part, String text) {
        effects.add(new NodeEffect.Log(severity, part, text));
    }

    private String internalId(String kind) {
        return self + "-" + kind + "-" + (++sequence);
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
