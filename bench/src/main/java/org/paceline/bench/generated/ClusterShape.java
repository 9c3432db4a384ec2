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
    /** Sixteen nodes and three hundred primitives. */
    public static final ClusterShape MEDIUM = new ClusterShape("medium", 16, 300, 2);
    /** Fifty nodes and two thousand primitives in groups and clones. */
    public static final ClusterShape LARGE = new ClusterShape("large", 50, 2000, 3);

    public ClusterShape {
        if (nodes < 1 || primitives < 1) {
            throw new IllegalArgumentException("a cluster shape has at least one node and one primitive: "
                    + nodes + " nodes, " + primitives + " primitives");
        }
    }

    /** The named shapes, smallest first. */
    public static List<ClusterShape> presets() {
        return List.of(SMALL, MEDIUM, LARGE);
    }

    public static Optional<ClusterShape> preset(String name) {
        return presets().stream().filter(shape -> shape.name().equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return name + " (" + nodes + " nodes, " + primitives + " primitives)";
    }
}
