package org.paceline.node.store;

import org.paceline.cib.Cib;

/** What the {@link CibReplication} asks its loop to do, in the order given. */
public sealed interface ReplicationEffect {

    /** Persist this copy on the local disk, then report it with {@link CibReplication#written}. */
    record WriteCib(Cib cib) implements ReplicationEffect {}

    /** Send a message to one member. */
    record Send(String toNode, ReplicationMessage message) implements ReplicationEffect {}

    /** Tell a local client how its update ended; an applied one is on the disk of every member in the view. */
    record Acknowledge(String requestId, UpdateOutcome outcome) implements ReplicationEffect {}

    /** A new version is durable here: whoever acts on the CIB (the controller, the attribute writer) takes it. */
    record Committed(Cib cib) implements ReplicationEffect {}
}
