package org.paceline.cib;

import java.util.Comparator;

/**
 * A CIB's version: which of two copies is newer. Compared field by field, admin_epoch
 * first, as Pacemaker does after a partition heals.
 */
public record CibVersion(long adminEpoch, long epoch, long numUpdates) implements Comparable<CibVersion> {
    public static final CibVersion ZERO = new CibVersion(0, 0, 0);

    private static final Comparator<CibVersion> ORDER = Comparator.comparingLong(CibVersion::adminEpoch)
            .thenComparingLong(CibVersion::epoch)
            .thenComparingLong(CibVersion::numUpdates);

    public CibVersion {
        if (adminEpoch < 0 || epoch < 0 || numUpdates < 0) {
            throw new IllegalArgumentException("CIB version fields are never negative: " + adminEpoch + "." + epoch + "." + numUpdates);
        }
    }

    /** The version after a configuration change: epoch up, num_updates back to zero. */
    public CibVersion nextEpoch() {
        return new CibVersion(adminEpoch, epoch + 1, 0);
    }

    /** The version after a status-only change. */
    public CibVersion nextUpdate() {
        return new CibVersion(adminEpoch, epoch, numUpdates + 1);
    }

    @Override
    public int compareTo(CibVersion other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return adminEpoch + "." + epoch + "." + numUpdates;
    }
}
