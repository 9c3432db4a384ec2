package org.paceline.node.daemon;

import java.io.IOException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.paceline.cib.Cib;
import org.paceline.node.fencer.FenceResult;
import org.paceline.node.membership.Membership;
import org.paceline.node.membership.MembershipListener;
import org.paceline.node.membership.MembershipView;
import org.paceline.node.store.CibFiles;
import org.paceline.node.store.UpdateOutcome;

/**
 * The thin loop around a {@link NodeCore}: one virtual thread takes events in arrival
 * order, steps the core, and carries out its effects through the seams (membership, the
 * CIB files, the agents, timers, the logs). It decides nothing: every choice is the core's.
 *
 * <p>Thread rules: {@link #submit}, {@link #update}, {@link #fence} and {@link #query} may be
 * called from any thread; the core is touched only by the loop's thread; a CIB write runs
 * on a writer thread of its own, so that a slow disk delays acknowledgements, never the
 * handling of messages; agents run on the runners' threads and report back as events.
 */
public final class NodeLoop implements AutoCloseable {
    private final NodeCore core;
    private final Membership membership;
    private final CibFiles files;
    private final AgentRuns agents;
    private final DaemonLog log;
    private final InstantSource clock;
    private final BlockingQueue<Optional<Runnable>> events = new LinkedBlockingQueue<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("cib-writer").factory());
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("node-timers").factory());
    private final Map<String, ScheduledFuture<?>> pendingTimers = new ConcurrentHashMap<>();
    /** The generation of each set timer; touched on the loop's thread only. */
    private final Map<String, Long> timerGenerations = new java.util.HashMap<>();
    private final Map<Integer, AgentRuns.Running> runningCalls = new ConcurrentHashMap<>();
    private final Map<String, AgentRuns.Running> runningFences = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<UpdateOutcome>> clients = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<FenceResult>> fenceClients = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> shutdownReady = new CompletableFuture<>();
    private final AtomicLong requests = new AtomicLong();
    private final Thread thread;
    private volatile NodeSnapshot snapshot;
    /** The last CIB copy sent to the members, and its bytes; the loop's thread only. */
    private Cib lastReplicated;
    private byte[] lastReplicatedBytes;

    public NodeLoop(NodeCore core, Membership membership, CibFiles files, AgentRuns agents, DaemonLog log,
                    InstantSource clock) {
        this.core = core;
        this.membership = membership;
        this.files = files;
        this.agents = agents;
        this.log = log;
        this.clock = clock;
        this.snapshot = snapshotNow();
        this.thread = Thread.ofVirtual().name("node-loop").unstarted(this::run);
    }

    /** Starts the loop, then joins the cluster: the first view arrives as an event. */
    public void start() {
        thread.start();
        membership.start(new MembershipListener() {
            @Override
            public void viewChanged(MembershipView view) {
                submit(new NodeEvent.ViewChanged(view));
            }

            @Override
            public void received(String fromNode, byte[] message) {
                switch (ClusterMessageCodec.decode(message)) {
                    case ClusterMessageCodec.Decoded.Message decoded ->
                            submit(new NodeEvent.MessageReceived(fromNode, decoded.message()));
                    case ClusterMessageCodec.Decoded.Malformed malformed ->
                            log.full(DaemonLog.Severity.WARN, "membership", "dropped a malformed message from "
                                    + fromNode + ": " + malformed.reason());
                }
            }
        });
    }

    /** Queues an event, stamped with the instant it arrived; never blocks. */
    public void submit(NodeEvent event) {
        Instant at = clock.instant();
        events.add(Optional.of(() -> step(event, at)));
    }

    /** A client's change; completes once it is on every member's disk, or with the reason it is not. */
    public CompletableFuture<UpdateOutcome> update(org.paceline.node.store.CibUpdate update) {
        String requestId = "client-" + requests.incrementAndGet();
        var answer = new CompletableFuture<UpdateOutcome>();
        clients.put(requestId, answer);
        submit(new NodeEvent.ClientUpdate(requestId, update));
        return answer;
    }

    /** An operator's fencing request; completes when the DC's fencer is done with it. */
    public CompletableFuture<FenceResult> fence(String target, org.paceline.node.fencer.FenceAction action,
                                                boolean confirm) {
        String requestId = "fence-" + requests.incrementAndGet();
        var answer = new CompletableFuture<FenceResult>();
        fenceClients.put(requestId, answer);
        submit(new NodeEvent.ClientFence(requestId, target, action, confirm));
        return answer;
    }

    /** Reads something of the core on the loop's thread (the fencer's history, pending attribute values). */
    public <T> CompletableFuture<T> query(Function<NodeCore, T> question) {
        var answer = new CompletableFuture<T>();
        events.add(Optional.of(() -> answer.complete(question.apply(core))));
        return answer;
    }

    /** What the node knew after its last step. */
    public NodeSnapshot snapshot() {
        return snapshot;
    }

    /** Completes once a requested shutdown has stopped everything that ran here. */
    public CompletableFuture<Void> shutdownReady() {
        return shutdownReady;
    }

    /** Leaves the cluster and stops the loop once the events already queued are handled. */
    @Override
    public void close() throws InterruptedException {
        membership.stop();
        events.add(Optional.empty());
        thread.join();
        timers.shutdownNow();
        writer.shutdown();
        runningCalls.values().forEach(running -> running.cancel().run());
        runningFences.values().forEach(running -> running.cancel().run());
    }

    private void run() {
        try {
            for (Optional<Runnable> event = events.take(); event.isPresent(); event = events.take()) {
                event.get().run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // A broken invariant: stop rather than act on a state nobody understands.
            log.full(DaemonLog.Severity.CRIT, "daemon", "the node loop stopped: " + e);
            shutdownReady.completeExceptionally(e);
            throw e;
        }
    }

    private void step(NodeEvent event, Instant at) {
        core.step(event, at);
        for (NodeEffect effect : core.ready()) {
            carryOut(effect);
        }
        snapshot = snapshotNow();
    }

    private NodeSnapshot snapshotNow() {
        return new NodeSnapshot(core.nodeName(), core.cib(), core.view(), core.quorum(),
                core.fencer().history().entries(), clock.instant());
    }

    private void carryOut(NodeEffect effect) {
        switch (effect) {
            case NodeEffect.WriteCib write -> writer.execute(() -> save(write.cib()));
            case NodeEffect.Send send -> membership.send(send.toNode(), encoded(send.message()));
            case NodeEffect.AnswerClient answer -> {
                var client = clients.remove(answer.requestId());
                if (client != null) {
                    client.complete(answer.outcome());
                }
            }
            case NodeEffect.AnswerFence answer -> {
                var client = fenceClients.remove(answer.requestId());
                if (client != null) {
                    client.complete(answer.result());
                }
            }
            case NodeEffect.Execute execute -> {
                var running = agents.start(execute.request());
                runningCalls.put(execute.callId(), running);
                running.result().whenComplete((result, failure) -> {
                    runningCalls.remove(execute.callId());
                    if (result != null) {
                        submit(new NodeEvent.OperationExecuted(execute.callId(), result));
                    }
                });
            }
            case NodeEffect.CancelExecution cancel -> {
                var running = runningCalls.remove(cancel.callId());
                if (running != null) {
                    running.cancel().run();
                }
            }
            case NodeEffect.RunFenceAgent run -> {
                var running = agents.fence(run.operation());
                runningFences.put(run.operationId(), running);
                // Before its end: the core logs the attempt with its process id, then its outcome.
                submit(new NodeEvent.FenceAgentStarted(run.operationId(), running.pid().get()));
                running.result().whenComplete((result, failure) -> {
                    runningFences.remove(run.operationId());
                    if (result != null) {
                        submit(new NodeEvent.FenceAgentExecuted(run.operationId(), result));
                    }
                });
            }
            case NodeEffect.CancelFenceAgent cancel -> {
                var running = runningFences.remove(cancel.operationId());
                if (running != null) {
                    running.cancel().run();
                }
            }
            case NodeEffect.SetTimer timer -> {
                // A timer replaced or cancelled after it fired must not reach the core: the
                // generation is checked on the loop's thread, where replacing happens.
                long generation = requests.incrementAndGet();
                timerGenerations.put(timer.timerId(), generation);
                var previous = pendingTimers.put(timer.timerId(), timers.schedule(() -> events.add(Optional.of(() -> {
                    if (timerGenerations.remove(timer.timerId(), generation)) {
                        pendingTimers.remove(timer.timerId());
                        step(new NodeEvent.TimerFired(timer.timerId()), clock.instant());
                    }
                })), timer.delay().toMillis(), TimeUnit.MILLISECONDS));
                if (previous != null) {
                    previous.cancel(false);
                }
            }
            case NodeEffect.CancelTimer timer -> {
                timerGenerations.remove(timer.timerId());
                var previous = pendingTimers.remove(timer.timerId());
                if (previous != null) {
                    previous.cancel(false);
                }
            }
            case NodeEffect.ShutdownReady ready -> shutdownReady.complete(null);
            case NodeEffect.Log line -> log.full(line.severity(), line.part(), line.text());
            case NodeEffect.OperationalLog line -> log.operational(line.node(), line.severity(), line.text());
        }
    }

    /**
     * The bytes of a message; the DC sends each new CIB to every member, so the last one
     * encoded is kept, and written as XML once, not once a member.
     */
    private byte[] encoded(ClusterMessage message) {
        if (message instanceof ClusterMessage.Replication replication
                && replication.message() instanceof org.paceline.node.store.ReplicationMessage.Replicate replicate) {
            // The same copy, by identity: comparing two CIBs whole would cost what it saves.
            if (replicate.cib() != lastReplicated) {
                lastReplicated = replicate.cib();
                lastReplicatedBytes = ClusterMessageCodec.encode(message);
            }
            return lastReplicatedBytes;
        }
        return ClusterMessageCodec.encode(message);
    }

    private void save(Cib cib) {
        try {
            files.save(cib);
            submit(new NodeEvent.CibWritten(cib));
        } catch (IOException e) {
            submit(new NodeEvent.CibWriteFailed(cib.version(), e.getMessage()));
        }
    }
}
