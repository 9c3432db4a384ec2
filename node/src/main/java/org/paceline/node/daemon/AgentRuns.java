package org.paceline.node.daemon;

import java.time.InstantSource;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.paceline.node.controller.OperationRequest;
import org.paceline.node.executor.ExecutorStatus;
import org.paceline.node.executor.FenceAgent;
import org.paceline.node.executor.FenceOperation;
import org.paceline.node.executor.LsbScript;
import org.paceline.node.executor.OcfAgent;
import org.paceline.node.executor.OcfExitCode;
import org.paceline.node.executor.OpResult;
import org.paceline.node.executor.StonithPlugin;

/**
 * The production executor behind {@link NodeLoop}: which front end runs an operation, by
 * its resource's class. A {@code stonith} resource is a fence device the fencer uses: its
 * start and stop register it here, its probe says whether it is registered, and only its
 * recurring monitor runs the device's agent (the device is healthy), as Pacemaker's fencer
 * treats its devices.
 *
 * <p>Thread-safe: operations may start from the loop's thread while results complete on
 * the runners' threads.
 */
final class AgentRuns {
    private final OcfAgent ocf;
    private final LsbScript lsb;
    private final FenceAgent fenceAgents;
    private final StonithPlugin stonithPlugins;
    private final InstantSource clock;
    private final Set<String> registeredDevices = new HashSet<>();

    AgentRuns(OcfAgent ocf, LsbScript lsb, FenceAgent fenceAgents, StonithPlugin stonithPlugins, InstantSource clock) {
        this.ocf = ocf;
        this.lsb = lsb;
        this.fenceAgents = fenceAgents;
        this.stonithPlugins = stonithPlugins;
        this.clock = clock;
    }

    /** A running operation: its result, a way to kill it, and the process id of its program while one runs. */
    record Running(CompletableFuture<OpResult> result, Runnable cancel, java.util.function.Supplier<java.util.OptionalLong> pid) {}

    Running start(OperationRequest request) {
        return switch (request.resourceClass() == null ? "" : request.resourceClass()) {
            case "ocf" -> wrap(ocf.start(request.operation()));
            case "lsb" -> wrap(lsb.start(request.type(), request.task(), request.timeout()));
            case "stonith" -> device(request);
            default -> done(OcfExitCode.ERR_UNIMPLEMENTED.code(), ExecutorStatus.ERROR,
                    "resource class " + request.resourceClass() + " is not supported by Paceline yet");
        };
    }

    /** Runs a fence device's agent: {@code fence_*} through the fence-agent protocol, any other type as a cluster-glue plugin. */
    Running fence(FenceOperation operation) {
        return wrap(StonithPlugin.isPluginType(operation.agent())
                ? stonithPlugins.start(operation) : fenceAgents.start(operation));
    }

    private Running device(OperationRequest request) {
        String id = request.resource();
        switch (request.task()) {
            case "start" -> {
                synchronized (registeredDevices) {
                    registeredDevices.add(id);
                }
                return done(0, ExecutorStatus.DONE, "");
            }
            case "stop" -> {
                synchronized (registeredDevices) {
                    registeredDevices.remove(id);
                }
                return done(0, ExecutorStatus.DONE, "");
            }
            case "monitor" -> {
                if (request.intervalMillis() == 0) {
                    boolean registered;
                    synchronized (registeredDevices) {
                        registered = registeredDevices.contains(id);
                    }
                    return done(registered ? 0 : OcfExitCode.NOT_RUNNING.code(), ExecutorStatus.DONE, "");
                }
                var parameters = new LinkedHashMap<>(request.operation().parameters());
                return fence(FenceOperation.of(request.type(), "monitor", null, parameters, request.timeout()));
            }
            default -> {
                return done(OcfExitCode.ERR_UNIMPLEMENTED.code(), ExecutorStatus.DONE,
                        "a fence device has no " + request.task() + " action");
            }
        }
    }

    private static Running wrap(org.paceline.node.executor.OpHandle handle) {
        return new Running(handle.result(), handle::cancel, handle::pid);
    }

    private Running done(int rc, ExecutorStatus status, String reason) {
        var now = clock.instant();
        return new Running(CompletableFuture.completedFuture(new OpResult(rc, status, reason, "", "", now, now)), () -> { },
                java.util.OptionalLong::empty);
    }
}
