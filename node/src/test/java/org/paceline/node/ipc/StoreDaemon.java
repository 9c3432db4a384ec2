package org.paceline.node.ipc;

import java.util.List;

import org.paceline.cib.Cib;
import org.paceline.cib.Problem;
import org.paceline.node.status.DaemonView;
import org.paceline.node.status.NodeEntry;
import org.paceline.node.store.CibStore;
import org.paceline.node.store.CibUpdate;
import org.paceline.node.store.StoreEffect;
import org.paceline.node.store.StoreEvent;
import org.paceline.node.store.UpdateOutcome;

/**
 * The smallest {@link LocalDaemon} the server's tests need: a real {@link CibStore} whose
 * writes succeed at once, node pm01 as DC; transient attributes only; no fencer.
 */
final class StoreDaemon implements LocalDaemon {
    private final CibStore store;
    private int requests;

    StoreDaemon(Cib cib) {
        this.store = new CibStore(cib);
    }

    @Override
    public synchronized Cib cib() {
        return store.current();
    }

    @Override
    public DaemonView view() {
        return new DaemonView("pm01", "1", "pm01", true,
                List.of(new NodeEntry("1", "pm01", true), new NodeEntry("2", "pm02", true)), List.of("pm01", "pm02"),
                null);
    }

    @Override
    public synchronized IpcReply.Outcome apply(CibUpdate update) {
        String id = "r" + (++requests);
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
        if (outcome instanceof UpdateOutcome.Rejected rejected) {
            return new IpcReply.Failure(1, String.join("; ", rejected.problems().stream().map(Problem::message).toList()));
        }
        return new IpcReply.Applied(((UpdateOutcome.Applied) outcome).version().toString());
    }

    @Override
    public synchronized List<IpcReply.NodeValue> readAttribute(AttributeScope scope, String node, String name,
                                                               boolean allNodes) {
        String target = node == null ? "pm01" : node;
        return store.current().status().node(target).stream()
                .flatMap(s -> s.transientSets().stream())
                .flatMap(set -> set.value(name).stream())
                .map(value -> new IpcReply.NodeValue(target, value)).limit(1).toList();
    }

    @Override
    public IpcReply.Outcome writeAttribute(AttributeScope scope, String node, String name, String value,
                                           long dampenMillis) {
        return apply(new CibUpdate.SetTransientAttribute(node == null ? "pm01" : node, name, value));
    }

    @Override
    public IpcReply.Outcome removeAttribute(AttributeScope scope, String node, String name) {
        return apply(new CibUpdate.DeleteTransientAttribute(node == null ? "pm01" : node, name));
    }

    @Override
    public IpcReply.Outcome fence(String target, FenceAction action) {
        return new IpcReply.Failure(1, "no fence device can fence " + target);
    }

    @Override
    public List<IpcReply.FenceEvent> fenceHistory(String node) {
        return List.of();
    }

    @Override
    public IpcReply.Outcome cleanFenceHistory(String node) {
        return new IpcReply.Done(List.of());
    }

    @Override
    public List<String> fenceDevices() {
        return List.of();
    }

    @Override
    public IpcReply.Outcome cleanup(String resource, String node) {
        return apply(new CibUpdate.ForgetResourceHistory(node, resource));
    }
}
