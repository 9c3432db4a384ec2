package org.paceline.node.membership;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * A deterministic in-memory network of {@link Membership} members, for whole clusters
 * simulated in one JVM: it delivers, delays, drops, partitions and heals.
 *
 * <p>Nothing happens on its own: views and messages wait in a queue ordered by delivery
 * time (then by the order they were queued) until {@link #deliverDue} delivers those whose
 * time has come on the injected clock. Delays and drops come from the injected random
 * source, so one seed replays one run exactly. No threads: listeners are called on the
 * thread that calls {@link #deliverDue}, and may send from inside their callbacks.
 *
 * <p>It keeps JGroups' promises, so a daemon cannot tell the two apart: views list
 * members oldest first (the first is the coordinator), a view that joins partitions is a
 * merge, messages between two members are delivered in the order sent, and a message is
 * delivered only while sender and receiver can reach each other and the receiver's view
 * holds the sender. A crashed or cut-off member leaves the others' views after the
 * failure-detection delay; a member that stops leaves at once.
 */
public final class SimNetwork {

    /** More deliveries than this at one instant means listeners answer each other forever. */
    private static final int MAX_DELIVERIES_PER_CALL = 1_000_000;

    private final InstantSource clock;
    private final RandomGenerator random;
    private final Map<String, SimMember> members = new TreeMap<>();
    private final PriorityQueue<Delivery> queue = new PriorityQueue<>(
            Comparator.comparing(Delivery::at).thenComparingLong(Delivery::sequence));
    private final Map<String, Instant> lastDeliveryOnLink = new HashMap<>();
    private List<Set<String>> sides = List.of();
    private Duration minDelay = Duration.ofMillis(1);
    private Duration maxDelay = Duration.ofMillis(1);
    private Duration failureDetection = Duration.ZERO;
    private double dropRate;
    private long sequence;
    private long joins;
    private long lastViewId;

    public SimNetwork(InstantSource clock, RandomGenerator random) {
        this.clock = clock;
        this.random = random;
    }

    /** Each message takes between {@code min} and {@code max} to arrive (1 ms by default). */
    public SimNetwork delays(Duration min, Duration max) {
        if (min.isNegative() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("delays need 0 <= min <= max, not " + min + " and " + max);
        }
        this.minDelay = min;
        this.maxDelay = max;
        return this;
    }

    /** Each message is lost with this probability (0 by default), to test what resends. */
    public SimNetwork drops(double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("a drop rate is between 0 and 1, not " + rate);
        }
        this.dropRate = rate;
        return this;
    }

    /** How long a crash or a cut takes to change the others' views (0 by default). */
    public SimNetwork detectsFailuresAfter(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a detection delay is not negative: " + delay);
        }
        this.failureDetection = delay;
        return this;
    }

    /** The membership seam of one node; the same object on every call for one name. */
    public Membership member(String node) {
        return members.computeIfAbsent(node, SimMember::new);
    }

    /**
     * Cuts the network into sides: nodes on one side reach each other only; a started node
     * on no side is alone. Replaces any earlier partition.
     */
    public void partition(List<Set<String>> newSides) {
        var seen = new HashSet<String>();
        for (Set<String> side : newSides) {
            for (String node : side) {
                if (!seen.add(node)) {
                    throw new IllegalArgumentException("node " + node + " is on two sides of the partition");
                }
            }
        }
        this.sides = newSides.stream().map(Set::copyOf).toList();
        regroup(failureDetection);
    }

    /** Joins every side again; the views merge after the failure-detection delay. */
    public void heal() {
        this.sides = List.of();
        regroup(failureDetection);
    }

    /** Kills a node without a word: it hears nothing more, the others notice after the detection delay. */
    public void crash(String node) {
        SimMember member = members.get(node);
        if (member == null || !member.up) {
            throw new IllegalStateException("node " + node + " is not running, so it cannot crash");
        }
        member.down();
        regroup(failureDetection);
    }

    /** When the next queued view or message is due, if any. */
    public Optional<Instant> nextDeliveryAt() {
        Delivery next = queue.peek();
        return next == null ? Optional.empty() : Optional.of(next.at());
    }

    /**
     * Delivers every view and message due at the clock's instant, including those the
     * listeners send meanwhile with no delay, and says how many.
     *
     * @throws IllegalStateException when listeners keep answering each other without end
     */
    public int deliverDue() {
        Instant now = clock.instant();
        int delivered = 0;
        while (!queue.isEmpty() && !queue.peek().at().isAfter(now)) {
            if (delivered == MAX_DELIVERIES_PER_CALL) {
                throw new IllegalStateException("the network delivered " + delivered + " events at " + now
                        + ": listeners answer each other without end");
            }
            deliver(queue.poll());
            delivered++;
        }
        return delivered;
    }

    /** The view a node last heard, if it is running and has heard one. */
    public Optional<MembershipView> viewOf(String node) {
        SimMember member = members.get(node);
        return member == null || !member.up ? Optional.empty() : Optional.ofNullable(member.view);
    }

    private void deliver(Delivery delivery) {
        SimMember to = members.get(delivery.to());
        if (!to.up || to.incarnation != delivery.incarnation()) {
            return;
        }
        if (delivery.view() != null) {
            // A view overtaken by a newer one (a join seen before a slower crash detection) is skipped.
            if (to.view != null && delivery.view().id() <= to.view.id()) {
                return;
            }
            to.view = delivery.view();
            to.listener.viewChanged(delivery.view());
            return;
        }
        SimMember from = members.get(delivery.from());
        if (to.view == null || !to.view.contains(from.name) || !reachable(from.name, to.name)) {
            return;
        }
        to.listener.received(from.name, delivery.message().clone());
    }

    private void send(SimMember from, String to, byte[] message) {
        SimMember target = members.get(to);
        if (!from.up || from.view == null || !from.view.contains(to) || target == null || !target.up) {
            return;
        }
        if (dropRate > 0 && random.nextDouble() < dropRate) {
            return;
        }
        Instant at = clock.instant().plus(delay());
        // Members in one view get each other's messages in the order sent, whatever the delays.
        String link = from.name + "\u0000" + to;
        Instant previous = lastDeliveryOnLink.get(link);
        if (previous != null && previous.isAfter(at)) {
            at = previous;
        }
        lastDeliveryOnLink.put(link, at);
        queue.add(new Delivery(at, sequence++, to, target.incarnation, from.name, null, message.clone()));
    }

    private Duration delay() {
        long spanNanos = maxDelay.minus(minDelay).toNanos();
        return spanNanos == 0 ? minDelay : minDelay.plusNanos(random.nextLong(spanNanos + 1));
    }

    private boolean reachable(String a, String b) {
        if (sides.isEmpty() || a.equals(b)) {
            return true;
        }
        return sides.stream().anyMatch(side -> side.contains(a) && side.contains(b));
    }

    /** Gives every running node whose reachable set changed a new view, due after {@code after}. */
    private void regroup(Duration after) {
        Instant at = clock.instant().plus(after);
        var groups = new LinkedHashMap<String, List<SimMember>>();
        for (SimMember member : members.values()) {
            if (member.up) {
                groups.computeIfAbsent(groupOf(member.name), g -> new ArrayList<>()).add(member);
            }
        }
        for (List<SimMember> group : groups.values()) {
            group.sort(Comparator.comparingLong(m -> m.joinedAt));
            List<String> names = group.stream().map(m -> m.name).toList();
            if (group.stream().allMatch(m -> names.equals(m.scheduledMembers))) {
                continue;
            }
            // A merge joins members that had views of their own; a fresh member has none.
            long previousViews = group.stream().filter(m -> m.scheduledViewId > 0)
                    .mapToLong(m -> m.scheduledViewId).distinct().count();
            var view = new MembershipView(++lastViewId, names, previousViews > 1);
            for (SimMember member : group) {
                member.scheduledMembers = names;
                member.scheduledViewId = view.id();
                queue.add(new Delivery(at, sequence++, member.name, member.incarnation, null, view, null));
            }
        }
    }

    private String groupOf(String node) {
        for (int i = 0; i < sides.size(); i++) {
            if (sides.get(i).contains(node)) {
                return "side " + i;
            }
        }
        return sides.isEmpty() ? "all" : "alone " + node;
    }

    /** A queued view (when {@code view} is set) or message for one incarnation of a node. */
    private record Delivery(Instant at, long sequence, String to, long incarnation, String from,
                            MembershipView view, byte[] message) {}

    /** One node's door to the simulated network. */
    private final class SimMember implements Membership {
        private final String name;
        private MembershipListener listener;
        private boolean up;
        private long incarnation;
        private long joinedAt;
        private MembershipView view;
        private List<String> scheduledMembers = List.of();
        private long scheduledViewId;

        SimMember(String name) {
            this.name = name;
        }

        @Override
        public void start(MembershipListener newListener) {
            if (up) {
                throw new IllegalStateException("membership of " + name + " was already started");
            }
            listener = newListener;
            up = true;
            incarnation++;
            joinedAt = ++joins;
            view = null;
            scheduledMembers = List.of();
            scheduledViewId = 0;
            regroup(Duration.ZERO);
        }

        @Override
        public void send(String toNode, byte[] message) {
            SimNetwork.this.send(this, toNode, message);
        }

        @Override
        public void broadcast(byte[] message) {
            if (up && view != null) {
                for (String member : view.members()) {
                    SimNetwork.this.send(this, member, message);
                }
            }
        }

        @Override
        public void stop() {
            if (up) {
                down();
                regroup(Duration.ZERO);
            }
        }

        void down() {
            up = false;
            listener = null;
            view = null;
            scheduledMembers = List.of();
            scheduledViewId = 0;
        }
    }
}
