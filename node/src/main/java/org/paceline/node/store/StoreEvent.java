package org.paceline.node.store;

import org.paceline.cib.Cib;
import org.paceline.cib.CibVersion;

/** What goes into the {@link CibStore}: update requests, peers' copies and write failures. */
public sealed interface StoreEvent {

    /**
     * A client's update, in the order the DC serialises them.
     *
     * @param requestId the client's name for the request, returned in its {@link StoreEffect.Acknowledge}
     */
    record UpdateRequested(String requestId, CibUpdate update) implements StoreEvent {}

    /** A peer's copy, after a partition heals or at join: kept when its version is higher. */
    record PeerCibReceived(Cib cib) implements StoreEvent {}

    /**
     * The DC's copy, at a member that is not the DC: kept when its version is higher, and
     * also on a tie when the two differ (two partitions that each made one change), so
     * that every member ends with the DC's copy.
     */
    record DcCibReceived(Cib cib) implements StoreEvent {}

    /**
     * A {@link StoreEffect.WriteCib} that did not reach the disk: its acknowledgements stay
     * held and the write is offered again.
     *
     * @param reason the I/O error in one line
     */
    record WriteFailed(CibVersion version, String reason) implements StoreEvent {}
}
