package org.paceline.node.executor;

import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

import org.paceline.node.executor.script.ScriptCall;
import org.paceline.node.executor.script.ScriptRunner;

/**
 * Programs run one after another as one operation: the next starts only when the one
 * before exited 0, and a cancel stops the one running and every one after it.
 * Thread rule: any thread may start or cancel; results complete on the runner's threads.
 */
final class ScriptSequence {
    private ScriptSequence() {
    }

    /**
     * Runs {@code calls} in order, each with {@code timeout}; {@code finish} turns the
     * results (up to and including the first that did not exit 0) into the operation's.
     */
    static OpHandle start(ScriptRunner runner, InstantSource clock, List<ScriptCall> calls, Duration timeout,
                          Function<List<OpResult>, OpResult> finish) {
        var current = new AtomicReference<OpHandle>();
        var cancelled = new AtomicBoolean();
        var result = new CompletableFuture<OpResult>();
        next(runner, clock, calls, timeout, new ArrayList<>(), current, cancelled, result, finish);
        return OpHandle.of(result, () -> {
            cancelled.set(true);
            OpHandle running = current.get();
            if (running != null) {
                running.cancel();
            }
        }, () -> {
            OpHandle running = current.get();
            return running == null ? java.util.OptionalLong.empty() : running.pid();
        });
    }

    private static void next(ScriptRunner runner, InstantSource clock, List<ScriptCall> calls, Duration timeout,
                             List<OpResult> done, AtomicReference<OpHandle> current, AtomicBoolean cancelled,
                             CompletableFuture<OpResult> result, Function<List<OpResult>, OpResult> finish) {
        ScriptCall call = calls.get(done.size());
        OpHandle handle = OpHandle.launch(runner, clock, call, timeout, IntUnaryOperator.identity());
        current.set(handle);
        if (cancelled.get()) {
            handle.cancel();
        }
        handle.result().whenComplete((one, failure) -> {
            if (failure != null) {
                result.completeExceptionally(failure);
                return;
            }
            done.add(one);
            boolean more = one.status() == ExecutorStatus.DONE && one.rc() == 0 && done.size() < calls.size();
            if (more && !cancelled.get()) {
                next(runner, clock, calls, timeout, done, current, cancelled, result, finish);
            } else {
                result.complete(finish.apply(List.copyOf(done)));
            }
        });
    }
}
