package org.paceline.node.daemon;

import java.time.Instant;

import org.paceline.cib.Cib;
import org.paceline.cib.CibVersion;
import org.paceline.node.membership.MembershipView;
import org.paceline.node.store.CibUpdate;

/** What reaches a {@link NodeCore}: from membership, the disk, clients and timers. */
public sealed interface NodeEvent {

    /** The members this node can talk to changed. */
    record ViewChanged(MembershipView view, Instant at) implements NodeEvent {}

    /** A message from another member of the current view. */
    record MessageReceived(String from, ClusterMessage message, Instant at) implements NodeEvent {}

    /** A {@link NodeEffect.WriteCib} reached the disk. */
    record CibWritten(Cib cib) implements NodeEvent {}

    /** A {@link NodeEffect.WriteCib} failed; its changes stay unacknowledged and the write is tried again. */
    record CibWriteFailed(CibVersion version, String reason) implements NodeEvent {}

    /** An operator's or agent's change, through the local socket. */
    record ClientUpdate(String requestId, CibUpdate update) implements NodeEvent {}
}
