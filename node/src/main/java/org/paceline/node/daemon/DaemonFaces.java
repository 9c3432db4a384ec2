package org.paceline.node.daemon;

import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.paceline.cib.Cib;
import org.paceline.cib.Node;
import org.paceline.cib.Problem;
import org.paceline.node.attributes.AttributeRequest;
import org.paceline.node.attributes.AttributeValue;
import org.paceline.node.attributes.Lifetime;
import org.paceline.node.config.NodeConfig;
import org.paceline.node.fencer.FenceHistoryEntry;
import org.paceline.node.fencer.FenceResult;
import org.paceline.node.ipc.AttributeScope;
import org.paceline.node.ipc.CibReads;
import org.paceline.node.ipc.FenceAction;
import org.paceline.node.ipc.IpcReply;
import org.paceline.node.ipc.LocalDaemon;
import org.paceline.node.status.DaemonView;
import org.paceline.node.status.NodeEntry;
import org.paceline.node.store.CibUpdate;
import org.paceline.node.store.UpdateOutcome;

/**
 * What the running daemon gives the operator faces over the local socket: each request
 * becomes an event of the {@link NodeLoop}, or a read of its last snapshot.
 *
 * <p>Thread-safe: called from a virtual thread per connection; a call blocks only until
 * the loop answers it (an update until every member has it on disk).
 */
final class DaemonFaces implements LocalDaemon {
    /** Longer than any write or fencing takes when the cluster is well; a client that waits longer is told so. */
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final int EXIT_ERROR = 1;
    private static final int EXIT_TIMEOUT = 124;

    private final NodeLoop loop;
    private final NodeConfig config;
    private final InstantSource clock;

    DaemonFaces(NodeLoop loop, NodeConfig config, InstantSource clock) {
        this.loop = loop;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public Cib cib() {
        return loop.snapshot().cib();
    }

    @Override
    public DaemonView view() {
        NodeSnapshot snapshot = loop.snapshot();
        var nodes = new ArrayList<NodeEntry>();
        var names = new java.util.HashSet<String>();
        for (NodeConfig.Member member : config.members()) {
            nodes.add(new NodeEntry(Integer.toString(member.id()), member.name(), snapshot.view().contains(member.name())));
            names.add(member.name());
        }
        for (Node node : snapshot.cib().configuration().nodes()) {
            if (names.add(node.uname())) {
                nodes.add(new NodeEntry(node.id(), node.uname(), snapshot.view().contains(node.uname())));
            }
        }
        return new DaemonView(snapshot.nodeName(), Integer.toString(config.self().id()), snapshot.dc(),
                snapshot.quorum().hasQuorum(), nodes, snapshot.view().members(), null, snapshot.fencing());
    }

    @Override
    public IpcReply.Outcome apply(CibUpdate update) {
        return outcome(loop.update(update));
    }

    @Override
    public List<IpcReply.NodeValue> readAttribute(AttributeScope scope, String node, String name, boolean allNodes) {
        String target = node == null ? config.nodeName() : node;
        if (scope != AttributeScope.STATUS) {
            return CibReads.attribute(cib(), scope, target, name, allNodes);
        }
        // attrd's values: newer than the CIB while a dampening delay runs.
        List<AttributeValue> values = await(loop.query(core -> allNodes
                ? core.attributes().query(name, Lifetime.REBOOT)
                : core.attributes().query(target, name, Lifetime.REBOOT).map(List::of).orElse(List.of())));
        if (values == null || values.isEmpty()) {
            return CibReads.attribute(cib(), scope, target, name, allNodes);
        }
        var found = new ArrayList<IpcReply.NodeValue>();
        for (AttributeValue value : values) {
            if (value.value() != null) {
                found.add(new IpcReply.NodeValue(value.node(), value.value()));
            }
        }
        return found;
    }

    @Override
    public IpcReply.Outcome writeAttribute(AttributeScope scope, String node, String name, String value, long dampenMillis) {
        String target = node == null ? config.nodeName() : node;
        if (scope != AttributeScope.STATUS) {
            if (value == null) {
                return new IpcReply.Done(List.of());
            }
            return apply(new CibUpdate.SetAttribute(CibReads.owner(scope, target), null, name, value));
        }
        Duration dampen = dampenMillis < 0 ? null : Duration.ofMillis(dampenMillis);
        AttributeRequest request = value == null
                ? new AttributeRequest.UpdateDelay(target, name, dampen, Lifetime.REBOOT)
                : new AttributeRequest.UpdateAttribute(target, name, value, dampen, Lifetime.REBOOT, null, dampenMillis >= 0);
        loop.submit(new NodeEvent.ClientAttribute(request));
        return new IpcReply.Done(List.of());
    }

    @Override
    public IpcReply.Outcome removeAttribute(AttributeScope scope, String node, String name) {
        String target = node == null ? config.nodeName() : node;
        if (scope != AttributeScope.STATUS) {
            if (CibReads.attribute(cib(), scope, target, name, false).isEmpty()) {
                return new IpcReply.Done(List.of());
            }
            return apply(new CibUpdate.DeleteAttribute(CibReads.owner(scope, target), null, name));
        }
        loop.submit(new NodeEvent.ClientAttribute(new AttributeRequest.DeleteAttribute(target, name, Lifetime.REBOOT)));
        return new IpcReply.Done(List.of());
    }

    @Override
    public IpcReply.Outcome fence(String target, FenceAction action) {
        var fencerAction = switch (action) {
            case REBOOT -> org.paceline.node.fencer.FenceAction.REBOOT;
            case OFF, CONFIRM -> org.paceline.node.fencer.FenceAction.OFF;
            case ON -> org.paceline.node.fencer.FenceAction.ON;
        };
        FenceResult result = await(loop.fence(target, fencerAction, action == FenceAction.CONFIRM));
        if (result == null) {
            return new IpcReply.Failure(EXIT_TIMEOUT, "no answer from the fencer within " + PATIENCE.toMinutes() + " minutes");
        }
        return result.succeeded() ? new IpcReply.Done(List.of())
                : new IpcReply.Failure(EXIT_ERROR, "fencing " + target + " failed: " + result.reason());
    }

    @Override
    public List<IpcReply.FenceEvent> fenceHistory(String node) {
        List<FenceHistoryEntry> entries = await(loop.query(core -> node == null
                ? core.fencer().history().entries() : core.fencer().history().about(node)));
        var events = new ArrayList<IpcReply.FenceEvent>();
        for (FenceHistoryEntry entry : entries == null ? List.<FenceHistoryEntry>of() : entries) {
            String state = switch (entry.state()) {
                case PENDING -> "pending";
                case SUCCEEDED -> "done";
                case FAILED -> "failed";
            };
            events.add(new IpcReply.FenceEvent(entry.target(), entry.action().word(), entry.delegate(), entry.origin(),
                    state, entry.completed() == null ? 0 : entry.completed().toEpochMilli()));
        }
        return events;
    }

    @Override
    public IpcReply.Outcome cleanFenceHistory(String node) {
        await(loop.query(core -> {
            core.fencer().history().clean(node);
            return Boolean.TRUE;
        }));
        return new IpcReply.Done(List.of());
    }

    @Override
    public List<String> fenceDevices() {
        List<String> devices = await(loop.query(core -> core.fencer().devices().stream().map(d -> d.id()).toList()));
        return devices == null ? List.of() : devices;
    }

    @Override
    public IpcReply.Outcome cleanup(String resource, String node) {
        return switch (CibReads.cleanup(cib(), resource, node, clock.instant())) {
            case CibReads.Cleanup.NotFound notFound -> new IpcReply.Failure(105, notFound.message());
            case CibReads.Cleanup.Updates cleanup -> {
                var answers = new LinkedHashMap<CibUpdate, CompletableFuture<UpdateOutcome>>();
                for (CibUpdate update : cleanup.updates()) {
                    answers.put(update, loop.update(update));
                }
                for (var answer : answers.values()) {
                    IpcReply.Outcome outcome = outcome(answer);
                    if (outcome instanceof IpcReply.Failure) {
                        yield outcome;
                    }
                }
                yield new IpcReply.Done(cleanup.lines());
            }
        };
    }

    private IpcReply.Outcome outcome(CompletableFuture<UpdateOutcome> pending) {
        UpdateOutcome outcome = await(pending);
        return switch (outcome) {
            case UpdateOutcome.Applied applied -> new IpcReply.Applied(applied.version().toString());
            case UpdateOutcome.Rejected rejected -> new IpcReply.Failure(EXIT_ERROR,
                    String.join("; ", rejected.problems().stream().map(Problem::message).toList()));
            case null -> new IpcReply.Failure(EXIT_TIMEOUT, "the cluster did not acknowledge the change within "
                    + PATIENCE.toMinutes() + " minutes; check with cibadmin -Q before repeating it");
        };
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }
}
