package org.paceline.cli.harness;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.paceline.cib.Cib;
import org.paceline.cib.Node;
import org.paceline.cib.NvSet;
import org.paceline.cib.Problem;
import org.paceline.cib.SetKind;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.status.NodeState;
import org.paceline.cib.status.ResourceHistory;
import org.paceline.node.ipc.AttributeScope;
import org.paceline.node.ipc.CibReads;
import org.paceline.node.ipc.FenceAction;
import org.paceline.node.ipc.IpcReply;
import org.paceline.node.ipc.LocalDaemon;
import org.paceline.node.status.DaemonView;
import org.paceline.node.status.NodeEntry;
import org.paceline.node.store.AttributeOwner;
import org.paceline.node.store.CibStore;
import org.paceline.node.store.CibUpdate;
import org.paceline.node.store.StoreEffect;
import org.paceline.node.store.StoreEvent;
import org.paceline.node.store.UpdateOutcome;
import org.paceline.scheduler.state.ClusterState;
import org.paceline.scheduler.state.ResourceInstance;

/**
 * A stand-in for the node daemon, for the faces' tests and the AOT training: a real
 * {@link CibStore} whose writes succeed at once, one node's view in which it is the DC
 * of a quorate partition of every configured node not marked out of the membership.
 *
 * <p>Not the product: attributes take effect at once (no dampening timer runs here),
 * and fencing a node only records it as fenced (its node_state goes down and the
 * history says done) without running any device. Thread-safe: one lock around the store.
 */
public final class StoreBackedDaemon implements LocalDaemon {
    private final CibStore store;
    private final String localNode;
    private final InstantSource clock;
    private final List<IpcReply.FenceEvent> fencing = new ArrayList<>();
    private int requests;

    public StoreBackedDaemon(Cib cib, String localNode, InstantSource clock) {
        this.store = new CibStore(cib);
        this.localNode = localNode;
        this.clock = clock;
    }

    @Override
    public synchronized Cib cib() {
        return store.current();
    }

    @Override
    public synchronized DaemonView view() {
        Cib cib = store.current();
        var nodes = new ArrayList<NodeEntry>();
        var partition = new ArrayList<String>();
        for (Node node : cib.configuration().nodes()) {
            boolean member = cib.status().node(node.uname()).map(s -> !"false".equals(s.inCcm())).orElse(true);
            nodes.add(new NodeEntry(node.id(), node.uname(), member));
            if (member) {
                partition.add(node.uname());
            }
        }
        String localId = nodes.stream().filter(n -> n.name().equals(localNode)).map(NodeEntry::id).findFirst()
                .orElse(localNode);
        return new DaemonView(localNode, localId, localNode, partition.size() * 2 > nodes.size(), nodes, partition,
                null);
    }

    @Override
    public synchronized IpcReply.Outcome apply(CibUpdate update) {
        String id = "face-" + (++requests);
        store.step(new StoreEvent.UpdateRequested(id, update));
        UpdateOutcome outcome = null;
        for (var effects = store.ready(); !effects.isEmpty(); effects = store.ready()) {
            for (StoreEffect effect : effects) {
                if (effect instanceof StoreEffect.Acknowledge ack && ack.requestId().equals(id)) {
                    outcome = ack.outcome();
                }
            }
            store.advance(effects);
        }
        return switch (outcome) {
            case UpdateOutcome.Applied applied -> new IpcReply.Applied(applied.version().toString());
            case UpdateOutcome.Rejected rejected -> new IpcReply.Failure(1,
                    String.join("; ", rejected.problems().stream().map(Problem::message).toList()));
            case null -> throw new IllegalStateException("update " + id + " was never acknowledged");
        };
    }

    @Override
    public synchronized List<IpcReply.NodeValue> readAttribute(AttributeScope scope, String node, String name,
                                                               boolean allNodes) {
        return CibReads.attribute(store.current(), scope, nodeOrLocal(node), name, allNodes);
    }

    @Override
    public synchronized IpcReply.Outcome writeAttribute(AttributeScope scope, String node, String name, String value,
                                                        long dampenMillis) {
        if (value == null) {
            // Only the delay changes, and this stand-in applies values at once: nothing to do.
            return new IpcReply.Applied(store.current().version().toString());
        }
        return switch (scope) {
            case STATUS -> apply(new CibUpdate.SetTransientAttribute(nodeOrLocal(node), name, value));
            default -> apply(new CibUpdate.SetAttribute(owner(scope, node), null, name, value));
        };
    }

    @Override
    public synchronized IpcReply.Outcome removeAttribute(AttributeScope scope, String node, String name) {
        return switch (scope) {
            case STATUS -> apply(new CibUpdate.DeleteTransientAttribute(nodeOrLocal(node), name));
            default -> apply(new CibUpdate.DeleteAttribute(owner(scope, node), null, name));
        };
    }

    @Override
    public synchronized IpcReply.Outcome fence(String target, FenceAction action) {
        if (store.current().configuration().nodes().stream().noneMatch(n -> n.uname().equals(target))) {
            return new IpcReply.Failure(105, "no node named " + target);
        }
        if (action != FenceAction.ON) {
            var down = apply(new CibUpdate.UpdateNodeState(target, null, "false", "offline", "down", "down"));
            if (down instanceof IpcReply.Failure) {
                return down;
            }
            apply(new CibUpdate.ClearTransientAttributes(target));
        }
        fencing.add(new IpcReply.FenceEvent(target, action == FenceAction.CONFIRM ? "off" : action.word(), localNode,
                localNode, "done", clock.millis()));
        return new IpcReply.Done(List.of());
    }

    @Override
    public synchronized List<IpcReply.FenceEvent> fenceHistory(String node) {
        return fencing.stream().filter(e -> node == null || e.target().equals(node)).toList();
    }

    @Override
    public synchronized IpcReply.Outcome cleanFenceHistory(String node) {
        fencing.removeIf(e -> node == null || e.target().equals(node));
        return new IpcReply.Done(List.of());
    }

    @Override
    public synchronized List<String> fenceDevices() {
        return store.current().configuration().resources().stream()
                .flatMap(r -> r.selfAndDescendants())
                .filter(r -> r instanceof Primitive p && "stonith".equals(p.resourceClass()))
                .map(r -> r.id()).toList();
    }

    @Override
    public synchronized IpcReply.Outcome cleanup(String resource, String node) {
        return switch (CibReads.cleanup(store.current(), resource, node, clock.instant())) {
            case CibReads.Cleanup.NotFound notFound -> new IpcReply.Failure(105, notFound.message());
            case CibReads.Cleanup.Updates cleanup -> {
                for (CibUpdate update : cleanup.updates()) {
                    var applied = apply(update);
                    if (applied instanceof IpcReply.Failure) {
                        yield applied;
                    }
                }
                yield new IpcReply.Done(cleanup.lines());
            }
        };
    }

    private String nodeOrLocal(String node) {
        return node == null ? localNode : node;
    }

    private AttributeOwner owner(AttributeScope scope, String node) {
        return CibReads.owner(scope, nodeOrLocal(node));
    }
}
