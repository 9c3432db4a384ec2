package org.paceline.node.store;

import org.paceline.cib.Cib;
import org.paceline.cib.CibVersion;

/**
 * What the {@link CibReplication} cores of a cluster tell each other. The DC serialises
 * every update; the others keep copies and say when each is on their disk.
 */
public sealed interface ReplicationMessage {

    /** A client's update, from the node the client asked to the DC. */
    record Forward(String requestId, CibUpdate update) implements ReplicationMessage {}

    /** How a forwarded update ended, from the DC back to the node that forwarded it. */
    record Answer(String requestId, UpdateOutcome outcome) implements ReplicationMessage {}

    /** The DC's copy, to every other member, each time a version is written. */
    record Replicate(Cib cib) implements ReplicationMessage {}

    /** A member's copy, to a new DC, so that after a merge or a restart the highest version wins. */
    record Offer(Cib cib) implements ReplicationMessage {}

    /** A member has this version (and every older one) on its disk. */
    record Durable(CibVersion version) implements ReplicationMessage {}
}
