package org.paceline.node.fencer;

import java.time.Duration;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;

import org.paceline.node.executor.FenceAgent;
import org.paceline.node.executor.OpHandle;
import org.paceline.node.executor.StonithPlugin;

/**
 * The thin loop around a {@link Fencer}: one virtual thread takes events in arrival order,
 * steps the fencer, starts and cancels agents through the executor's {@link FenceAgent}
 * (or {@link StonithPlugin} for cluster-glue plugin types, told apart as Pacemaker does),
 * sets timers, and hands each {@link FenceResult} to the listener. It decides nothing:
 * every choice is the fencer's.
 *
 * <p>{@link #submit}, {@link #request} and {@link #query} may be called from any thread; the
 * fencer is only touched by the loop's thread. Agents' ends and timers come back as events
 * through the same queue. The listener runs on the loop's thread and must not block.
 */
public final class FencerLoop implements AutoCloseable {
    private final Fencer fencer;
    private final FenceAgent agents;
    private final StonithPlugin plugins;
    private final InstantSource clock;
    private final Consumer<FenceResult> listener;
    private final BlockingQueue<Item> items = new LinkedBlockingQueue<>();
    private final Map<String, OpHandle> running = new HashMap<>();
    private final Thread thread;

    private FencerLoop(Fencer fencer, FenceAgent agents, StonithPlugin plugins, InstantSource clock,
                       Consumer<FenceResult> listener) {
        this.fencer = fencer;
        this.agents = agents;
        this.plugins = plugins;
        this.clock = clock;
        this.listener = listener;
        this.thread = Thread.ofVirtual().name("fencer").unstarted(this::run);
    }

    /**
     * Starts the loop; devices of {@code fence_*} agents run through {@code agents}, all other
     * types ({@code external/ipmi}, {@code meatware}) through {@code plugins}; results of
     * fencing requests go to {@code listener}.
     */
    public static FencerLoop start(Fencer fencer, FenceAgent agents, StonithPlugin plugins, InstantSource clock,
                                   Consumer<FenceResult> listener) {
        var loop = new FencerLoop(fencer, agents, plugins, clock, listener);
        loop.thread.start();
        return loop;
    }

    /** Queues an event; never blocks. */
    public void submit(FencerEvent event) {
        items.add(new Item.Event(event));
    }

    /** Queues a fencing request, stamped with the clock's instant. */
    public void request(FenceRequest request) {
        submit(new FencerEvent.FenceRequested(request, clock.instant()));
    }

    /** Asks the fencer something (a plan, its history) on the loop's thread. */
    public <T> CompletableFuture<T> query(Function<Fencer, T> question) {
        var answer = new CompletableFuture<T>();
        items.add(new Item.Query(fencer -> answer.complete(question.apply(fencer))));
        return answer;
    }

    /** Handles what was already submitted, cancels agents still running, and stops. */
    @Override
    public void close() throws InterruptedException {
        items.add(new Item.Stop());
        thread.join();
    }

    private void run() {
        try {
            for (Item item = items.take(); !(item instanceof Item.Stop); item = items.take()) {
                switch (item) {
                    case Item.Event event -> {
                        fencer.step(event.event());
                        carryOut();
                    }
                    case Item.Query query -> query.ask().accept(fencer);
                    case Item.Stop stop -> throw new IllegalStateException("the loop has stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running.values().forEach(OpHandle::cancel);
        }
    }

    private void carryOut() {
        for (var effects = fencer.ready(); !effects.isEmpty(); effects = fencer.ready()) {
            for (FencerEffect effect : effects) {
                switch (effect) {
                    case FencerEffect.RunFenceAgent run -> {
                        OpHandle handle = StonithPlugin.isPluginType(run.operation().agent())
                                ? plugins.start(run.operation()) : agents.start(run.operation());
                        running.put(run.operationId(), handle);
                        handle.result().thenAccept(result -> submit(
                                new FencerEvent.AgentFinished(run.operationId(), result, clock.instant())));
                    }
                    case FencerEffect.CancelFenceAgent cancel -> {
                        OpHandle handle = running.get(cancel.operationId());
                        if (handle != null) {
                            handle.cancel();
                        }
                    }
                    case FencerEffect.SetTimer timer -> Thread.ofVirtual().name("fencer-timer").start(() -> {
                        try {
                            Duration wait = Duration.between(clock.instant(), timer.at());
                            if (wait.isPositive()) {
                                Thread.sleep(wait);
                            }
                            submit(new FencerEvent.TimerFired(timer.timerId(), clock.instant()));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                    case FencerEffect.FencingCompleted completed -> listener.accept(completed.result());
                }
            }
            fencer.advance(effects);
        }
        // Runs whose end was reported are no longer cancellable.
        running.values().removeIf(handle -> handle.result().isDone());
    }

    /** What the loop's queue holds. */
    private sealed interface Item {
        record Event(FencerEvent event) implements Item {}

        record Query(Consumer<Fencer> ask) implements Item {}

        record Stop() implements Item {}
    }
}
