package org.paceline.node.sim;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

import org.paceline.cib.Cib;
import org.paceline.node.config.NodeConfig;
import org.paceline.node.daemon.ClusterMessageCodec;
import org.paceline.node.daemon.NodeCore;
import org.paceline.node.daemon.NodeEffect;
import org.paceline.node.daemon.NodeEvent;
import org.paceline.node.executor.ExecutorStatus;
import org.paceline.node.executor.OcfExitCode;
import org.paceline.node.executor.OpResult;
import org.paceline.node.membership.Membership;
import org.paceline.node.membership.MembershipConfig;
import org.paceline.node.membership.MembershipListener;
import org.paceline.node.membership.MembershipView;
import org.paceline.node.membership.SimNetwork;
import org.paceline.node.store.CibUpdate;
import org.paceline.node.store.UpdateOutcome;

/**
 * A whole cluster in one JVM: one {@link NodeCore} per node, joined by a {@link SimNetwork},
 * with simulated disks, timers and agents ({@link SimAgents}), all on one
 * {@link SimClock} and one seed, on the calling thread. The same seed and the same calls
 * replay the same run, event for event.
 *
 * <p>Everything a daemon does goes through its core's effects, carried out here as the
 * production loop carries them out there; only the seams differ. After every event the
 * invariants are checked against the agents' ground truth: an exclusive resource active
 * on two powered hosts, or a promotable clone promoted on more hosts than allowed, stops
 * the run with the seed and the history.
 */
public final class SimCluster {
    /** The simulated disk's write time. */
    public static final Duration DISK_WRITE = Duration.ofMillis(2);
    /** The fence agent a simulated cluster's devices use: it powers the target off at once. */
    public static final String FENCE_AGENT = "fence_paceline_test";
    /** How long the simulated fence device takes. */
    public static final Duration FENCING_TIME = Duration.ofMillis(500);

    private final long seed;
    private final SimClock clock = new SimClock(Instant.parse("2026-01-05T01:00:00Z"));
    private final SimNetwork network;
    private final SimAgents agents = new SimAgents();
    private final Map<String, SimNode> nodes = new LinkedHashMap<>();
    private final PriorityQueue<Scheduled> queue = new PriorityQueue<>(
            Comparator.comparing(Scheduled::at).thenComparingLong(Scheduled::sequence));
    private final List<String> history = new ArrayList<>();
    private final List<String> log = new ArrayList<>();
    private final Map<String, org.paceline.node.fencer.FenceResult> fenceAnswers = new LinkedHashMap<>();
    /** Running agent calls and set timers, by node and id: a late event of a cancelled one is dropped. */
    private final Map<String, Long> calls = new LinkedHashMap<>();
    private final Map<String, Long> timers = new LinkedHashMap<>();
    private final Map<String, UpdateOutcome> answers = new LinkedHashMap<>();
    /** Fence agents whose power actions misbehave, by agent name, until repaired. */
    private final Map<String, SimAgents.Fault> brokenFenceAgents = new LinkedHashMap<>();
    private final List<NodeConfig.Member> members;
    private long sequence;
    private long requests;

    /**
     * Something due on one incarnation of a node: lost when that incarnation crashes.
     *
     * @param token the call or timer generation it answers, 0 when it answers none
     */
    private record Scheduled(Instant at, long sequence, String node, long incarnation, NodeEvent event, long token) {}

    /** One node: its core, its door to the network, and its disk. */
    private final class SimNode {
        final String name;
        NodeCore core;
        Membership membership;
        Cib disk;
        long incarnation;
        boolean running;

        SimNode(String name, Cib disk) {
            this.name = name;
            this.disk = disk;
        }
    }

    private SimCluster(long seed, List<String> names, Cib start) {
        this.seed = seed;
        this.network = new SimNetwork(clock, new SplittableRandom(seed));
        network.delays(Duration.ofMillis(1), Duration.ofMillis(3));
        network.detectsFailuresAfter(MembershipConfig.DEFAULT_HANG_TIMEOUT);
        var list = new ArrayList<NodeConfig.Member>();
        for (int i = 0; i < names.size(); i++) {
            list.add(new NodeConfig.Member(names.get(i), i + 1,
                    List.of(new InetSocketAddress("127.0.0.1", 5405 + 10 * i))));
        }
        this.members = List.copyOf(list);
        for (String name : names) {
            nodes.put(name, new SimNode(name, start));
        }
    }

    /** A cluster of these nodes, each started with {@code start} on its disk, run until their views form. */
    public static SimCluster start(long seed, Cib start, String... names) {
        var cluster = new SimCluster(seed, List.of(names), start);
        for (String name : names) {
            cluster.boot(name);
        }
        cluster.runFor(Duration.ofSeconds(1));
        return cluster;
    }

    public long seed() {
        return seed;
    }

    public SimClock clock() {
        return clock;
    }

    public SimAgents agents() {
        return agents;
    }

    /**
     * The operational log the DCs wrote, pm_logconv's lines without their time stamps
     * ({@code pm01 info: Try to STONITH (reboot) pm02.}), with the simulation's own marks
     * ({@code pm01: (crashed)}) where they happened.
     */
    public List<String> history() {
        return List.copyOf(history);
    }

    /** Every node's full log, prefixed by node. */
    public List<String> fullLog() {
        return List.copyOf(log);
    }

    /** A client's fencing request on a node; its answer, once there is one, is in {@link #fenceAnswer}. */
    public String fence(String node, String target, org.paceline.node.fencer.FenceAction action, boolean confirm) {
        String id = "sim-fence-" + (++requests);
        schedule(node, Duration.ZERO, new NodeEvent.ClientFence(id, target, action, confirm));
        return id;
    }

    public Optional<org.paceline.node.fencer.FenceResult> fenceAnswer(String requestId) {
        return Optional.ofNullable(fenceAnswers.get(requestId));
    }

    /**
     * From now on the fence agent's power actions ({@code reboot}, {@code off}) fail with the
     * fault's code or hang until their timeout, on every node, while its other actions still
     * answer: a device that monitors fine but cannot fence, the case that must never let a
     * lost node's resources run elsewhere.
     */
    public void breakFenceAgent(String agent, SimAgents.Fault fault) {
        brokenFenceAgents.put(agent, fault);
        history.add("(fence agent " + agent + " broken: " + fault + ")");
    }

    /** The fence agent fences again. */
    public void repairFenceAgent(String agent) {
        brokenFenceAgents.remove(agent);
        history.add("(fence agent " + agent + " repaired)");
    }

    /** An attribute change through a node's socket, as attrd_updater makes it. */
    public void attribute(String node, org.paceline.node.attributes.AttributeRequest request) {
        schedule(node, Duration.ZERO, new NodeEvent.ClientAttribute(request));
    }

    /** The node's daemon is asked to stop (SIGTERM): its resources stop, then it leaves. */
    public void shutdown(String node) {
        schedule(node, Duration.ZERO, new NodeEvent.ShutdownRequested());
    }

    /** Whether the node's daemon runs. */
    public boolean isRunning(String node) {
        return node(node).running;
    }

    /** A node's core, to read what it knows (never to change it behind the simulation's back). */
    public NodeCore core(String node) {
        SimNode sim = node(node);
        if (!sim.running) {
            throw new IllegalStateException("node " + node + " is not running");
        }
        return sim.core;
    }

    /** A client's change on a node; its answer, once there is one, is in {@link #answer}. */
    public String update(String node, CibUpdate update) {
        String id = "sim-" + (++requests);
        schedule(node, Duration.ZERO, new NodeEvent.ClientUpdate(id, update));
        return id;
    }

    public Optional<UpdateOutcome> answer(String requestId) {
        return Optional.ofNullable(answers.get(requestId));
    }

    /** The node's process dies with its host's power: its disk keeps only what was written. */
    public void crash(String node) {
        SimNode sim = node(node);
        sim.running = false;
        sim.incarnation++;
        network.crash(node);
        agents.powerOff(node);
        history.add(node + ": (crashed)");
    }

    /** The host's power goes, by hand or otherwise, whether or not its daemon still runs. */
    public void powerOff(String node) {
        if (node(node).running) {
            crash(node);
            return;
        }
        agents.powerOff(node);
        history.add(node + ": (powered off)");
    }

    /**
     * The node's daemon dies (kill -9) but its host keeps its power: what the agents
     * started there still runs, until the node is fenced.
     */
    public void killDaemon(String node) {
        SimNode sim = node(node);
        sim.running = false;
        sim.incarnation++;
        network.crash(node);
        history.add(node + ": (daemon killed)");
    }

    /** The node boots again from its disk. */
    public void restart(String node) {
        if (node(node).running) {
            throw new IllegalStateException("node " + node + " is running");
        }
        agents.powerOn(node);
        boot(node);
        history.add(node + ": (restarted)");
    }

    /** Cuts the network into sides; each side forms its own view after the detection time. */
    public void partition(List<Set<String>> sides) {
        network.partition(sides);
    }

    public void heal() {
        network.heal();
    }

    /** Runs every event due within {@code duration} from now, then stops the clock there. */
    public void runFor(Duration duration) {
        Instant until = clock.instant().plus(duration);
        while (true) {
            Optional<Instant> next = nextDue();
            if (next.isEmpty() || next.get().isAfter(until)) {
                break;
            }
            clock.advanceTo(next.get());
            step();
        }
        clock.advanceTo(until);
    }

    /** Runs until the condition holds, at most {@code limit} of simulated time; says whether it held. */
    public boolean runUntil(BooleanSupplier condition, Duration limit) {
        Instant until = clock.instant().plus(limit);
        while (!condition.getAsBoolean()) {
            Optional<Instant> next = nextDue();
            if (next.isEmpty() || next.get().isAfter(until)) {
                clock.advanceTo(until);
                return condition.getAsBoolean();
            }
            clock.advanceTo(next.get());
            step();
        }
        return true;
    }

    private Optional<Instant> nextDue() {
        Optional<Instant> network = this.network.nextDeliveryAt();
        Optional<Instant> local = queue.isEmpty() ? Optional.empty() : Optional.of(queue.peek().at());
        if (network.isEmpty()) {
            return local;
        }
        if (local.isEmpty()) {
            return network;
        }
        return Optional.of(network.get().isBefore(local.get()) ? network.get() : local.get());
    }

    /** Handles everything due at the clock's instant. */
    private void step() {
        network.deliverDue();
        while (!queue.isEmpty() && !queue.peek().at().isAfter(clock.instant())) {
            Scheduled due = queue.poll();
            SimNode sim = nodes.get(due.node());
            if (sim.running && sim.incarnation == due.incarnation() && current(due)) {
                if (due.event() instanceof NodeEvent.CibWritten written) {
                    sim.disk = written.cib();
                }
                handle(sim, due.event());
            }
        }
    }

    private void boot(String name) {
        SimNode sim = node(name);
        sim.incarnation++;
        sim.running = true;
        var config = new NodeConfig("sim", name, members, Path.of("authkey"), Path.of("state"),
                Path.of("paceline.log"), Path.of("pm_logconv.out"), Path.of("paceline.sock"), Path.of("rsctmp"),
                Path.of("run"), MembershipConfig.DEFAULT_HANG_TIMEOUT, MembershipConfig.DEFAULT_JOIN_TIMEOUT,
                new NodeConfig.QuorumSettings(0, members.size() == 2, false));
        sim.core = new NodeCore(config, sim.disk, new SplittableRandom(seed * 31 + sim.incarnation), clock.instant());
        sim.membership = network.member(name);
        long incarnation = sim.incarnation;
        sim.membership.start(new MembershipListener() {
            @Override
            public void viewChanged(MembershipView view) {
                if (sim.running && sim.incarnation == incarnation) {
                    handle(sim, new NodeEvent.ViewChanged(view));
                }
            }

            @Override
            public void received(String fromNode, byte[] message) {
                if (sim.running && sim.incarnation == incarnation
                        && ClusterMessageCodec.decode(message) instanceof ClusterMessageCodec.Decoded.Message decoded) {
                    handle(sim, new NodeEvent.MessageReceived(fromNode, decoded.message()));
                }
            }
        });
    }

    private void handle(SimNode sim, NodeEvent event) {
        sim.core.step(event, clock.instant());
        for (NodeEffect effect : sim.core.ready()) {
            carryOut(sim, effect);
        }
        checkInvariants();
    }

    private void carryOut(SimNode sim, NodeEffect effect) {
        switch (effect) {
            case NodeEffect.WriteCib write -> {
                Cib cib = write.cib();
                // The copy reaches the disk only when the write completes: a crash before loses it.
                schedule(sim.name, DISK_WRITE, new NodeEvent.CibWritten(cib));
            }
            case NodeEffect.Send send -> sim.membership.send(send.toNode(), ClusterMessageCodec.encode(send.message()));
            case NodeEffect.AnswerClient answer -> answers.put(answer.requestId(), answer.outcome());
            case NodeEffect.AnswerFence answer -> fenceAnswers.put(answer.requestId(), answer.result());
            case NodeEffect.Execute execute -> {
                OpResult result = agents.run(sim.name, execute.request().operation(), clock.instant());
                // What the agent tells the cluster through the node's socket (Stateful's promotion score).
                agents.attributeChange(sim.name, execute.request().operation(), result).ifPresent(request ->
                        scheduleAt(sim.name, result.ended(), new NodeEvent.ClientAttribute(request), 0));
                calls.put(sim.name + "#" + execute.callId(), ++sequence);
                long call = sequence;
                scheduleAt(sim.name, result.ended(), new NodeEvent.OperationExecuted(execute.callId(), result), call);
            }
            case NodeEffect.CancelExecution cancel -> calls.remove(sim.name + "#" + cancel.callId());
            case NodeEffect.RunFenceAgent run -> fence(sim, run);
            case NodeEffect.CancelFenceAgent cancel -> { }
            case NodeEffect.SetTimer timer -> {
                long generation = ++sequence;
                timers.put(sim.name + "#" + timer.timerId(), generation);
                scheduleAt(sim.name, clock.instant().plus(timer.delay()), new NodeEvent.TimerFired(timer.timerId()),
                        generation);
            }
            case NodeEffect.CancelTimer timer -> timers.remove(sim.name + "#" + timer.timerId());
            case NodeEffect.ShutdownReady ready -> {
                history.add(sim.name + ": (stopped cleanly)");
                sim.running = false;
                sim.incarnation++;
                sim.membership.stop();
            }
            case NodeEffect.Log line -> log.add(sim.name + ": " + line.text());
            case NodeEffect.OperationalLog line -> history.add(line.node() + " " + line.severity().word() + ": "
                    + line.text());
        }
    }

    private void schedule(String node, Duration after, NodeEvent event) {
        scheduleAt(node, clock.instant().plus(after), event, 0);
    }

    private void scheduleAt(String node, Instant at, NodeEvent event, long token) {
        queue.add(new Scheduled(at, ++sequence, node, node(node).incarnation, event, token));
    }

    /** Whether a due call or timer is still wanted: not cancelled, not replaced. */
    private boolean current(Scheduled due) {
        return switch (due.event()) {
            case NodeEvent.OperationExecuted executed ->
                    calls.remove(due.node() + "#" + executed.callId(), due.token());
            case NodeEvent.TimerFired fired -> timers.remove(due.node() + "#" + fired.timerId(), due.token());
            default -> true;
        };
    }

    /**
     * The simulation's fence device powers the target off, as the lab's test device does;
     * every other agent answers as a device that cannot reach its target.
     */
    private void fence(SimNode sim, NodeEffect.RunFenceAgent run) {
        var operation = run.operation();
        Instant started = clock.instant();
        SimAgents.Fault fault = brokenFenceAgents.get(operation.agent());
        if (fault != null && (operation.action().equals("reboot") || operation.action().equals("off"))) {
            OpResult broken = switch (fault) {
                case SimAgents.Fault.Fails fails -> new OpResult(fails.rc(), ExecutorStatus.DONE, "", "",
                        operation.agent() + ": power switch does not answer", started, started.plus(FENCING_TIME));
                case SimAgents.Fault.Hangs hangs -> new OpResult(OcfExitCode.ERR_GENERIC.code(),
                        ExecutorStatus.TIMED_OUT, "timed out", "", "", started, started.plus(operation.timeout()));
            };
            scheduleAt(sim.name, broken.ended(), new NodeEvent.FenceAgentExecuted(run.operationId(), broken), 0);
            return;
        }
        int rc;
        if (!operation.agent().equals(FENCE_AGENT)) {
            rc = 1;
        } else {
            rc = switch (operation.action()) {
                case "reboot", "off" -> {
                    String target = operation.target();
                    if (nodes.containsKey(target) && nodes.get(target).running) {
                        crash(target);
                    }
                    agents.powerOff(target);
                    yield 0;
                }
                case "on" -> 0;
                case "status" -> agents.isPoweredOff(operation.target()) ? 2 : 0;
                case "monitor", "list", "metadata", "validate-all" -> 0;
                default -> 1;
            };
        }
        // A simulated device has no process: its attempt is logged without a pid.
        scheduleAt(sim.name, started, new NodeEvent.FenceAgentStarted(run.operationId(), java.util.OptionalLong.empty()), 0);
        var result = new OpResult(rc, ExecutorStatus.DONE, "", operation.action().equals("list")
                ? String.join("\n", nodes.keySet()) : "", "", started, started.plus(FENCING_TIME));
        scheduleAt(sim.name, result.ended(), new NodeEvent.FenceAgentExecuted(run.operationId(), result), 0);
    }


    private void checkInvariants() {
        Cib reference = nodes.values().stream().filter(node -> node.running).map(node -> node.core.cib())
                .max(Comparator.comparing(Cib::version)).orElse(null);
        if (reference == null) {
            return;
        }
        List<String> broken = SafetyInvariants.broken(reference, agents);
        if (!broken.isEmpty()) {
            throw new IllegalStateException("safety invariant broken at " + clock.instant() + " (seed " + seed
                    + ", replay with -Dpaceline.seed=" + seed + "): " + String.join("; ", broken)
                    + "\nhistory:\n  " + String.join("\n  ", history));
        }
    }

    SimNode node(String name) {
        SimNode sim = nodes.get(name);
        if (sim == null) {
            throw new IllegalArgumentException("no node " + name + " in this simulation (" + String.join(", ", nodes.keySet()) + ")");
        }
        return sim;
    }
}
