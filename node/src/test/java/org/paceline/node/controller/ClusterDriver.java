package org.paceline.node.controller;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.paceline.cib.Cib;
import org.paceline.cib.xml.CibXmlReader;
import org.paceline.node.executor.ExecutorStatus;
import org.paceline.node.executor.OpResult;
import org.paceline.node.store.CibStore;
import org.paceline.node.store.CibUpdate;
import org.paceline.node.store.StoreEffect;
import org.paceline.node.store.StoreEvent;
import org.paceline.node.store.UpdateOutcome;

/**
 * A deterministic cluster for the controller's tests: one DC {@link Controller}, a
 * {@link LocalResources} per node, the real {@link CibStore} wired as the daemon loop
 * wires it (each {@code RecordResult} becomes update requests; the effect is advanced
 * once all are acknowledged; each {@code CibCommitted} becomes {@code CibChanged}; a
 * write is durable the moment it is asked for), fake agents that keep whether each resource runs on each node,
 * and a clock that moves only when told. Effects are played until nothing is left to do.
 *
 * <p>Agents answer at once: start and stop succeed and change what runs, a monitor says
 * 0 when the resource runs and 7 when not. A test can make an operation fail, time out
 * in the executor, or never answer (held), make a resource die, and hold fencing
 * until it decides the outcome.
 */
final class ClusterDriver {
    static final Duration EXEC_TIME = Duration.ofMillis(20);

    private final Controller controller;
    private final Map<String, LocalResources> nodes = new TreeMap<>();
    private final Set<String> members = new HashSet<>();
    private final Map<String, Set<String>> running = new HashMap<>();
    private final Map<String, Set<String>> promoted = new HashMap<>();
    private final Map<String, Integer> failures = new HashMap<>();
    private final Set<String> timeouts = new HashSet<>();
    private final Set<String> heldOperations = new HashSet<>();
    private final Map<String, Instant> controllerTimers = new LinkedHashMap<>();
    private final Map<String, Map<String, Instant>> localTimers = new TreeMap<>();
    private final List<String> history = new ArrayList<>();
    private final List<OperationalEvent> log = new ArrayList<>();
    private final List<ControllerEffect> effects = new ArrayList<>();
    private final List<String> pendingFences = new ArrayList<>();
    private final List<String[]> held = new ArrayList<>();
    private final String dc;
    private final CibStore store;
    /** Request id to the effect it belongs to; the effect is advanced when its last request is acknowledged. */
    private final Map<String, ControllerEffect> requests = new HashMap<>();
    private final Map<ControllerEffect, Integer> unacknowledged = new HashMap<>();
    private int requestCount;
    private Cib committed;
    private Instant now = Instant.parse("2026-01-05T10:50:00Z");

    ClusterDriver(String xml, String dc, String... nodeNames) {
        this.committed = CibXmlReader.read("test.xml", xml).orThrow().cib();
        this.store = new CibStore(committed);
        this.dc = dc;
        this.controller = new Controller(dc, "0d2b5c6e-aaaa-bbbb-cccc-000000000001");
        for (String node : nodeNames) {
            nodes.put(node, new LocalResources(node));
            localTimers.put(node, new LinkedHashMap<>());
            members.add(node);
        }
    }

    /** A driver whose DC has been elected and has run everything it planned. */
    static ClusterDriver started(String xml, String dc, String... nodeNames) {
        return new ClusterDriver(xml, dc, nodeNames).begin();
    }

    /** The store's first CIB reaches the controller, which is elected DC; everything planned runs. */
    ClusterDriver begin() {
        controller.step(new ControllerEvent.CibChanged(committed, now));
        controller.step(new ControllerEvent.BecameDc(now));
        run();
        return this;
    }

    // ---- what the test does

    /** The next {@code task} of {@code resource} on {@code node} answers {@code rc}. */
    void failNext(String resource, String task, String node, int rc) {
        failures.put(resource + " " + task + " " + node, rc);
    }

    /** The next {@code task} of the resource on the node outlives its timeout in the executor. */
    void timeOutNext(String resource, String task, String node) {
        timeouts.add(resource + " " + task + " " + node);
    }

    /** The node never answers {@code task} of the resource: the controller's own timer must. */
    void holdNext(String resource, String task, String node) {
        heldOperations.add(resource + " " + task + " " + node);
    }

    /** The resource stops running on the node behind the cluster's back (its process died). */
    void kill(String resource, String node) {
        running.getOrDefault(resource, new HashSet<>()).remove(node);
    }

    /** The held operations answer now, as an agent that finally ended well. */
    void releaseHeld() {
        for (String[] operation : List.copyOf(held)) {
            held.remove(operation);
            String node = operation[0];
            Set<String> on = running.computeIfAbsent(operation[2], r -> new HashSet<>());
            int rc = 0;
            switch (operation[3]) {
                case "start", "promote", "demote" -> on.add(node);
                case "stop" -> on.remove(node);
                case "monitor" -> rc = on.contains(node) ? 0 : 7;
                default -> { }
            }
            nodes.get(node).step(new LocalEvent.Finished(Integer.parseInt(operation[1]),
                    new OpResult(rc, ExecutorStatus.DONE, "", "", "", now, now.plus(EXEC_TIME)), now));
        }
        run();
    }

    /** Membership loses the node (a crash): it answers nothing any more. */
    void crash(String node) {
        members.remove(node);
        controller.step(new ControllerEvent.NodeLeft(node, now));
        run();
    }

    void requestShutdown(String node) {
        controller.step(new ControllerEvent.ShutdownRequested(node, now));
        run();
    }

    /** The fencer answers the oldest fencing asked for. */
    void finishFencing(boolean success) {
        String target = pendingFences.removeFirst();
        if (success) {
            // Fenced: nothing runs there any more, and its executor state is gone.
            running.values().forEach(on -> on.remove(target));
            nodes.put(target, new LocalResources(target));
            localTimers.put(target, new LinkedHashMap<>());
            members.remove(target);
        }
        controller.step(new ControllerEvent.FencingFinished(target, "reboot", success, dc, "fence-dev", now));
        run();
    }

    /** Someone else (an operator, an attribute daemon) commits a change to the CIB. */
    void externalUpdate(CibUpdate update) {
        store.step(new StoreEvent.UpdateRequested("external-" + ++requestCount, update));
        run();
    }

    /** The clock moves on by {@code by}; timers due meanwhile fire in order, each followed by what it causes. */
    void elapse(Duration by) {
        Instant until = now.plus(by);
        while (true) {
            Instant next = null;
            String owner = null;
            String id = null;
            for (var entry : controllerTimers.entrySet()) {
                if (next == null || entry.getValue().isBefore(next)) {
                    next = entry.getValue();
                    owner = null;
                    id = entry.getKey();
                }
            }
            for (var node : localTimers.entrySet()) {
                for (var entry : node.getValue().entrySet()) {
                    if (next == null || entry.getValue().isBefore(next)) {
                        next = entry.getValue();
                        owner = node.getKey();
                        id = entry.getKey();
                    }
                }
            }
            if (next == null || next.isAfter(until)) {
                break;
            }
            now = next;
            if (owner == null) {
                controllerTimers.remove(id);
                controller.step(new ControllerEvent.TimerFired(id, now));
            } else {
                localTimers.get(owner).remove(id);
                nodes.get(owner).step(new LocalEvent.TimerFired(id, now));
            }
            run();
        }
        now = until;
    }

    // ---- what the test looks at

    /** Operations and fencing as carried out: {@code start vip on pm01}, {@code fence pm02}. */
    List<String> history() {
        return List.copyOf(history);
    }

    List<OperationalEvent> log() {
        return List.copyOf(log);
    }

    List<String> logLines() {
        return log.stream().map(OperationalEvent::line).toList();
    }

    List<ControllerEffect> effects() {
        return List.copyOf(effects);
    }

    Set<String> promotedOn(String resource) {
        return Set.copyOf(promoted.getOrDefault(resource, Set.of()));
    }

    Set<String> runningOn(String resource) {
        return Set.copyOf(running.getOrDefault(resource, Set.of()));
    }

    Cib cib() {
        return committed;
    }

    Controller controller() {
        return controller;
    }

    LocalResources node(String name) {
        return nodes.get(name);
    }

    Instant now() {
        return now;
    }

    Set<String> controllerTimers() {
        return Set.copyOf(controllerTimers.keySet());
    }

    List<String> pendingFences() {
        return List.copyOf(pendingFences);
    }

    void clearHistory() {
        history.clear();
        log.clear();
        effects.clear();
    }

    // ---- the play

    /** Plays effects until none is left. */
    void run() {
        for (int round = 0; round < 10_000; round++) {
            boolean any = false;
            for (ControllerEffect effect : controller.ready()) {
                any = true;
                effects.add(effect);
                controllerEffect(effect);
                if (!(effect instanceof ControllerEffect.RecordResult)) {
                    controller.advance(List.of(effect));
                }
            }
            for (var entry : nodes.entrySet()) {
                for (LocalEffect effect : entry.getValue().ready()) {
                    any = true;
                    localEffect(entry.getKey(), effect);
                }
            }
            any |= pumpStore();
            if (!any) {
                return;
            }
        }
        throw new AssertionError("the cluster never settled");
    }

    private void controllerEffect(ControllerEffect effect) {
        switch (effect) {
            case ControllerEffect.RecordResult r -> {
                unacknowledged.put(r, r.updates().size());
                for (CibUpdate update : r.updates()) {
                    String id = "controller-" + ++requestCount;
                    requests.put(id, r);
                    store.step(new StoreEvent.UpdateRequested(id, update));
                }
            }
            case ControllerEffect.RunOperation r -> {
                if (members.contains(r.request().node())) {
                    nodes.get(r.request().node()).step(new LocalEvent.Requested(r.request(), now));
                }
            }
            case ControllerEffect.CancelRecurring c -> {
                if (members.contains(c.node())) {
                    nodes.get(c.node()).step(new LocalEvent.CancelRequested(c.cancel(), now));
                }
            }
            case ControllerEffect.Fence f -> {
                history.add("fence " + f.target());
                pendingFences.add(f.target());
            }
            case ControllerEffect.SetTimer t -> controllerTimers.put(t.timerId(), now.plus(t.delay()));
            case ControllerEffect.CancelTimer t -> controllerTimers.remove(t.timerId());
            case ControllerEffect.ShutdownReady s -> history.add("shutdown-ready " + s.node());
            case ControllerEffect.OperationalLog l -> log.add(l.event());
        }
    }

    private void localEffect(String node, LocalEffect effect) {
        switch (effect) {
            case LocalEffect.Execute e -> execute(node, e);
            case LocalEffect.CancelExecution c -> { }
            case LocalEffect.SetTimer t -> localTimers.get(node).put(t.timerId(), now.plus(t.delay()));
            case LocalEffect.CancelTimer t -> localTimers.get(node).remove(t.timerId());
            case LocalEffect.Report r -> {
                if (members.contains(node)) {
                    controller.step(new ControllerEvent.OperationFinished(r.report(), now));
                }
            }
        }
    }

    private void execute(String node, LocalEffect.Execute execute) {
        OperationRequest request = execute.request();
        String resource = request.resource();
        String task = request.task();
        String key = resource + " " + task + " " + node;
        boolean recurring = request.isRecurring();
        if (!recurring && !request.isProbe()) {
            history.add(task + " " + resource + " on " + node);
        }
        if (heldOperations.remove(key)) {
            held.add(new String[] {node, Integer.toString(execute.callId()), resource, task});
            return;
        }
        Set<String> on = running.computeIfAbsent(resource, r -> new HashSet<>());
        Instant started = now;
        Instant ended = now.plus(EXEC_TIME);
        OpResult result;
        if (timeouts.remove(key)) {
            result = new OpResult(1, ExecutorStatus.TIMED_OUT, "timed out", "", "", started,
                    started.plus(request.timeout()));
        } else if (failures.containsKey(key)) {
            result = new OpResult(failures.remove(key), ExecutorStatus.DONE, "", "", "", started, ended);
        } else {
            Set<String> promotedOn = promoted.computeIfAbsent(resource, r -> new HashSet<>());
            int rc = switch (task) {
                case "start" -> {
                    on.add(node);
                    yield 0;
                }
                case "promote" -> {
                    promotedOn.add(node);
                    yield 0;
                }
                case "demote" -> {
                    promotedOn.remove(node);
                    yield 0;
                }
                case "stop" -> {
                    on.remove(node);
                    promotedOn.remove(node);
                    yield 0;
                }
                // A promoted instance answers 8, as Stateful and pgsql do.
                case "monitor" -> !on.contains(node) ? 7 : promotedOn.contains(node) ? 8 : 0;
                default -> 0;
            };
            result = new OpResult(rc, ExecutorStatus.DONE, "", "", "", started, ended);
        }
        nodes.get(node).step(new LocalEvent.Finished(execute.callId(), result, now));
    }

    /** One round of the store's effects; true when there were any. */
    private boolean pumpStore() {
        List<StoreEffect> effects = store.ready();
        var written = new ArrayList<StoreEffect>();
        for (StoreEffect effect : effects) {
            switch (effect) {
                case StoreEffect.WriteCib write -> written.add(write);
                case StoreEffect.Acknowledge ack -> {
                    if (ack.outcome() instanceof UpdateOutcome.Rejected rejected) {
                        throw new AssertionError("the store refused " + ack.requestId() + ": " + rejected.problems());
                    }
                    ControllerEffect record = requests.remove(ack.requestId());
                    if (record != null && unacknowledged.merge(record, -1, Integer::sum) == 0) {
                        unacknowledged.remove(record);
                        controller.advance(List.of(record));
                    }
                }
                case StoreEffect.CibCommitted commit -> {
                    committed = commit.cib();
                    controller.step(new ControllerEvent.CibChanged(committed, now));
                }
            }
        }
        store.advance(written);
        return !effects.isEmpty();
    }
}
