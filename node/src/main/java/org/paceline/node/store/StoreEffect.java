package org.paceline.node.store;

import org.paceline.cib.Cib;

/** What the {@link CibStore} asks its loop to do, in the order given. */
public sealed interface StoreEffect {

    /** Persist this copy (its version inside), then report it done. */
    record WriteCib(Cib cib) implements StoreEffect {}

    /** Tell a client how its update ended; released only once the version it names is durable. */
    record Acknowledge(String requestId, UpdateOutcome outcome) implements StoreEffect {}

    /** A new durable version, for whoever acts on the CIB (the controller runs the scheduler on it). */
    record CibCommitted(Cib cib) implements StoreEffect {}
}
