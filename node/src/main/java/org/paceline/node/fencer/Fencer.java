package org.paceline.node.fencer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.paceline.cib.Cib;
import org.paceline.cib.ClusterOption;
import org.paceline.cib.rules.IntervalSpec;
import org.paceline.node.executor.ExecutorStatus;
import org.paceline.node.executor.FenceAgent;
import org.paceline.node.executor.FenceOperation;
import org.paceline.node.executor.OpResult;

/**
 * The fencer as a pure state machine: takes fencing requests, chooses devices by the
 * topology and the devices' host lists, runs their agents with per-device timeouts,
 * retries and delays within the cluster's fencing timeout, and says how each request ended.
 *
 * <p>Events go in through {@link #step}; {@link #ready} gives the effects due, each once,
 * in order; the loop carries them out and reports them through {@link #advance}. An agent
 * run's end comes back as {@link FencerEvent.AgentFinished}, a timer as
 * {@link FencerEvent.TimerFired}. At most one fencing action runs on a device at a time
 * ({@code pcmk_action_limit} 1); questions to devices ({@code list}, {@code status},
 * {@code metadata}) do not wait for it. A request equal to one under way (same target and
 * action) joins it. The fencing timeout runs from the request, extended by every
 * {@code pcmk_delay_*} waited for, as Pacemaker extends it.
 *
 * <p>No I/O, no clock (time comes in events), chance only from the injected
 * {@link RandomGenerator}; not thread-safe: one loop thread owns it.
 */
public final class Fencer {
    /** How long an agent may take to print its metadata. */
    public static final Duration METADATA_TIMEOUT = Duration.ofSeconds(10);

    private static final String FENCE = "fence";

    private final String localNode;
    private final RandomGenerator random;
    private final DeviceFacts facts = new DeviceFacts();
    private final FencingHistory history = new FencingHistory();
    private final LinkedHashMap<String, FencingAttempt> attempts = new LinkedHashMap<>();
    private final Map<String, Question> questions = new HashMap<>();
    private final Set<String> questionsAsked = new HashSet<>();
    private final Map<String, Run> runs = new HashMap<>();
    private final Map<String, TimerUse> timers = new HashMap<>();
    private final Set<String> busyDevices = new HashSet<>();
    private final List<FencerEffect> due = new ArrayList<>();
    private final List<FencerEffect> handedOut = new ArrayList<>();
    private List<FenceDevice> devices = List.of();
    private FencingTopology topology = new FencingTopology(List.of());
    private Map<String, Map<String, String>> nodeAttributes = Map.of();
    private Duration fencingTimeout = Duration.ofSeconds(60);
    private Instant lastSeen = Instant.EPOCH;
    private long sequence;

    /**
     * @param localNode the node this fencer runs on: it runs the agents (the history's delegate)
     * @param random    where {@code pcmk_delay_max}'s random delays come from
     */
    public Fencer(String localNode, RandomGenerator random) {
        this.localNode = localNode;
        this.random = random;
    }

    /** Takes one event; never blocks, never does I/O. */
    public void step(FencerEvent event) {
        if (event.at().isAfter(lastSeen)) {
            lastSeen = event.at();
        }
        switch (event) {
            case FencerEvent.CibChanged changed -> configure(changed.cib(), changed.nodeAttributes(), changed.at());
            case FencerEvent.FenceRequested requested -> request(requested.request(), requested.at());
            case FencerEvent.AgentFinished finished -> finished(finished.operationId(), finished.result(),
                    finished.at());
            case FencerEvent.TimerFired fired -> timer(fired.timerId(), fired.at());
        }
    }

    /** The effects due now, each given once, in the order they must be carried out. */
    public List<FencerEffect> ready() {
        var effects = List.copyOf(due);
        due.clear();
        handedOut.addAll(effects);
        return effects;
    }

    /**
     * Reports effects carried out (agents started, timers set, completions delivered).
     *
     * @throws IllegalStateException when an effect is reported that was not handed out
     */
    public void advance(List<FencerEffect> done) {
        for (FencerEffect effect : done) {
            if (!handedOut.remove(effect)) {
                throw new IllegalStateException("effect " + effect + " was not handed out, or was reported twice");
            }
        }
    }

    /** Which devices can fence {@code target}, in which order, and why, from what is known now. */
    public FencingPlan plan(String target) {
        return FencingPlan.of(target, devices, topology, nodeAttributes.getOrDefault(target, Map.of()), facts,
                lastSeen);
    }

    /** The fencing devices of the current CIB, in document order. */
    public List<FenceDevice> devices() {
        return devices;
    }

    public FencingHistory history() {
        return history;
    }

    /** Whether a request about {@code target} is under way. */
    public boolean isFencing(String target) {
        return attempts.values().stream().anyMatch(a -> a.target.equals(target));
    }

    private void configure(Cib cib, Map<String, Map<String, String>> attributes, Instant at) {
        var newDevices = FenceDevice.all(cib, at);
        for (FenceDevice device : newDevices) {
            if (!devices.contains(device)) {
                facts.forgetDevice(device.id());
            }
        }
        devices = newDevices;
        topology = FencingTopology.of(cib);
        nodeAttributes = Map.copyOf(attributes);
        var timeout = IntervalSpec.millis(cib.configuration().clusterProperty(ClusterOption.FENCING_TIMEOUT)
                .orElse(ClusterOption.FENCING_TIMEOUT.defaultValue()));
        fencingTimeout = timeout.isPresent() && timeout.getAsLong() > 0 ? Duration.ofMillis(timeout.getAsLong())
                : Duration.ofSeconds(60);
    }

    private void request(FenceRequest request, Instant at) {
        FencingAttempt running = attempts.get(FencingAttempt.keyOf(request));
        if (running != null) {
            running.requests.add(request);
            history.record(FenceHistoryEntry.pending(request, localNode, at));
            return;
        }
        var attempt = new FencingAttempt(request, at, fencingTimeout);
        attempts.put(attempt.key, attempt);
        history.record(FenceHistoryEntry.pending(request, localNode, at));
        facts.forgetStatuses(request.target());
        setTimer(new TimerUse(attempt.key, false), attempt.deadline);
        proceed(attempt, at);
    }

    /** Moves an idle attempt on: plan first (asking devices when needed), then the next run. */
    private void proceed(FencingAttempt attempt, Instant at) {
        if (attempt.plan == null) {
            FencingPlan plan = FencingPlan.of(attempt.target, devices, topology,
                    nodeAttributes.getOrDefault(attempt.target, Map.of()), facts, at);
            if (!plan.isFinal()) {
                attempt.waitingForAnswers = true;
                plan.questions().forEach(question -> ask(question, at));
                return;
            }
            attempt.waitingForAnswers = false;
            attempt.plan = plan;
            if (plan.levels().isEmpty()) {
                finish(attempt, false, plan.whyNot(), "", at);
                return;
            }
            attempt.enterLevel(0);
        }
        runStep(attempt, at);
    }

    private void runStep(FencingAttempt attempt, Instant at) {
        if (attempt.step >= attempt.steps.size()) {
            finish(attempt, true, "", attempt.plan.levels().get(attempt.level).deviceIds(), at);
            return;
        }
        FencingAttempt.Step step = attempt.currentStep();
        FenceDevice device = step.device();
        if (busyDevices.contains(device.id())) {
            attempt.waitingForDevice = true;
            return;
        }
        if (!step.action().equals("on") && attempt.delayed.add(device.id())) {
            // priority-fencing-delay, when the scheduler gave one, is waited once, before the first
            // device, on top of that device's own pcmk_delay_*: Pacemaker adds them, so that the
            // side running the service still wins when every device has a delay of its own.
            Duration priorityDelay = attempt.requests.getFirst().priorityDelay();
            Duration delay = device.delay(random);
            if (priorityDelay != null && attempt.delayed.size() == 1) {
                delay = delay.plus(priorityDelay);
            }
            if (delay.isPositive()) {
                attempt.deadline = attempt.deadline.plus(delay);
                setTimer(new TimerUse(attempt.key, false), attempt.deadline);
                attempt.waitingTimer = setTimer(new TimerUse(attempt.key, true), at.plus(delay));
                return;
            }
        }
        Duration remaining = Duration.between(at, attempt.deadline);
        if (!remaining.isPositive()) {
            finish(attempt, false, timeoutReason(attempt), device.id(), at);
            return;
        }
        Duration timeout;
        if (attempt.tries == 0) {
            attempt.stepStarted = at;
            attempt.stepTimeout = min(device.timeout(step.action(), fencingTimeout), remaining);
            timeout = attempt.stepTimeout;
        } else {
            timeout = min(attempt.nextTimeout, remaining);
        }
        var operation = new FenceOperation(device.agent(), step.action(), attempt.target,
                device.port(attempt.target), facts.hostArgument(device.agent()).orElse(null), device.parameters(),
                timeout);
        String id = nextId("fence-op");
        runs.put(id, new Run(attempt.key, device.id(), FENCE));
        busyDevices.add(device.id());
        attempt.runningOperation = id;
        attempt.lastDevice = device.id();
        due.add(new FencerEffect.RunFenceAgent(id, device.id(), FENCE, operation));
    }

    private void finished(String operationId, OpResult result, Instant at) {
        Question question = questions.remove(operationId);
        if (question != null) {
            learn(question, result, at);
            return;
        }
        Run run = runs.remove(operationId);
        if (run == null) {
            return;
        }
        busyDevices.remove(run.device());
        FencingAttempt attempt = attempts.get(run.attemptKey());
        if (attempt != null && operationId.equals(attempt.runningOperation)) {
            attempt.runningOperation = null;
            stepEnded(attempt, result, at);
        }
        resumeWaitingForDevices(at);
    }

    private void stepEnded(FencingAttempt attempt, OpResult result, Instant at) {
        FencingAttempt.Step step = attempt.currentStep();
        attempt.tries++;
        if (result.status() == ExecutorStatus.DONE && result.rc() == 0) {
            attempt.step++;
            attempt.tries = 0;
            runStep(attempt, at);
            return;
        }
        Duration elapsed = Duration.between(attempt.stepStarted, at);
        // Pacemaker retries only while 30% of the action's timeout is left, and never after a timeout.
        if (attempt.tries < step.device().retries(step.action()) && result.status() != ExecutorStatus.TIMED_OUT
                && elapsed.toMillis() * 10 < attempt.stepTimeout.toMillis() * 7) {
            attempt.nextTimeout = attempt.stepTimeout.minus(elapsed);
            runStep(attempt, at);
            return;
        }
        attempt.failures.add(step.device().id() + " " + step.action() + ": " + failureText(result));
        attempt.tries = 0;
        if (step.decides()) {
            due.add(new FencerEffect.DeviceFailed(attempt.target, attempt.action, step.device().id(), result.rc(),
                    attempt.level + 1 < attempt.plan.levels().size()));
        }
        if (!step.decides()) {
            attempt.step++;
            runStep(attempt, at);
        } else if (attempt.level + 1 < attempt.plan.levels().size()) {
            attempt.enterLevel(attempt.level + 1);
            runStep(attempt, at);
        } else {
            finish(attempt, false, "every device failed: " + String.join("; ", attempt.failures),
                    attempt.lastDevice, at);
        }
    }

    private void timer(String timerId, Instant at) {
        TimerUse use = timers.remove(timerId);
        FencingAttempt attempt = use == null ? null : attempts.get(use.attemptKey());
        if (attempt == null) {
            return;
        }
        if (use.delay()) {
            if (timerId.equals(attempt.waitingTimer)) {
                attempt.waitingTimer = null;
                runStep(attempt, at);
            }
        } else if (!at.isBefore(attempt.deadline)) {
            if (attempt.runningOperation != null) {
                // Its end still frees the device; the attempt no longer waits for it.
                due.add(new FencerEffect.CancelFenceAgent(attempt.runningOperation));
            }
            finish(attempt, false, timeoutReason(attempt), attempt.lastDevice, at);
        }
    }

    private void ask(FencingPlan.Question question, Instant at) {
        FenceDevice device = question.device();
        String key = question.action().equals("metadata") ? "metadata\u0000" + device.agent()
                : question.action() + "\u0000" + device.id() + "\u0000" + question.target();
        if (!questionsAsked.add(key)) {
            return;
        }
        Duration timeout = question.action().equals("metadata") ? METADATA_TIMEOUT
                : device.timeout(question.action(), fencingTimeout);
        String target = question.target();
        var operation = new FenceOperation(device.agent(), question.action(), target,
                target == null ? null : device.port(target), facts.hostArgument(device.agent()).orElse(null),
                device.parameters(), timeout);
        String id = nextId("fence-query");
        questions.put(id, new Question(key, question));
        due.add(new FencerEffect.RunFenceAgent(id, device.id(), question.action(), operation));
    }

    private void learn(Question asked, OpResult result, Instant at) {
        questionsAsked.remove(asked.key());
        FencingPlan.Question question = asked.question();
        FenceDevice device = question.device();
        boolean done = result.status() == ExecutorStatus.DONE;
        switch (question.action()) {
            case "list" -> facts.putListing(device.id(), done && result.rc() == 0
                    ? new DeviceFacts.Listing(FenceDevice.words(result.output()), null, at)
                    : new DeviceFacts.Listing(List.of(), failureText(result), at));
            case "status" -> facts.putStatus(device.id(), question.target(),
                    new DeviceFacts.StatusAnswer(done ? result.rc() : -1, failureText(result)));
            default -> facts.putHostArgument(device.agent(),
                    done && result.rc() == 0 ? FenceAgent.hostArgument(result.output()) : "port");
        }
        for (FencingAttempt attempt : List.copyOf(attempts.values())) {
            if (attempt.waitingForAnswers && attempts.containsKey(attempt.key)) {
                proceed(attempt, at);
            }
        }
    }

    private void finish(FencingAttempt attempt, boolean succeeded, String reason, String device, Instant at) {
        attempts.remove(attempt.key);
        facts.forgetStatuses(attempt.target);
        timers.values().removeIf(use -> use.attemptKey().equals(attempt.key));
        for (FenceRequest request : attempt.requests) {
            var result = new FenceResult(request, succeeded, reason, device, localNode, at);
            history.record(FenceHistoryEntry.of(result, attempt.started));
            due.add(new FencerEffect.FencingCompleted(result));
        }
        resumeWaitingForDevices(at);
    }

    private void resumeWaitingForDevices(Instant at) {
        for (FencingAttempt attempt : List.copyOf(attempts.values())) {
            if (attempt.waitingForDevice && attempts.containsKey(attempt.key)
                    && !busyDevices.contains(attempt.currentStep().device().id())) {
                attempt.waitingForDevice = false;
                runStep(attempt, at);
            }
        }
    }

    private String timeoutReason(FencingAttempt attempt) {
        String base = "fencing-timeout expired after " + Duration.between(attempt.started, attempt.deadline)
                .toMillis() + " ms";
        return attempt.failures.isEmpty() ? base : base + "; " + String.join("; ", attempt.failures);
    }

    private static String failureText(OpResult result) {
        if (result.status() == ExecutorStatus.DONE) {
            String errors = result.errors().strip();
            String last = errors.isEmpty() ? "" : errors.lines().reduce((a, b) -> b).orElse("");
            return "rc=" + result.rc() + (last.isEmpty() ? "" : " (" + bounded(last) + ")");
        }
        String words = switch (result.status()) {
            case TIMED_OUT -> "timed out";
            case CANCELLED -> "cancelled";
            case NOT_INSTALLED -> "not installed";
            case ERROR -> "could not be run";
            case DONE -> throw new AssertionError("handled above");
        };
        return words + (result.exitReason().isEmpty() ? "" : " (" + bounded(result.exitReason()) + ")");
    }

    /** An agent's own words, cut so that one flooding agent cannot flood the log and crm_mon too. */
    private static String bounded(String text) {
        int limit = 200;
        return text.length() <= limit ? text : text.substring(0, limit) + "...";
    }

    private String setTimer(TimerUse use, Instant at) {
        String id = nextId("fence-timer");
        timers.put(id, use);
        due.add(new FencerEffect.SetTimer(id, at));
        return id;
    }

    private String nextId(String kind) {
        return kind + "-" + (++sequence);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** A fencing run handed out: for which attempt and device. */
    private record Run(String attemptKey, String device, String purpose) {}

    /** A question run handed out, under the key that keeps it from being asked twice at once. */
    private record Question(String key, FencingPlan.Question question) {}

    /** What a timer is for: an attempt's delay before a device, or its deadline. */
    private record TimerUse(String attemptKey, boolean delay) {}
}
