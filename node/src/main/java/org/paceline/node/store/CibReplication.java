package org.paceline.node.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.paceline.cib.Cib;
import org.paceline.cib.CibVersion;
import org.paceline.node.membership.MembershipView;

/**
 * The CIB kept alike on every member: the DC (the view's coordinator) applies every
 * update in turn, each member writes each version, and a client hears "applied" only once
 * every member of the view has that version on disk, so that whichever node crashes next,
 * the change is still on every node that is left.
 *
 * <p>Wraps one {@link CibStore}. A member other than the DC never applies an update
 * itself: it forwards it, and adopts the DC's copies. At each new view every member
 * offers its copy to the DC, which keeps the highest version (its own on a tie) and sends
 * it back to all: after a partition heals, or a node restarts with an older disk, the
 * highest version wins. An update forwarded to a DC that is lost before it answered is
 * answered "not applied" at the next view, never left waiting and never applied twice.
 *
 * <p>Pure: events in through the methods, effects out through {@link #ready}; no I/O,
 * no clock, no threads. Not thread-safe: one loop owns it.
 */
public final class CibReplication {
    private final String self;
    private final CibStore store;
    private MembershipView view;
    private final List<ReplicationEffect> effects = new ArrayList<>();
    /** Versions each other member reported durable, in the current view. */
    private final Map<String, CibVersion> peerDurable = new HashMap<>();
    /** Applied outcomes waiting for the other members' disks, in the order they were applied. */
    private final ArrayDeque<HeldAcknowledge> held = new ArrayDeque<>();
    /** Requests this node forwarded to the DC and not yet answered, by request id. */
    private final Map<String, String> forwarded = new LinkedHashMap<>();
    private long forwardedSequence;

    public CibReplication(String self, CibStore store, MembershipView firstView) {
        this.self = self;
        this.store = store;
        this.view = firstView;
    }

    /** The newest copy this node holds (not necessarily durable yet). */
    public Cib current() {
        return store.current();
    }

    /** Whether this node is the DC, the one that applies updates. */
    public boolean isDc() {
        return view.coordinator().equals(self);
    }

    public MembershipView view() {
        return view;
    }

    /** A local client's update. */
    public void update(String requestId, CibUpdate update) {
        if (requestId.contains(REMOTE)) {
            throw new IllegalArgumentException("a local request id never holds \"" + REMOTE + "\": " + requestId);
        }
        if (isDc()) {
            store.step(new StoreEvent.UpdateRequested(requestId, update));
            drainStore();
        } else {
            forwarded.put(requestId, view.coordinator());
            effects.add(new ReplicationEffect.Send(view.coordinator(), new ReplicationMessage.Forward(requestId, update)));
        }
    }

    /** A new view: re-elect, exchange copies, and settle what the old DC left unanswered. */
    public void viewChanged(MembershipView next) {
        String oldDc = view.coordinator();
        view = next;
        peerDurable.keySet().retainAll(next.members());
        if (!next.coordinator().equals(oldDc) || next.merge()) {
            // A request the lost DC never answered may or may not have been applied; the
            // copy that wins will say. The client hears it was not acknowledged and asks again.
            var unanswered = new ArrayList<>(forwarded.keySet());
            forwarded.clear();
            for (String requestId : unanswered) {
                effects.add(new ReplicationEffect.Acknowledge(requestId, rejected(
                        "the DC changed before it answered; check the CIB and repeat the change if it is missing")));
            }
        }
        if (!isDc() && !held.isEmpty()) {
            // Written here but perhaps not elsewhere, and the copy that wins the merge may lack
            // it: the client is not told "applied" unless that is sure.
            while (!held.isEmpty()) {
                HeldAcknowledge lost = held.poll();
                UpdateOutcome outcome = lost.outcome() instanceof UpdateOutcome.Applied
                        ? rejected("this node stopped being the DC before every member had the change; "
                                + "check the CIB and repeat the change if it is missing")
                        : lost.outcome();
                held.addFirst(new HeldAcknowledge(lost.requestId(), outcome));
                releaseFirst();
            }
        }
        if (isDc()) {
            for (String member : next.members()) {
                if (!member.equals(self)) {
                    effects.add(new ReplicationEffect.Send(member, new ReplicationMessage.Replicate(store.current())));
                }
            }
        } else {
            effects.add(new ReplicationEffect.Send(next.coordinator(), new ReplicationMessage.Offer(store.current())));
        }
        releaseHeld();
    }

    /** A message from another member. */
    public void received(String from, ReplicationMessage message) {
        switch (message) {
            case ReplicationMessage.Forward forward -> {
                if (!isDc()) {
                    // Sent to the DC of an older view: the sender settles it at its next view.
                    return;
                }
                store.step(new StoreEvent.UpdateRequested(remoteId(from, forward.requestId()), forward.update()));
            }
            case ReplicationMessage.Answer answer -> {
                if (forwarded.remove(answer.requestId()) != null) {
                    effects.add(new ReplicationEffect.Acknowledge(answer.requestId(), answer.outcome()));
                }
            }
            case ReplicationMessage.Replicate replicate -> {
                if (from.equals(view.coordinator()) && !isDc()) {
                    store.step(new StoreEvent.DcCibReceived(replicate.cib()));
                }
            }
            case ReplicationMessage.Offer offer -> {
                if (isDc()) {
                    CibVersion before = store.current().version();
                    store.step(new StoreEvent.PeerCibReceived(offer.cib()));
                    // A winning offer is written here next, and that write goes to every member.
                    // A losing one gets our copy back: the copy sent at the view change may have
                    // reached the member before it knew this node was its DC, and been ignored.
                    if (store.current().version().equals(before)) {
                        effects.add(new ReplicationEffect.Send(from, new ReplicationMessage.Replicate(store.current())));
                    }
                }
            }
            case ReplicationMessage.Durable durable -> {
                peerDurable.merge(from, durable.version(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
                releaseHeld();
            }
        }
        drainStore();
    }

    /** The {@link ReplicationEffect.WriteCib} of this copy is on disk. */
    public void written(Cib cib) {
        store.advance(List.of(new StoreEffect.WriteCib(cib)));
        drainStore();
    }

    /** The write of this version failed; it is offered again on the next event. */
    public void writeFailed(CibVersion version, String reason) {
        store.step(new StoreEvent.WriteFailed(version, reason));
        drainStore();
    }

    /** The effects due, each given once, in order. */
    public List<ReplicationEffect> ready() {
        drainStore();
        var due = List.copyOf(effects);
        effects.clear();
        return due;
    }

    private void drainStore() {
        for (StoreEffect effect : store.ready()) {
            switch (effect) {
                case StoreEffect.WriteCib write -> {
                    effects.add(new ReplicationEffect.WriteCib(write.cib()));
                    if (isDc()) {
                        // Peers write while we do: the acknowledgement waits for the slowest disk, not the sum.
                        for (String member : view.members()) {
                            if (!member.equals(self)) {
                                effects.add(new ReplicationEffect.Send(member,
                                        new ReplicationMessage.Replicate(write.cib())));
                            }
                        }
                    }
                }
                case StoreEffect.Acknowledge acknowledge -> {
                    held.add(new HeldAcknowledge(acknowledge.requestId(), acknowledge.outcome()));
                    releaseHeld();
                }
                case StoreEffect.CibCommitted committed -> {
                    effects.add(new ReplicationEffect.Committed(committed.cib()));
                    if (!isDc()) {
                        effects.add(new ReplicationEffect.Send(view.coordinator(),
                                new ReplicationMessage.Durable(committed.cib().version())));
                    }
                }
            }
        }
    }

    /** Releases, in order, the acknowledgements every other member now has on disk. */
    private void releaseHeld() {
        while (!held.isEmpty() && onEveryDisk(held.peek().outcome())) {
            releaseFirst();
        }
    }

    /** A forwarded request's answer goes back to its node; a local one to its client. */
    private void releaseFirst() {
        HeldAcknowledge next = held.poll();
        int marker = next.requestId().indexOf(REMOTE);
        if (marker >= 0) {
            String origin = next.requestId().substring(0, marker);
            String requestId = next.requestId().substring(marker + REMOTE.length());
            effects.add(new ReplicationEffect.Send(origin, new ReplicationMessage.Answer(requestId, next.outcome())));
        } else {
            effects.add(new ReplicationEffect.Acknowledge(next.requestId(), next.outcome()));
        }
    }

    private boolean onEveryDisk(UpdateOutcome outcome) {
        if (!(outcome instanceof UpdateOutcome.Applied applied)) {
            return true;
        }
        for (String member : view.members()) {
            if (member.equals(self)) {
                continue;
            }
            CibVersion theirs = peerDurable.get(member);
            if (theirs == null || theirs.compareTo(applied.version()) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Marks a request id as another node's: {@code pm02//17}. Local request ids never hold it. */
    private static final String REMOTE = "//";

    private String remoteId(String from, String requestId) {
        return from + REMOTE + requestId;
    }

    /** A fresh request id for a local client that has none of its own. */
    public String nextRequestId() {
        return self + "-" + (++forwardedSequence);
    }

    private static UpdateOutcome rejected(String message) {
        return new UpdateOutcome.Rejected(List.of(new org.paceline.cib.Problem(CibUpdates.SOURCE, 0, 0, message)));
    }

    private record HeldAcknowledge(String requestId, UpdateOutcome outcome) {}
}
