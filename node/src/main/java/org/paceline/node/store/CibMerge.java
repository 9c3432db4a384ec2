package org.paceline.node.store;

import org.paceline.cib.Cib;

/** How two copies of the CIB are reconciled after a partition or a restart: the highest version wins. */
public final class CibMerge {
    private CibMerge() {}

    /**
     * The copy with the higher version (admin_epoch, then epoch, then num_updates);
     * {@code local} on a tie, so that equal versions never cause a rewrite.
     */
    public static Cib newest(Cib local, Cib peer) {
        return peer.version().compareTo(local.version()) > 0 ? peer : local;
    }
}
