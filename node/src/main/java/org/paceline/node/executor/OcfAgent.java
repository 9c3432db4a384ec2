package org.paceline.node.executor;

import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.function.IntUnaryOperator;

import org.paceline.node.executor.script.ScriptCall;
import org.paceline.node.executor.script.ScriptRunner;

/**
 * Runs OCF resource agents ({@code ocf:PROVIDER:TYPE}) found under
 * {@code OCF_ROOT/resource.d/PROVIDER/TYPE}, called with the action as their one argument
 * and {@link OcfEnvironment}'s environment.
 *
 * <p>A missing agent answers rc 5 (not installed), one that may not be executed rc 4
 * (insufficient privileges) with status {@link ExecutorStatus#ERROR}. Thread rule: any
 * thread may start operations; results complete on the runner's threads.
 */
public final class OcfAgent {
    private final ScriptRunner runner;
    private final InstantSource clock;
    private final ExecutorSettings settings;

    public OcfAgent(ScriptRunner runner, InstantSource clock, ExecutorSettings settings) {
        this.runner = runner;
        this.clock = clock;
        this.settings = settings;
    }

    /** Starts the operation; it ends by itself, at its timeout, or when cancelled. */
    public OpHandle start(OcfOperation operation) {
        String problem = AgentNames.problem(operation.provider(), "provider")
                .or(() -> AgentNames.problem(operation.type(), "type")).orElse(null);
        if (problem != null) {
            return OpHandle.finished(OpResult.refused(OcfExitCode.ERR_INSTALLED.code(), ExecutorStatus.NOT_INSTALLED,
                    "ocf:" + operation.provider() + ":" + operation.type() + ": " + problem, clock.instant()));
        }
        var call = new ScriptCall(path(operation.provider(), operation.type()), List.of(operation.action()),
                OcfEnvironment.of(operation, settings), new byte[0], settings.workingDirectory());
        return OpHandle.launch(runner, clock, call, operation.timeout(), IntUnaryOperator.identity());
    }

    /** Runs the operation and waits for its end. */
    public OpResult run(OcfOperation operation) {
        return start(operation).await();
    }

    /** Where the agent {@code ocf:provider:type} is: {@code OCF_ROOT/resource.d/PROVIDER/TYPE}. */
    public Path path(String provider, String type) {
        return settings.ocfRoot().resolve("resource.d").resolve(provider).resolve(type);
    }
}
