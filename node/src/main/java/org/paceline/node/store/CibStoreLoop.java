package org.paceline.node.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The thin loop around a {@link CibStore}: one virtual thread takes events in arrival
 * order, steps the store, writes through {@link CibFiles} and tells the
 * {@link StoreListener}. It decides nothing: every choice is the store's.
 *
 * <p>{@link #submit} may be called from any thread; the store and the files are only
 * touched by the loop's thread.
 */
public final class CibStoreLoop implements AutoCloseable {
    private final CibStore store;
    private final CibFiles files;
    private final StoreListener listener;
    private final BlockingQueue<Optional<StoreEvent>> events = new LinkedBlockingQueue<>();
    private final Thread thread;

    private CibStoreLoop(CibStore store, CibFiles files, StoreListener listener) {
        this.store = store;
        this.files = files;
        this.listener = listener;
        this.thread = Thread.ofVirtual().name("cib-store").unstarted(this::run);
    }

    /** Starts the loop for a store whose CIB was restored from {@code files}. */
    public static CibStoreLoop start(CibStore store, CibFiles files, StoreListener listener) {
        var loop = new CibStoreLoop(store, files, listener);
        loop.thread.start();
        return loop;
    }

    /** Queues an event; never blocks. */
    public void submit(StoreEvent event) {
        events.add(Optional.of(event));
    }

    /** Handles the events already submitted, then stops the loop and waits for it. */
    @Override
    public void close() throws InterruptedException {
        events.add(Optional.empty());
        thread.join();
    }

    private void run() {
        try {
            for (Optional<StoreEvent> event = events.take(); event.isPresent(); event = events.take()) {
                store.step(event.get());
                carryOut();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Carries out effects until none is due, or a write fails (retried on the next event, not in a tight loop). */
    private void carryOut() {
        for (var effects = store.ready(); !effects.isEmpty(); effects = store.ready()) {
            var done = new ArrayList<StoreEffect>();
            boolean writeFailed = false;
            for (StoreEffect effect : effects) {
                switch (effect) {
                    case StoreEffect.WriteCib write -> {
                        try {
                            files.save(write.cib());
                            done.add(write);
                        } catch (IOException e) {
                            writeFailed = true;
                            String reason = String.valueOf(e.getMessage()).replace('\n', ' ');
                            store.step(new StoreEvent.WriteFailed(write.cib().version(), reason));
                            listener.writeFailed(write.cib().version(), reason);
                        }
                    }
                    case StoreEffect.Acknowledge ack -> listener.acknowledged(ack.requestId(), ack.outcome());
                    case StoreEffect.CibCommitted committed -> listener.committed(committed.cib());
                }
            }
            store.advance(done);
            if (writeFailed) {
                return;
            }
        }
    }
}
