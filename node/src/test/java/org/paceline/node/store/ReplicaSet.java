package org.paceline.node.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.paceline.cib.Cib;
import org.paceline.node.membership.MembershipView;

/**
 * Several {@link CibReplication} cores joined by a queue of messages, for the tests: messages
 * arrive in the order sent, disks write at once unless a node's disk is held, partitions
 * drop messages between sides.
 */
final class ReplicaSet {
    final Map<String, CibReplication> replicas = new LinkedHashMap<>();
    final Map<String, Cib> disks = new LinkedHashMap<>();
    final Map<String, UpdateOutcome> acknowledged = new LinkedHashMap<>();
    private final ArrayDeque<Envelope> network = new ArrayDeque<>();
    private final Map<String, List<Cib>> heldWrites = new LinkedHashMap<>();
    private final Set<String> heldDisks = new HashSet<>();
    private final Map<String, MembershipView> views = new LinkedHashMap<>();
    private long viewId;

    private record Envelope(String from, String to, ReplicationMessage message) {}

    ReplicaSet(Cib start, String... nodes) {
        var view = new MembershipView(++viewId, List.of(nodes), false);
        for (String node : nodes) {
            replicas.put(node, new CibReplication(node, new CibStore(start), view));
            disks.put(node, start);
            views.put(node, view);
        }
    }

    void update(String node, String requestId, CibUpdate update) {
        replicas.get(node).update(requestId, update);
        settle();
    }

    /** Gives each group its own view (a partition), or one view to all (a merge). */
    void views(List<List<String>> groups, boolean merge) {
        viewId++;
        for (List<String> group : groups) {
            var view = new MembershipView(viewId, group, merge);
            for (String node : group) {
                views.put(node, view);
                replicas.get(node).viewChanged(view);
            }
        }
        settle();
    }

    /**
     * A new node joins the view {@code members}; with {@code lateView}, the copies the
     * members send at the view change reach it before it learns the view, as JGroups may
     * deliver them, and it drops them.
     */
    void join(String node, Cib disk, List<String> members, boolean lateView) {
        var alone = new MembershipView(++viewId, List.of(node), false);
        replicas.put(node, new CibReplication(node, new CibStore(disk), alone));
        disks.put(node, disk);
        views.put(node, alone);
        var view = new MembershipView(++viewId, members, false);
        for (String member : members) {
            if (!member.equals(node)) {
                views.put(member, view);
                replicas.get(member).viewChanged(view);
            }
        }
        if (lateView) {
            flushTo(node, alone);
        }
        views.put(node, view);
        replicas.get(node).viewChanged(view);
        settle();
    }

    /** Delivers what the members sent to {@code node} at once, while it still holds its lonely view. */
    private void flushTo(String node, MembershipView itsView) {
        for (var entry : List.copyOf(replicas.entrySet())) {
            if (entry.getKey().equals(node)) {
                continue;
            }
            for (ReplicationEffect effect : entry.getValue().ready()) {
                if (effect instanceof ReplicationEffect.Send send && send.toNode().equals(node)) {
                    replicas.get(node).received(entry.getKey(), send.message());
                } else {
                    carry(entry.getKey(), entry.getValue(), effect);
                }
            }
        }
    }

    /** A node's process dies; it comes back later from its disk alone. */
    void crash(String node) {
        replicas.remove(node);
        heldWrites.remove(node);
        network.removeIf(envelope -> envelope.to().equals(node) || envelope.from().equals(node));
    }

    void restart(String node, List<String> viewMembers) {
        var alone = new MembershipView(++viewId, List.of(node), false);
        replicas.put(node, new CibReplication(node, new CibStore(disks.get(node)), alone));
        views.put(node, alone);
        settle();
    }

    void holdDisk(String node) {
        heldDisks.add(node);
    }

    void releaseDisk(String node) {
        heldDisks.remove(node);
        for (Cib cib : heldWrites.getOrDefault(node, List.of())) {
            disks.put(node, cib);
            replicas.get(node).written(cib);
        }
        heldWrites.remove(node);
        settle();
    }

    private void carry(String node, CibReplication replica, ReplicationEffect effect) {
        switch (effect) {
            case ReplicationEffect.WriteCib write -> {
                if (heldDisks.contains(node)) {
                    heldWrites.computeIfAbsent(node, n -> new ArrayList<>()).add(write.cib());
                } else {
                    disks.put(node, write.cib());
                    replica.written(write.cib());
                }
            }
            case ReplicationEffect.Send send -> network.add(new Envelope(node, send.toNode(), send.message()));
            case ReplicationEffect.Acknowledge ack -> acknowledged.put(ack.requestId(), ack.outcome());
            case ReplicationEffect.Committed committed -> { }
        }
    }

    Cib current(String node) {
        return replicas.get(node).current();
    }

    /** Carries out effects and delivers messages until nothing moves. */
    void settle() {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (var entry : List.copyOf(replicas.entrySet())) {
                String node = entry.getKey();
                for (ReplicationEffect effect : entry.getValue().ready()) {
                    moved = true;
                    carry(node, entry.getValue(), effect);
                }
            }
            while (!network.isEmpty()) {
                moved = true;
                Envelope envelope = network.poll();
                CibReplication to = replicas.get(envelope.to());
                MembershipView senderView = views.get(envelope.from());
                if (to != null && senderView != null && senderView.contains(envelope.to())
                        && views.get(envelope.to()).equals(senderView)) {
                    to.received(envelope.from(), envelope.message());
                }
            }
        }
    }
}
