package org.paceline.node.attributes;

import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;

import org.paceline.node.store.CibUpdate;

/**
 * The thin loop around {@link NodeAttributes}: one virtual thread takes events in arrival
 * order, steps the core, hands its writes to the CIB store (through {@code writes}, in
 * order) and sets its timers. It decides nothing: every choice is the core's.
 *
 * <p>{@link #submit}, {@link #request} and {@link #query} may be called from any thread; the
 * core is only touched by the loop's thread, and so is {@code writes}, which must not block.
 */
public final class NodeAttributesLoop implements AutoCloseable {
    private final NodeAttributes core;
    private final InstantSource clock;
    private final Consumer<CibUpdate> writes;
    private final BlockingQueue<Item> items = new LinkedBlockingQueue<>();
    private final Thread thread;

    private NodeAttributesLoop(NodeAttributes core, InstantSource clock, Consumer<CibUpdate> writes) {
        this.core = core;
        this.clock = clock;
        this.writes = writes;
        this.thread = Thread.ofVirtual().name("attributes").unstarted(this::run);
    }

    /** Starts the loop; every update the core writes goes to {@code writes} (the CIB store's queue). */
    public static NodeAttributesLoop start(NodeAttributes core, InstantSource clock, Consumer<CibUpdate> writes) {
        var loop = new NodeAttributesLoop(core, clock, writes);
        loop.thread.start();
        return loop;
    }

    /** Queues an event; never blocks. */
    public void submit(AttributeEvent event) {
        items.add(new Item.Event(event));
    }

    /** Queues a client's request, stamped with the clock's instant. */
    public void request(AttributeRequest request) {
        submit(new AttributeEvent.Requested(request, clock.instant()));
    }

    /** Asks the core something ({@code attrd_updater -Q}) on the loop's thread. */
    public <T> CompletableFuture<T> query(Function<NodeAttributes, T> question) {
        var answer = new CompletableFuture<T>();
        items.add(new Item.Query(core -> answer.complete(question.apply(core))));
        return answer;
    }

    /** Handles what was already submitted, then stops. */
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
                        core.step(event.event());
                        carryOut();
                    }
                    case Item.Query query -> query.ask().accept(core);
                    case Item.Stop stop -> throw new IllegalStateException("the loop has stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void carryOut() {
        for (var effects = core.ready(); !effects.isEmpty(); effects = core.ready()) {
            for (AttributeEffect effect : effects) {
                switch (effect) {
                    case AttributeEffect.WriteAttributes write -> write.updates().forEach(writes);
                    case AttributeEffect.SetTimer timer -> Thread.ofVirtual().name("attribute-timer").start(() -> {
                        try {
                            Duration wait = Duration.between(clock.instant(), timer.at());
                            if (wait.isPositive()) {
                                Thread.sleep(wait);
                            }
                            submit(new AttributeEvent.TimerFired(timer.timerId(), clock.instant()));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                }
            }
            core.advance(effects);
        }
    }

    /** What the loop's queue holds. */
    private sealed interface Item {
        record Event(AttributeEvent event) implements Item {}

        record Query(Consumer<NodeAttributes> ask) implements Item {}

        record Stop() implements Item {}
    }
}
