package org.paceline.bench.generated;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What a generated cluster holds and where each thing prefers to run, before it is
 * written as configuration and status: both are derived from this one plan, so the
 * status is a history the configuration could have produced.
 *
 * <p>The cluster is opt-in ({@code symmetric-cluster=false}): each placement unit (a
 * group or a standalone primitive) may run on three nodes, discovered there only, so
 * that the status holds a probe for every node a resource may run on without fifty
 * probes per resource. Units form colocation chains of four, some follow a clone or a
 * clone's promoted instance. The cluster is starting: every resource was probed and
 * found stopped, so the scheduler places and starts everything. Running resources would
 * need the {@code op-digest} of their parameters, which only Pacemaker computes; without
 * it, Pacemaker restarts them all. A few things make placement less plain: one node is in
 * standby, one unit in a hundred is new (never probed), one primitive in two hundred
 * failed to start on the node it prefers.
 *
 * @param nodes       node names, {@code node-01} first; node ids are their 1-based positions
 * @param standbyNode the node put in standby, or null when the cluster is too small for one
 */
record ClusterLayout(ClusterShape shape, List<String> nodes, String standbyNode, List<CloneSpec> clones,
                     List<UnitSpec> units) {
    static final String FENCING_DEVICE = "fencing";
    static final int CHAIN_LENGTH = 4;
    static final int GROUP_SIZE = 4;

    /**
     * A clone of one primitive, allowed on every node.
     *
     * @param promotedNode where its one instance prefers to be promoted, or null when not promotable
     */
    record CloneSpec(String id, PrimitiveSpec primitive, String promotedNode) {
        boolean promotable() {
            return promotedNode != null;
        }
    }

    /**
     * A group, or a standalone primitive, with where it may run.
     *
     * @param groupId     the group's id, or null for a standalone primitive
     * @param allowed     the nodes it may run on, the one it prefers first
     * @param after       the unit it is colocated with and ordered after, or null
     * @param followedClone the clone it is colocated with and ordered after, or null
     * @param promotedOf  the promotable clone whose promoted instance it follows, or null
     * @param fresh       true when it was just added: no history anywhere
     */
    record UnitSpec(String groupId, List<PrimitiveSpec> members, List<String> allowed, String after, String followedClone,
                    String promotedOf, boolean fresh) {
        String id() {
            return groupId != null ? groupId : members.getFirst().id();
        }

        String home() {
            return allowed.getFirst();
        }
    }

    /**
     * One primitive and its agent.
     *
     * @param provider      null for the fencing device
     * @param params        instance attributes, name then value
     * @param startFailed true when it failed to start on the node it prefers
     */
    record PrimitiveSpec(String id, String resourceClass, String provider, String type, List<String> params,
                         boolean startFailed) {}

    static ClusterLayout of(ClusterShape shape) {
        var random = new SplittableRandom(shape.seed());
        var nodes = new ArrayList<String>();
        for (int i = 1; i <= shape.nodes(); i++) {
            nodes.add("node-%02d".formatted(i));
        }
        String standby = shape.nodes() >= 5 ? nodes.get(3) : null;
        int cloneCount = shape.primitives() > 2 ? Math.max(1, shape.primitives() / 100) : 0;
        int rest = Math.max(0, shape.primitives() - 1 - cloneCount);
        int groups = rest * 3 / 5 / GROUP_SIZE;
        int standalone = rest - groups * GROUP_SIZE;

        var units = new ArrayList<UnitSpec>();
        int fresh = Math.max(1, (groups + standalone) / 100);
        for (int u = 0; u < groups + standalone; u++) {
            boolean isGroup = u < groups;
            String groupId = isGroup ? "group-" + (u + 1) : null;
            List<PrimitiveSpec> members = isGroup
                    ? groupMembers(groupId, u, random)
                    : List.of(dummy("rsc-" + (u - groups + 1), random));
            // A chain shares its first unit's nodes: colocation with INFINITY leaves no other choice.
            boolean chained = u % CHAIN_LENGTH != 0;
            List<String> allowed = chained ? units.get(u - 1).allowed() : pickNodes(nodes, random);
            String after = chained ? units.get(u - 1).id() : null;
            String clone = cloneCount > 0 && u % 7 == 3 ? cloneId(u % cloneCount) : null;
            boolean isFresh = !isGroup && u >= groups + standalone - fresh;
            units.add(new UnitSpec(groupId, members, allowed, after, clone, null, isFresh));
        }

        var clones = new ArrayList<CloneSpec>();
        for (int c = 0; c < cloneCount; c++) {
            boolean promotable = c % 10 == 9 || (cloneCount < 10 && c == cloneCount - 1 && cloneCount > 1);
            int follower = c * CHAIN_LENGTH;
            String promotedNode = null;
            if (promotable) {
                promotedNode = nodes.get(random.nextInt(nodes.size()));
                if (follower < units.size()) {
                    UnitSpec unit = units.get(follower);
                    promotedNode = unit.home();
                    units.set(follower, new UnitSpec(unit.groupId(), unit.members(), unit.allowed(), unit.after(),
                            null, cloneId(c), unit.fresh()));
                }
            }
            PrimitiveSpec primitive = promotable
                    ? new PrimitiveSpec("stateful-" + (c + 1), "ocf", "pacemaker", "Stateful", List.of(), false)
                    : new PrimitiveSpec("ping-" + (c + 1), "ocf", "pacemaker", "ping",
                            List.of("host_list", "10.0." + (c % 250) + ".1", "multiplier", "100"), false);
            clones.add(new CloneSpec(cloneId(c), primitive, promotedNode));
        }
        return new ClusterLayout(shape, List.copyOf(nodes), standby, List.copyOf(clones), List.copyOf(units));
    }

    /** The fencing device: it may run anywhere. */
    PrimitiveSpec fencingDevice() {
        return new PrimitiveSpec(FENCING_DEVICE, "stonith", null, "fence_ipmilan",
                List.of("pcmk_host_list", String.join(",", nodes), "ip", "192.168.100.1", "username", "admin"), false);
    }

    String nodeId(String node) {
        return Integer.toString(nodes.indexOf(node) + 1);
    }

    static String cloneId(int index) {
        return "clone-" + (index + 1);
    }

    private static List<PrimitiveSpec> groupMembers(String groupId, int unit, SplittableRandom random) {
        String address = "10." + (1 + unit / 62500) + "." + (unit / 250 % 250) + "." + (1 + unit % 250);
        return List.of(
                new PrimitiveSpec(groupId + "-ip", "ocf", "heartbeat", "IPaddr2",
                        List.of("ip", address, "cidr_netmask", "16"), failed(random)),
                new PrimitiveSpec(groupId + "-fs", "ocf", "heartbeat", "Filesystem",
                        List.of("device", "/dev/disk/by-label/" + groupId, "directory", "/srv/" + groupId, "fstype", "xfs"),
                        failed(random)),
                dummy(groupId + "-app", random),
                dummy(groupId + "-check", random));
    }

    private static PrimitiveSpec dummy(String id, SplittableRandom random) {
        return new PrimitiveSpec(id, "ocf", "pacemaker", "Dummy", List.of("state", "/run/" + id + ".state"),
                failed(random));
    }

    private static boolean failed(SplittableRandom random) {
        return random.nextInt(200) == 0;
    }

    /** Three distinct nodes (fewer in a smaller cluster), in the order drawn. */
    private static List<String> pickNodes(List<String> nodes, SplittableRandom random) {
        var picked = new ArrayList<String>();
        int wanted = Math.min(3, nodes.size());
        while (picked.size() < wanted) {
            String node = nodes.get(random.nextInt(nodes.size()));
            if (!picked.contains(node)) {
                picked.add(node);
            }
        }
        return List.copyOf(picked);
    }
}
