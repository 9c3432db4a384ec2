package org.paceline.node.store;

import org.paceline.cib.Cib;
import org.paceline.cib.CibVersion;

/**
 * Where the {@link CibStoreLoop} delivers what the store decided: replies to clients,
 * new durable versions, and failed writes. Called on the loop's thread, one call at a
 * time; an implementation must not block for long.
 */
public interface StoreListener {

    /** The client's update ended so; an applied one is on disk. */
    void acknowledged(String requestId, UpdateOutcome outcome);

    /** A version became durable. */
    void committed(Cib cib);

    /** A write failed; its acknowledgements stay held and the write is tried again on the next event. */
    void writeFailed(CibVersion version, String reason);
}
