package org.paceline.bench.generated;

/** The moment a generated cluster is caught at: everything in place, or just after a node crashed. */
public enum ClusterCondition {
    /** Every node online, everything running where it belongs: neither scheduler has anything to do. */
    HEALTHY,
    /**
     * One node that runs resources has left the membership without a shutdown (its
     * {@code node_state}: not in the membership, its controller offline, expected a member),
     * as after a crash or a power loss: it must be fenced and its resources moved.
     */
    NODE_LOST;

    /** How reports call it: {@code healthy}, {@code node-lost}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
