package org.paceline.node.daemon;

import org.paceline.cib.Cib;
import org.paceline.cib.CibVersion;
import org.paceline.node.attributes.AttributeRequest;
import org.paceline.node.executor.OpResult;
import org.paceline.node.fencer.FenceAction;
import org.paceline.node.membership.MembershipView;
import org.paceline.node.store.CibUpdate;

/**
 * What reaches a {@link NodeCore}: from membership, the disk, the executor, clients and
 * timers. The instant it happened comes beside it, in {@link NodeCore#step}.
 */
public sealed interface NodeEvent {

    /** The members this node can talk to changed. */
    record ViewChanged(MembershipView view) implements NodeEvent {}

    /** A message from another member of the current view. */
    record MessageReceived(String from, ClusterMessage message) implements NodeEvent {}

    /** A {@link NodeEffect.WriteCib} reached the disk. */
    record CibWritten(Cib cib) implements NodeEvent {}

    /** A {@link NodeEffect.WriteCib} failed; its changes stay unacknowledged and the write is tried again. */
    record CibWriteFailed(CibVersion version, String reason) implements NodeEvent {}

    /** An operator's or agent's change, through the local socket. */
    record ClientUpdate(String requestId, CibUpdate update) implements NodeEvent {}

    /** An attribute change through the local socket ({@code attrd_updater}, {@code crm_attribute -l reboot}). */
    record ClientAttribute(AttributeRequest request) implements NodeEvent {}

    /** An operator's fencing request ({@code stonith_admin -B/-F/--confirm}). */
    record ClientFence(String requestId, String target, FenceAction action, boolean confirm) implements NodeEvent {}

    /** This node is asked to leave the cluster cleanly (SIGTERM): its resources stop first. */
    record ShutdownRequested() implements NodeEvent {}

    /** A {@link NodeEffect.Execute} ended. */
    record OperationExecuted(int callId, OpResult result) implements NodeEvent {}

    /** A {@link NodeEffect.RunFenceAgent} began; {@code pid} is its program's, when one was started. */
    record FenceAgentStarted(String operationId, java.util.OptionalLong pid) implements NodeEvent {}

    /** A {@link NodeEffect.RunFenceAgent} ended. */
    record FenceAgentExecuted(String operationId, OpResult result) implements NodeEvent {}

    /** A timer set by {@link NodeEffect.SetTimer} went off. */
    record TimerFired(String timerId) implements NodeEvent {}
}
