package org.paceline.bench.generated;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What a generated cluster holds and where each thing runs, before it is written as
 * configuration and status: both are derived from this one plan, so that the status
 * is a history the configuration could have produced and a healthy cluster has
 * nothing to do.
 *
 * <p>The cluster is opt-in ({@code symmetric-cluster=false}): each placement unit (a
 * group or a standalone primitive) may run on three nodes, with three different
 * scores so that no tie is left to a scheduler's tie-break, and is discovered there
 * only, so that the status holds a probe for every node a resource may run on without
 * thirty probes per resource. Units form colocation chains of four, some follow a clone
 * or a clone's promoted instance. Everything runs: a chain on the first node it may run
 * on that is not in standby, clones on every node but the one in standby. One
 * primitive in two hundred failed to start on the last node it may run on and was
 * stopped there, leaving a fail count that bans it from that node.
 *
 * @param nodes       node names, {@code node-01} first; node ids are their 1-based positions
 * @param standbyNode the node put in standby, or null when the cluster is too small for one
 * @param lostNode    the node that crashes in the node-lost condition, or null when the
 *                    cluster is too small to lose one: it runs resources, never the fencing device
 */
record ClusterLayout(ClusterShape shape, List<String> nodes, String standbyNode, String lostNode,
                     List<CloneSpec> clones, List<UnitSpec> units) {
    static final String FENCING_DEVICE = "fencing";
    static final int CHAIN_LENGTH = 4;
    static final int GROUP_SIZE = 4;
    /** Location scores of a unit's nodes, the one it prefers first. */
    static final List<String> UNIT_SCORES = List.of("100", "60", "30");

    /**
     * A clone of one primitive, allowed on every node.
     *
     * @param promotedNode where its one promoted instance runs, or null when not promotable
     */
    record CloneSpec(String id, PrimitiveSpec primitive, String promotedNode) {
        boolean promotable() {
            return promotedNode != null;
        }
    }

    /**
     * A group, or a standalone primitive, with where it may run and where it runs.
     *
     * @param groupId       the group's id, or null for a standalone primitive
     * @param allowed       the nodes it may run on, the one it prefers first
     * @param runningNode   where it runs: the first allowed node not in standby
     * @param after         the unit it is colocated with and ordered after, or null
     * @param followedClone the clone it is colocated with and ordered after, or null
     * @param promotedOf    the promotable clone whose promoted instance it follows, or null
     */
    record UnitSpec(String groupId, List<PrimitiveSpec> members, List<String> allowed, String runningNode,
                    String after, String followedClone, String promotedOf) {
        String id() {
            return groupId != null ? groupId : members.getFirst().id();
        }

        /** Where its failed members failed to start: the last node it may run on, when that is not where it runs. */
        String failedNode() {
            String last = allowed.getLast();
            return last.equals(runningNode) ? null : last;
        }
    }

    /**
     * One primitive and its agent.
     *
     * @param provider    null for the fencing device
     * @param params      instance attributes, name then value
     * @param startFailed true when it once failed to start on its unit's {@link UnitSpec#failedNode()}
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
        String lost = shape.nodes() >= 3 ? nodes.get(1) : null;
        int cloneCount = shape.primitives() > 2 ? Math.max(1, shape.primitives() / 100) : 0;
        int rest = Math.max(0, shape.primitives() - 1 - cloneCount);
        int groups = rest * 3 / 5 / GROUP_SIZE;
        int standalone = rest - groups * GROUP_SIZE;

        var followed = new ArrayList<Integer>();
        for (int c = 0; c < cloneCount; c++) {
            if (!promotable(c, cloneCount)) {
                followed.add(c);
            }
        }
        var units = new ArrayList<UnitSpec>();
        for (int u = 0; u < groups + standalone; u++) {
            boolean isGroup = u < groups;
            String groupId = isGroup ? "group-" + (u + 1) : null;
            List<PrimitiveSpec> members = isGroup
                    ? groupMembers(groupId, u, random)
                    : List.of(dummy("rsc-" + (u - groups + 1), random));
            // A chain shares its first unit's nodes: colocation with INFINITY leaves no other choice.
            boolean chained = u % CHAIN_LENGTH != 0;
            List<String> allowed = chained ? units.get(u - 1).allowed() : pickNodes(nodes, random);
            String running = allowed.stream().filter(node -> !node.equals(standby)).findFirst().orElseThrow();
            String after = chained ? units.get(u - 1).id() : null;
            // Only plain clones are followed in any role: a promotable clone's dependents would each
            // add their preferences to where it is promoted, which then moves with every resource added.
            String clone = followed.isEmpty() || u % 7 != 3 ? null : cloneId(followed.get(u % followed.size()));
            units.add(new UnitSpec(groupId, members, allowed, running, after, clone, null));
        }

        var clones = new ArrayList<CloneSpec>();
        for (int c = 0; c < cloneCount; c++) {
            boolean promotable = promotable(c, cloneCount);
            int follower = c * CHAIN_LENGTH;
            String promotedNode = null;
            if (promotable) {
                if (follower < units.size()) {
                    UnitSpec unit = units.get(follower);
                    promotedNode = unit.runningNode();
                    units.set(follower, new UnitSpec(unit.groupId(), unit.members(), unit.allowed(), unit.runningNode(),
                            unit.after(), null, cloneId(c)));
                } else {
                    promotedNode = nodes.getFirst();
                }
            }
            PrimitiveSpec primitive = promotable
                    ? new PrimitiveSpec("stateful-" + (c + 1), "ocf", "pacemaker", "Stateful", List.of(), false)
                    : new PrimitiveSpec("ping-" + (c + 1), "ocf", "pacemaker", "ping",
                            List.of("host_list", "10.0." + (c % 250) + ".1", "multiplier", "100"), false);
            clones.add(new CloneSpec(cloneId(c), primitive, promotedNode));
        }
        return new ClusterLayout(shape, List.copyOf(nodes), standby, lost, List.copyOf(clones), List.copyOf(units));
    }

    /** One clone in ten is promotable, and the last of fewer than ten when there are two or more. */
    private static boolean promotable(int clone, int cloneCount) {
        return clone % 10 == 9 || (cloneCount < 10 && clone == cloneCount - 1 && cloneCount > 1);
    }

    /** The fencing device: it may run anywhere, and runs on the first node. */
    PrimitiveSpec fencingDevice() {
        return new PrimitiveSpec(FENCING_DEVICE, "stonith", null, "fence_ipmilan",
                List.of("pcmk_host_list", String.join(",", nodes), "ip", "192.168.100.1", "username", "admin"), false);
    }

    /** Where the fencing device and the clones' instances run: every node but the one in standby. */
    boolean runsClones(String node) {
        return !node.equals(standbyNode);
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
