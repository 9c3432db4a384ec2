package org.paceline.node.controller;

import java.time.Instant;

import org.paceline.cib.Cib;

/**
 * What the DC's controller is told. Every event carries the instant it happened: the
 * controller has no clock, and records and plans with these instants alone.
 */
public sealed interface ControllerEvent {
    Instant now();

    /** This node was elected DC: from now on it plans and executes. */
    record BecameDc(Instant now) implements ControllerEvent {}

    /**
     * This node is no longer DC: it stops planning. Operations already running on nodes
     * go on; their results go to the new DC.
     */
    record LostDc(Instant now) implements ControllerEvent {}

    /** The store committed a CIB version (the store's {@code CibCommitted}); also the first CIB. */
    record CibChanged(Cib committed, Instant now) implements ControllerEvent {}

    /** A node answered an operation: a transition's action, or a recurring monitor whose result changed. */
    record OperationFinished(OperationReport report, Instant now) implements ControllerEvent {}

    /**
     * The fencer's answer to a {@code Fence} effect.
     *
     * @param action the fencing action asked for (reboot, off, on)
     * @param by     the node that carried it out
     * @param device the device that succeeded (or was tried last), or null when unknown
     */
    record FencingFinished(String target, String action, boolean success, String by, String device, Instant now)
            implements ControllerEvent {}

    /** A fence device was tried for a target: only logged ("Try to execute STONITH device ..."). */
    record FenceDeviceTried(String target, String action, String device, String on, boolean success, Instant now)
            implements ControllerEvent {}

    /** Membership lost a node (crashed, cut off, or left after its shutdown). */
    record NodeLeft(String node, Instant now) implements ControllerEvent {}

    /**
     * A node joined the cluster.
     *
     * @param nodeId its id, for a node_state created now (null: the configured id)
     */
    record NodeJoined(String node, String nodeId, Instant now) implements ControllerEvent {}

    /** A timer the controller set went off. */
    record TimerFired(String timerId, Instant now) implements ControllerEvent {}

    /** A node is asked to leave the cluster cleanly ({@code pacemakerd} stopping there). */
    record ShutdownRequested(String node, Instant now) implements ControllerEvent {}
}
