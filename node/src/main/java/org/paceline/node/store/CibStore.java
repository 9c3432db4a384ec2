package org.paceline.node.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.paceline.cib.Cib;
import org.paceline.cib.CibVersion;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;

/**
 * The node's CIB as a pure state machine: applies updates in the order they come,
 * versions them, and releases each acknowledgement only once the version holding it is
 * durable.
 *
 * <p>Events go in through {@link #step}; {@link #ready} gives the effects due, in order
 * ({@code WriteCib} before any {@code Acknowledge} that waits for it); the loop carries
 * them out and reports them through {@link #advance}. Acknowledgements leave in the
 * order their requests came. At most one write is outstanding: a write of a newer
 * version makes every older one durable too, so versions applied meanwhile are written
 * together. No I/O, no clock, no threads; not thread-safe: one loop thread owns it.
 */
public final class CibStore {
    private Cib current;
    private CibVersion durable;
    private Cib writing;
    private Cib committed;
    /** The DC's copy replaced ours at the same version: it must be written all the same. */
    private boolean tieAdopted;
    private final ArrayDeque<PendingAcknowledge> acknowledgements = new ArrayDeque<>();

    /**
     * A store starting from a copy already on disk (or a fresh node's empty CIB, whose
     * version is durable because there is nothing to lose).
     */
    public CibStore(Cib durableCib) {
        this.current = durableCib;
        this.durable = durableCib.version();
    }

    /** The newest CIB, including changes not yet durable: what the next update applies to. */
    public Cib current() {
        return current;
    }

    /** The highest version known to be on disk. */
    public CibVersion durableVersion() {
        return durable;
    }

    /** Takes one event; never blocks, never does I/O. */
    public void step(StoreEvent event) {
        switch (event) {
            case StoreEvent.UpdateRequested request -> update(request.requestId(), request.update());
            case StoreEvent.PeerCibReceived peer -> {
                if (CibMerge.newest(current, peer.cib()) != current) {
                    adopt(peer.cib());
                }
            }
            case StoreEvent.DcCibReceived dc -> {
                int order = dc.cib().version().compareTo(current.version());
                if (order > 0 || (order == 0 && !dc.cib().equals(current))) {
                    adopt(dc.cib());
                }
            }
            case StoreEvent.WriteFailed failed -> {
                if (writing != null && writing.version().equals(failed.version())) {
                    writing = null;
                }
            }
        }
    }

    /**
     * The effects due now, each given once: a {@code WriteCib} when the current version is
     * not on disk and no write is outstanding, then the acknowledgements whose versions
     * are durable, then {@code CibCommitted} for a version that became durable.
     */
    public List<StoreEffect> ready() {
        var effects = new ArrayList<StoreEffect>();
        if (writing == null && (current.version().compareTo(durable) > 0 || tieAdopted)) {
            tieAdopted = false;
            writing = current;
            effects.add(new StoreEffect.WriteCib(current));
        }
        while (!acknowledgements.isEmpty() && acknowledgements.peek().isDurable(durable)) {
            effects.add(acknowledgements.poll().effect());
        }
        if (committed != null) {
            effects.add(new StoreEffect.CibCommitted(committed));
            committed = null;
        }
        return List.copyOf(effects);
    }

    /**
     * Reports effects carried out. A {@code WriteCib} reported here is on disk: its version
     * and every older one are durable.
     *
     * @throws IllegalStateException when a write is reported that was not handed out
     */
    public void advance(List<StoreEffect> done) {
        for (StoreEffect effect : done) {
            if (effect instanceof StoreEffect.WriteCib write) {
                if (write.cib() != writing) {
                    throw new IllegalStateException("the write of CIB version " + write.cib().version()
                            + " was not handed out, or was reported twice");
                }
                writing = null;
                int order = write.cib().version().compareTo(durable);
                // At the same version only the DC's copy adopted on a tie is written: it is news.
                if (order > 0 || (order == 0 && write.cib() == current)) {
                    durable = write.cib().version();
                    committed = write.cib();
                }
            }
        }
    }

    private void update(String requestId, CibUpdate update) {
        Parsed<Cib> result = CibUpdates.apply(current, update);
        switch (result) {
            case Parsed.Valid<Cib> valid -> {
                current = valid.value();
                acknowledgements.add(new PendingAcknowledge(requestId,
                        new UpdateOutcome.Applied(current.version())));
            }
            case Parsed.Invalid<Cib> invalid -> acknowledgements.add(new PendingAcknowledge(requestId,
                    new UpdateOutcome.Rejected(invalid.problems())));
        }
    }

    /**
     * Takes the copy that won. Our changes that were not yet durable are not in it: their
     * clients are told so rather than told they were applied.
     */
    private void adopt(Cib peer) {
        tieAdopted = peer.version().equals(current.version());
        current = peer;
        var problem = new Problem(CibUpdates.SOURCE, 0, 0, "update superseded: the cluster adopted CIB version "
                + peer.version() + " from a peer before this change was written");
        var kept = new ArrayList<PendingAcknowledge>();
        for (PendingAcknowledge pending : acknowledgements) {
            kept.add(pending.isDurable(durable) ? pending
                    : new PendingAcknowledge(pending.requestId(), new UpdateOutcome.Rejected(List.of(problem))));
        }
        acknowledgements.clear();
        acknowledgements.addAll(kept);
    }

    /** An acknowledgement waiting for its version to be durable (a rejection waits only for its turn). */
    private record PendingAcknowledge(String requestId, UpdateOutcome outcome) {
        boolean isDurable(CibVersion durable) {
            return !(outcome instanceof UpdateOutcome.Applied applied) || applied.version().compareTo(durable) <= 0;
        }

        StoreEffect effect() {
            return new StoreEffect.Acknowledge(requestId, outcome);
        }
    }
}
