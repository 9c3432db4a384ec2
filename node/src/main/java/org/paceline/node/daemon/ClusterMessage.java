package org.paceline.node.daemon;

import org.paceline.node.attributes.AttributeRequest;
import org.paceline.node.controller.OperationReport;
import org.paceline.node.controller.OperationRequest;
import org.paceline.node.fencer.FenceAction;
import org.paceline.node.fencer.FenceResult;
import org.paceline.node.store.ReplicationMessage;

/**
 * Everything one node's daemon says to another's, by the part it is for. Encoded by
 * {@link ClusterMessageCodec} at the membership seam, so that the cores deal in records.
 */
public sealed interface ClusterMessage {

    /** For the CIB replication: updates to the DC, copies and durability reports back. */
    record Replication(ReplicationMessage message) implements ClusterMessage {}

    /** The DC asks this node to run an operation. */
    record RunOperation(OperationRequest request) implements ClusterMessage {}

    /** The DC asks this node to stop repeating a recurring monitor. */
    record CancelRecurring(OperationRequest cancel) implements ClusterMessage {}

    /** A node tells the DC how an operation ended. */
    record Report(OperationReport report) implements ClusterMessage {}

    /** An attribute change, to every member: each keeps the values, the writer writes them. */
    record Attribute(AttributeRequest request) implements ClusterMessage {}

    /**
     * An operator's fencing request, to the DC, whose fencer runs the devices.
     *
     * @param confirm true for {@code stonith_admin --confirm}: nothing runs, the operator vouches
     */
    record FenceRequest(String requestId, String target, FenceAction action, boolean confirm) implements ClusterMessage {}

    /** How an operator's fencing request ended, from the DC back to the node that asked. */
    record FenceAnswer(String requestId, FenceResult result) implements ClusterMessage {}

    /** A node asks the DC to stop what runs on it, so that it may leave the cluster. */
    record ShutdownRequest() implements ClusterMessage {}

    /** The DC tells a node that nothing runs on it any more: its daemon may stop. */
    record ShutdownReady() implements ClusterMessage {}
}
