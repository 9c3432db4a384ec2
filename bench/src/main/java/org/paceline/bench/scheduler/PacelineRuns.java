package org.paceline.bench.scheduler;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Paceline's side of the comparison, each input's work on one worker thread with a
 * time limit: a scheduler that throws or loops on an input is reported, and the
 * comparison goes on. A worker that overran is abandoned (a daemon thread) and
 * replaced. Called from one thread.
 */
final class PacelineRuns implements AutoCloseable {
    private static final int WARM_UP_PASSES = 3;

    private final int rounds;
    private final Duration timeout;
    private final PacelineTiming timing = new PacelineTiming();
    private ExecutorService worker = newWorker();

    PacelineRuns(int rounds, Duration timeout) {
        this.rounds = rounds;
        this.timeout = timeout;
    }

    /** Schedules every input a few times, untimed, so that the JIT has compiled what they need. */
    void warmUp(List<PreparedInput> inputs, ComparisonTally tally) throws InterruptedException {
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            for (PreparedInput input : inputs) {
                within(input, tally, () -> {
                    timing.warmUp(input.input().name(), input.text(), input.cib(), input.now());
                    return Boolean.TRUE;
                });
            }
        }
    }

    /** The input's median times, or null when Paceline threw or overran (and the tally says so). */
    PacelineTiming.Times time(PreparedInput input, ComparisonTally tally) throws InterruptedException {
        return within(input, tally, () -> {
            timing.warmUp(input.input().name(), input.text(), input.cib(), input.now());
            return timing.time(input.input().name(), input.text(), input.cib(), input.now(), rounds);
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private <T> T within(PreparedInput input, ComparisonTally tally, java.util.concurrent.Callable<T> work)
            throws InterruptedException {
        if (tally.hasFailed(input.input().name())) {
            return null;
        }
        Future<T> future = worker.submit(work);
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            tally.failed(input.input().name(), "threw " + e.getCause());
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            tally.failed(input.input().name(), "no answer within " + timeout.toSeconds() + " s");
        }
        return null;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "paceline-bench-scheduler");
            thread.setDaemon(true);
            return thread;
        });
    }
}
