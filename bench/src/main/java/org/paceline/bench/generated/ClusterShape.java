package org.paceline.bench.generated;

import java.util.List;
import java.util.Optional;

/**
 * The size of a generated cluster and the seed that lays it out.
 *
 * @param name       how reports and benchmark parameters call it
 * @param nodes      cluster nodes, at least 1
 * @param primitives primitives in all, at least 1: one fencing device, the clones'
 *                   primitives, then group members and standalone primitives
 * @param seed       the layout's seed: the same shape gives the same CIB
 */
public record ClusterShape(String name, int nodes, int primitives, long seed) {
    /** Three nodes and a dozen primitives: the size of most of Pacemaker's regression inputs. */
    public static final ClusterShape SMALL = new ClusterShape("small", 3, 12, 1);
    /** Eight nodes and two hundred primitives: every kind of resource and constraint, quick to schedule. */
    public static final ClusterShape MEDIUM = new ClusterShape("medium", 8, 200, 2);
    /** Sixteen nodes and a thousand primitives: where crm_simulate 2.1 takes seconds. */
    public static final ClusterShape NODES_16_PRIMITIVES_1000 = new ClusterShape("16x1000", 16, 1000, 16);
    /** Thirty-two nodes and five thousand primitives: where crm_simulate 2.1 takes minutes. */
    public static final ClusterShape NODES_32_PRIMITIVES_5000 = new ClusterShape("32x5000", 32, 5000, 32);
    /** Thirty-two nodes and ten thousand primitives: Paceline's bar, one run under a second. */
    public static final ClusterShape NODES_32_PRIMITIVES_10000 = new ClusterShape("32x10000", 32, 10000, 33);

    public ClusterShape {
        if (nodes < 1 || primitives < 1) {
            throw new IllegalArgumentException("a cluster shape has at least one node and one primitive: "
                    + nodes + " nodes, " + primitives + " primitives");
        }
    }

    /** The named shapes, smallest first. */
    public static List<ClusterShape> presets() {
        return List.of(SMALL, MEDIUM, NODES_16_PRIMITIVES_1000, NODES_32_PRIMITIVES_5000, NODES_32_PRIMITIVES_10000);
    }

    /** The shapes the scheduler issue sets its bars at, smallest first. */
    public static List<ClusterShape> benchmarked() {
        return List.of(NODES_16_PRIMITIVES_1000, NODES_32_PRIMITIVES_5000, NODES_32_PRIMITIVES_10000);
    }

    /** Node count times primitive count: what the scheduler's time may grow with, no faster. */
    public long size() {
        return (long) nodes * primitives;
    }

    public static Optional<ClusterShape> preset(String name) {
        return presets().stream().filter(shape -> shape.name().equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return name + " (" + nodes + " nodes, " + primitives + " primitives)";
    }
}
