package org.paceline.node.daemon;

import org.paceline.node.store.ReplicationMessage;

/**
 * Everything one node's daemon says to another's, by the part it is for. Encoded by
 * {@link ClusterMessageCodec} at the membership seam, so that the cores deal in records.
 */
public sealed interface ClusterMessage {

    /** For the CIB replication: updates to the DC, copies and durability reports back. */
    record Replication(ReplicationMessage message) implements ClusterMessage {}
}
