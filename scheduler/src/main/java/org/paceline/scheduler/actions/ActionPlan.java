package org.paceline.scheduler.actions;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.paceline.cib.constraints.Constraint;
import org.paceline.cib.constraints.Order;
import org.paceline.cib.constraints.ResourceSet;
import org.paceline.cib.rules.Score;
import org.paceline.cib.rules.Values;
import org.paceline.scheduler.placement.Placement;
import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ClusterState;
import org.paceline.scheduler.state.ResourceInstance;
import org.paceline.scheduler.state.Role;

/**
 * The actions a placement implies and how they depend on each other: each resource's
 * own actions, a group's members in order, a clone around its instances, and the
 * configured orders. Requirement and unrunnability then flow along the orderings until
 * nothing changes, as Pacemaker's do: a restarted first restarts what follows it, an
 * impossible first blocks what waits for it.
 */
public final class ActionPlan {
    /** Whether {@code first} being required makes {@code then} required. */
    static final int IMPLIES_THEN = 1;
    /** Whether {@code then} being required makes {@code first} required. */
    static final int IMPLIES_FIRST = 2;
    /** Whether {@code first} being unrunnable makes {@code then} unrunnable. */
    static final int RUNNABLE_LEFT = 4;
    /**
     * Like {@link #RUNNABLE_LEFT}, for asymmetrical orders: a {@code then} that is already
     * where it should be and need not be redone is left alone.
     */
    static final int RUNNABLE_LEFT_UNLESS_IN_PLACE = 8;
    /**
     * Pacemaker's restart ordering, between a resource's stop and its start and between a
     * group's later member's stop and an earlier's: a {@code first} that is required but
     * cannot run makes {@code then} unrunnable. A blocked stop of prmPg leaves prmFs, which it
     * depends on, where it is, and a stop that cannot happen keeps its resource from
     * starting anywhere else.
     */
    static final int RESTART = 16;

    record Ordering(PlannedAction first, PlannedAction then, int flags) {}

    /** A gate that can happen when at least {@code needed} of its inputs can (require-all=false, clone-min). */
    record AtLeast(PlannedAction gate, List<PlannedAction> inputs, int needed) {}

    private final Placement placement;
    private final ClusterState state;
    private final Map<ResourceInstance, Map<String, List<PlannedAction>>> byResource = new IdentityHashMap<>();
    private final List<Ordering> orderings = new ArrayList<>();
    private final List<AtLeast> gates = new ArrayList<>();
    private final java.util.Set<String> requireAllFalse = new java.util.HashSet<>();
    private java.util.Map<String, ResourceInstance> byConfigId;
    private final java.util.Set<ResourceInstance> reloads = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final boolean withoutQuorum;
    private final boolean frozen;

    private final java.util.Set<ClusterNode> fenced;

    private ActionPlan(Placement placement) {
        this.placement = placement;
        this.state = placement.state();
        this.fenced = java.util.Set.copyOf(Fencing.targets(state));
        this.withoutQuorum = !state.haveQuorum() && state.options().noQuorumPolicy().equals("stop");
        // no-quorum-policy=freeze: what runs keeps running, nothing new starts.
        this.frozen = !state.haveQuorum() && state.options().noQuorumPolicy().equals("freeze");
    }

    public static ActionPlan of(Placement placement) {
        var plan = new ActionPlan(placement);
        for (ResourceInstance top : plan.state.resources()) {
            plan.create(top);
        }
        plan.configuredOrders();
        plan.propagate();
        return plan;
    }

    public Placement placement() {
        return placement;
    }

    /** The resource's actions of one task (several stops when it runs on several nodes). */
    public List<PlannedAction> actions(ResourceInstance resource, String task) {
        return byResource.getOrDefault(resource, Map.of()).getOrDefault(task, List.of());
    }

    /** Whether the resource's definition changed only in parameters it can take without a restart. */
    public boolean reloads(ResourceInstance resource) {
        return reloads.contains(resource);
    }

    /** The actions that {@code then} must wait for under a mandatory order (not its own resource's). */
    public List<PlannedAction> mandatoryFirsts(PlannedAction then) {
        var firsts = new ArrayList<PlannedAction>();
        for (Ordering o : orderings) {
            if (o.then() == then && o.first().resource() != then.resource()
                    && (o.flags() & (RUNNABLE_LEFT | RUNNABLE_LEFT_UNLESS_IN_PLACE | IMPLIES_THEN)) != 0) {
                firsts.add(o.first());
            }
        }
        return firsts;
    }

    public PlannedAction first(ResourceInstance resource, String task) {
        List<PlannedAction> found = actions(resource, task);
        return found.isEmpty() ? null : found.getFirst();
    }

    private PlannedAction add(ResourceInstance resource, String task, ClusterNode node, boolean pseudo,
                              boolean optional) {
        var action = new PlannedAction(resource, task, node, pseudo, optional);
        byResource.computeIfAbsent(resource, k -> new java.util.LinkedHashMap<>())
                .computeIfAbsent(task, k -> new ArrayList<>()).add(action);
        return action;
    }

    private void order(PlannedAction first, PlannedAction then, int flags) {
        if (first != null && then != null && first != then) {
            orderings.add(new Ordering(first, then, flags));
        }
    }

    private void create(ResourceInstance r) {
        switch (r.variant()) {
            case PRIMITIVE -> primitive(r);
            case GROUP -> {
                collective(r);
                List<ResourceInstance> members = r.children();
                for (ResourceInstance member : members) {
                    create(member);
                }
                if (members.isEmpty()) {
                    return;
                }
                order(first(r, "start"), first(members.getFirst(), "start"), IMPLIES_THEN | RUNNABLE_LEFT);
                for (int i = 1; i < members.size(); i++) {
                    order(first(members.get(i - 1), "start"), first(members.get(i), "start"), IMPLIES_THEN | RUNNABLE_LEFT);
                    for (PlannedAction laterStop : actions(members.get(i), "stop")) {
                        for (PlannedAction earlierStop : actions(members.get(i - 1), "stop")) {
                            order(laterStop, earlierStop, IMPLIES_FIRST | RESTART);
                        }
                    }
                }
                for (ResourceInstance member : members) {
                    order(first(member, "start"), first(r, "running"), IMPLIES_THEN | RUNNABLE_LEFT);
                }
            }
            case CLONE -> {
                collective(r);
                for (ResourceInstance instance : r.children()) {
                    create(instance);
                    order(first(r, "start"), first(instance, "start"), IMPLIES_THEN | RUNNABLE_LEFT);
                }
                cloneRunning(r);
            }
            case BUNDLE -> collective(r);
        }
    }

    private void collective(ResourceInstance r) {
        boolean assigned = placement.nextRole(r).isActive();
        add(r, "start", null, true, true).runnable = assigned;
        add(r, "running", null, true, true).runnable = assigned;
        add(r, "stop", null, true, true);
        add(r, "stopped", null, true, true);
    }

    /** A clone is running when any instance can start: one impossible instance does not block the rest. */
    private void cloneRunning(ResourceInstance clone) {
        PlannedAction running = first(clone, "running");
        boolean any = false;
        for (ResourceInstance instance : clone.children()) {
            PlannedAction start = first(instance.variant() == ResourceInstance.Variant.GROUP ? instance : instance, "start");
            if (start != null && start.node() != null && start.runnable) {
                any = true;
            }
            // New instances starting do not disturb what depends on the clone; a restart does.
            if (start != null && !start.optional && start.node() != null
                    && instance.primitives().stream().anyMatch(p -> !p.runningOn().isEmpty())) {
                running.optional = false;
            }
        }
        running.runnable = any && running.runnable;
    }

    private void primitive(ResourceInstance r) {
        ClusterNode next = placement.assignedNode(r).orElse(null);
        Role nextRole = placement.nextRole(r);
        boolean failed = failedHere(r);
        // Copies on nodes about to be fenced do not count: fencing stops them.
        long cleanCopies = r.runningOn().stream().filter(n -> n.online() && !n.unclean()).count();
        boolean staying = next != null && r.runningOn().contains(next) && cleanCopies <= 1;
        PlannedAction start;
        DefinitionChange.Outcome changed = staying && !failed && r.managed()
                ? DefinitionChange.of(r, next) : DefinitionChange.Outcome.NONE;
        if (changed == DefinitionChange.Outcome.RELOAD) {
            reloads.add(r);
        }
        if (next != null && nextRole.isActive()) {
            start = add(r, "start", next, false, staying && !failed && changed != DefinitionChange.Outcome.RESTART);
            if (changed == DefinitionChange.Outcome.RESTART) {
                start.reason = "resource definition change";
            }
            start.runnable = next.canRunResources() && !(withoutQuorum && needsQuorum(r));
            if (frozen && !r.runningOn().contains(next)) {
                start.runnable = false;
                start.reason = "quorum freeze";
            }
            if (withoutQuorum && needsQuorum(r)) {
                start.reason = "no quorum";
            }
        } else {
            start = add(r, "start", null, false, true);
            start.runnable = false;
        }
        for (ClusterNode node : r.runningOn()) {
            boolean keep = node == next && !failed && nextRole.isActive();
            PlannedAction stop = add(r, "stop", node, node.unclean(), keep);
            if (!keep && stop.reason == null && next == null) {
                stop.reason = withoutQuorum && needsQuorum(r) ? "no quorum" : "node availability";
            }
            if (!r.managed()) {
                stop.runnable = false;
            }
            if ((!node.online() || node.unclean()) && !fenced.contains(node)) {
                // Gone without being fenced: nothing can stop it there, and nothing may act as if it had.
                stop.runnable = false;
            }
            if (!r.managed() && (r.failed() || r.blocked())) {
                start.runnable = false;
            }
            order(stop, start, (node == next ? IMPLIES_FIRST : 0) | RESTART);
        }
        Role role = r.runningOn().isEmpty() ? Role.STOPPED : r.role();
        if (nextRole == Role.PROMOTED && next != null) {
            PlannedAction promote = add(r, "promote", next, false, role == Role.PROMOTED && staying && !failed);
            order(start, promote, IMPLIES_THEN | RUNNABLE_LEFT);
        }
        if (role == Role.PROMOTED) {
            for (ClusterNode node : r.runningOn()) {
                boolean keep = node == next && nextRole == Role.PROMOTED && !failed;
                PlannedAction demote = add(r, "demote", node, node.unclean(), keep);
                for (PlannedAction stop : actions(r, "stop")) {
                    order(demote, stop, IMPLIES_FIRST);
                }
            }
        }
    }

    /**
     * Whether the resource needs recovery from a failure: a failure on a node about to be
     * fenced for another reason is moot (fencing stops it), but not when the failure is
     * why the node is fenced.
     */
    static boolean failedHere(ResourceInstance r) {
        if (!r.failed()) {
            return false;
        }
        for (ClusterNode node : r.runningOn()) {
            if (node.unclean() && (node.fenceReason() == null || !node.fenceReason().startsWith(r.id() + " "))) {
                return false;
            }
        }
        return true;
    }

    private static boolean needsQuorum(ResourceInstance r) {
        String requires = r.meta().get("requires");
        if (requires != null) {
            return !requires.equals("nothing");
        }
        return r.primitive() == null || !r.primitive().isFencingDevice();
    }

    private void configuredOrders() {
        for (Constraint constraint : state.cib().configuration().constraints()) {
            if (!(constraint instanceof Order order)) {
                continue;
            }
            if (!order.sets().isEmpty()) {
                sets(order);
                continue;
            }
            int flags = flags(order.kind(), order.score());
            if (order.extras().attributes().get("require-all").map(v -> !Values.isTrue(v)).orElse(false)) {
                requireAllFalse.add(order.id());
            }
            boolean symmetrical = order.symmetrical() == null
                    ? !"serialize".equalsIgnoreCase(order.kind()) : Values.isTrue(order.symmetrical());
            if (!symmetrical && (flags & RUNNABLE_LEFT) != 0) {
                flags = flags & ~RUNNABLE_LEFT | RUNNABLE_LEFT_UNLESS_IN_PLACE;
            }
            String firstTask = order.firstAction() == null ? "start" : order.firstAction();
            String thenTask = order.thenAction() == null ? firstTask : order.thenAction();
            for (ResourceInstance first : resolve(order.first())) {
                for (ResourceInstance then : resolve(order.then())) {
                    constrain(first, firstTask, then, thenTask, flags, symmetrical, order.id());
                }
            }
        }
    }

    private void sets(Order order) {
        int flags = flags(order.kind(), order.score());
        boolean symmetrical = order.symmetrical() == null || Values.isTrue(order.symmetrical());
        List<ResourceSet> sets = order.sets();
        for (int s = 0; s < sets.size(); s++) {
            ResourceSet set = sets.get(s);
            String task = set.attribute("action").orElse("start");
            var members = new ArrayList<ResourceInstance>();
            set.resources().forEach(ref -> members.addAll(resolve(ref)));
            if (set.attribute("sequential").map(Values::isTrue).orElse(true)) {
                for (int i = 1; i < members.size(); i++) {
                    constrain(members.get(i - 1), task, members.get(i), task, flags, symmetrical);
                }
            }
            if (s + 1 < sets.size()) {
                ResourceSet next = sets.get(s + 1);
                String nextTask = next.attribute("action").orElse("start");
                var nextMembers = new ArrayList<ResourceInstance>();
                next.resources().forEach(ref -> nextMembers.addAll(resolve(ref)));
                boolean sequential = set.attribute("sequential").map(Values::isTrue).orElse(true);
                var firsts = sequential && !members.isEmpty() ? List.of(members.getLast()) : members;
                boolean nextSequential = next.attribute("sequential").map(Values::isTrue).orElse(true);
                var thens = nextSequential && !nextMembers.isEmpty() ? List.of(nextMembers.getFirst()) : nextMembers;
                boolean requireAll = set.attribute("require-all").map(Values::isTrue).orElse(true);
                if (!requireAll && !members.isEmpty()) {
                    // Any one member of the set is enough for what follows.
                    var gate = new PlannedAction(members.getFirst(), "one-or-more", null, true, true,
                            "one-or-more:" + set.id());
                    var inputs = new ArrayList<PlannedAction>();
                    for (ResourceInstance member : members) {
                        inputs.addAll(firstSide(member, task));
                    }
                    gates.add(new AtLeast(gate, inputs, 1));
                    for (ResourceInstance then : thens) {
                        for (PlannedAction b : thenSide(then, nextTask)) {
                            order(gate, b, flags);
                        }
                    }
                    continue;
                }
                for (ResourceInstance first : firsts) {
                    for (ResourceInstance then : thens) {
                        constrain(first, task, then, nextTask, flags, symmetrical);
                    }
                }
            }
        }
    }

    private void constrain(ResourceInstance first, String firstTask, ResourceInstance then, String thenTask,
                           int flags, boolean symmetrical) {
        constrain(first, firstTask, then, thenTask, flags, symmetrical, null);
    }

    private void constrain(ResourceInstance first, String firstTask, ResourceInstance then, String thenTask,
                           int flags, boolean symmetrical, String orderId) {
        if (first == then) {
            return;
        }
        int cloneMin = first.variant() == ResourceInstance.Variant.CLONE && "start".equals(firstTask) && orderId != null
                ? Math.max(number(first.meta().get("clone-min")), requireAllFalse.contains(orderId) ? 1 : 0) : 0;
        if (cloneMin == 0 && interleaved(first, then)) {
            interleave(first, firstTask, then, thenTask, flags, symmetrical);
            return;
        }
        List<PlannedAction> firsts = firstSide(first, firstTask);
        if (cloneMin > 0) {
            // The clone counts as started once clone-min of its instances can run.
            var gate = new PlannedAction(first, "one-or-more", null, true, true, "clone-one-or-more:" + orderId);
            var inputs = new ArrayList<PlannedAction>();
            for (ResourceInstance instance : first.children()) {
                inputs.addAll(actions(instance, "start"));
            }
            gates.add(new AtLeast(gate, inputs, cloneMin));
            firsts = List.of(gate);
        }
        for (PlannedAction a : firsts) {
            for (PlannedAction b : thenSide(then, thenTask)) {
                // An asymmetrical order judges each member where it stands, not the collective as a whole.
                if ((flags & RUNNABLE_LEFT_UNLESS_IN_PLACE) != 0 && b.pseudo()) {
                    continue;
                }
                order(a, b, flags);
            }
        }
        if (symmetrical && flags != 0) {
            String inverseThen = inverse(thenTask);
            String inverseFirst = inverse(firstTask);
            // The inverse: what depends on first goes away before first does, and a blocked
            // stop of the dependent blocks first's stop too (it may not leave from under it).
            int inverseFlags = IMPLIES_FIRST | ((flags & RUNNABLE_LEFT) != 0 ? RUNNABLE_LEFT : 0);
            for (PlannedAction a : firstSide(then, inverseThen)) {
                for (PlannedAction b : thenSide(first, inverseFirst)) {
                    order(a, b, inverseFlags);
                }
            }
        }
    }

    /** Two clones ordered with interleave=true on the second: instances pair up node by node. */
    private static boolean interleaved(ResourceInstance first, ResourceInstance then) {
        return first.variant() == ResourceInstance.Variant.CLONE && then.variant() == ResourceInstance.Variant.CLONE
                && Values.isTrue(then.meta().get("interleave"));
    }

    /**
     * Each instance of {@code then} waits only for the instance of {@code first} on the
     * same node; with none there, it cannot start.
     */
    private void interleave(ResourceInstance first, String firstTask, ResourceInstance then, String thenTask,
                            int flags, boolean symmetrical) {
        for (ResourceInstance thenInstance : then.children()) {
            ClusterNode node = placement.assignedNode(thenInstance).orElse(
                    thenInstance.runningOn().isEmpty() ? null : thenInstance.runningOn().getFirst());
            ResourceInstance partner = null;
            for (ResourceInstance firstInstance : first.children()) {
                ClusterNode there = placement.assignedNode(firstInstance).orElse(
                        firstInstance.runningOn().isEmpty() ? null : firstInstance.runningOn().getFirst());
                if (node != null && node == there) {
                    partner = firstInstance;
                    break;
                }
            }
            if (partner == null) {
                if ((flags & (RUNNABLE_LEFT | RUNNABLE_LEFT_UNLESS_IN_PLACE)) != 0) {
                    for (PlannedAction b : thenSide(thenInstance, thenTask)) {
                        if (b.runnable && !inPlace(b)) {
                            b.runnable = false;
                            if (b.reason == null) {
                                b.reason = "unrunnable " + first.id() + " " + firstTask;
                            }
                        }
                    }
                }
                continue;
            }
            constrain(partner, firstTask, thenInstance, thenTask, flags, symmetrical);
        }
    }

    /** A collective as "first" is done when its completion pseudo action is. */
    private List<PlannedAction> firstSide(ResourceInstance r, String task) {
        if (r.variant() == ResourceInstance.Variant.PRIMITIVE) {
            return actions(r, task);
        }
        String done = switch (task) {
            case "start" -> "running";
            case "stop" -> "stopped";
            default -> task;
        };
        return actions(r, done);
    }

    /** A collective as "then": its own pseudo action and, directly, each member's or instance's action. */
    private List<PlannedAction> thenSide(ResourceInstance r, String task) {
        var found = new ArrayList<PlannedAction>(actions(r, task));
        if (r.variant() != ResourceInstance.Variant.PRIMITIVE) {
            for (ResourceInstance child : r.children()) {
                found.addAll(thenSide(child, task));
            }
        }
        return found;
    }

    private List<ResourceInstance> resolve(String reference) {
        var found = new ArrayList<ResourceInstance>();
        if (reference == null) {
            return found;
        }
        if (byConfigId == null) {
            byConfigId = new java.util.HashMap<>();
            for (ResourceInstance top : state.resources()) {
                for (ResourceInstance r : top.selfAndDescendants()) {
                    if (!r.orphan()) {
                        byConfigId.putIfAbsent(r.configId(), r.clone().orElse(r));
                    }
                }
            }
        }
        ResourceInstance match = byConfigId.get(reference);
        if (match != null) {
            found.add(match);
        }
        return found;
    }

    private static int number(String text) {
        if (text == null) {
            return 0;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int flags(String kind, String score) {
        if (kind != null) {
            return switch (kind.toLowerCase(java.util.Locale.ROOT)) {
                case "mandatory" -> IMPLIES_THEN | RUNNABLE_LEFT;
                default -> 0;
            };
        }
        if (score == null) {
            return IMPLIES_THEN | RUNNABLE_LEFT;
        }
        return Score.parse(score) > 0 ? IMPLIES_THEN | RUNNABLE_LEFT : 0;
    }

    private static String inverse(String task) {
        return switch (task) {
            case "start" -> "stop";
            case "stop" -> "start";
            case "promote" -> "demote";
            case "demote" -> "promote";
            default -> task;
        };
    }

    /** An optional start of a resource already running on that node: nothing to redo. */
    private static boolean inPlace(PlannedAction action) {
        return action.optional && action.node() != null && action.resource().runningOn().contains(action.node());
    }

    /** Spreads requirement and unrunnability along the orderings until nothing changes. */
    private void propagate() {
        boolean changed = true;
        int rounds = 0;
        while (changed && rounds++ < 1000) {
            changed = false;
            for (AtLeast gate : gates) {
                long ready = gate.inputs().stream().filter(a -> a.runnable && (a.node() != null || a.pseudo())).count();
                boolean runnable = ready >= gate.needed();
                if (gate.gate().runnable != runnable) {
                    gate.gate().runnable = runnable;
                    changed = true;
                }
                // As for a clone's running: new instances starting disturb nothing; a restart does.
                boolean required = gate.inputs().stream().anyMatch(a -> !a.optional && a.node() != null
                        && !a.resource().runningOn().isEmpty());
                if (required && gate.gate().optional) {
                    gate.gate().optional = false;
                    changed = true;
                }
            }
            for (Ordering o : orderings) {
                PlannedAction first = o.first();
                PlannedAction then = o.then();
                boolean blocks = (o.flags() & RUNNABLE_LEFT) != 0
                        || (o.flags() & RUNNABLE_LEFT_UNLESS_IN_PLACE) != 0 && !inPlace(then);
                if (blocks && !first.runnable && then.runnable) {
                    then.runnable = false;
                    if (then.reason == null) {
                        then.reason = "unrunnable " + first.label();
                    }
                    changed = true;
                }
                if ((o.flags() & RESTART) != 0 && !first.optional && !first.runnable && then.runnable) {
                    then.runnable = false;
                    if (then.reason == null) {
                        then.reason = "unrunnable " + first.label();
                    }
                    changed = true;
                }
                if ((o.flags() & IMPLIES_THEN) != 0 && !first.optional && first.runnable && then.optional
                        && then.node() != null | then.pseudo()) {
                    then.optional = false;
                    if (then.reason == null) {
                        then.reason = "required " + first.label();
                    }
                    changed = true;
                }
                if ((o.flags() & IMPLIES_FIRST) != 0 && !then.optional && first.optional) {
                    first.optional = false;
                    if (first.reason == null && !then.resource().equals(first.resource())) {
                        first.reason = "required " + then.label();
                    }
                    changed = true;
                }
            }
            for (ResourceInstance r : byResource.keySet()) {
                if (r.variant() == ResourceInstance.Variant.CLONE) {
                    cloneRunning(r);
                }
                // A running resource that can no longer start where it is must stop there.
                for (PlannedAction start : actions(r, "start")) {
                    if (!start.runnable && start.node() != null && r.runningOn().contains(start.node())) {
                        for (PlannedAction stop : actions(r, "stop")) {
                            if (stop.optional && stop.node() == start.node()) {
                                stop.optional = false;
                                changed = true;
                            }
                        }
                    }
                }
            }
        }
    }
}
