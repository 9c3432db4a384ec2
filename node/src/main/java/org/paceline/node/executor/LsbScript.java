package org.paceline.node.executor;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;

import org.paceline.node.executor.script.ScriptCall;
import org.paceline.node.executor.script.ScriptRunner;

/**
 * Runs LSB init scripts ({@code lsb:NAME}, {@code /etc/init.d/NAME}) and reads their exit
 * codes as OCF codes, as Pacemaker does: {@code monitor} is the script's {@code status},
 * whose "dead" and "not running" codes mean not running.
 *
 * <p>Thread rule: any thread may start operations; results complete on the runner's threads.
 */
public final class LsbScript {
    private final ScriptRunner runner;
    private final InstantSource clock;
    private final ExecutorSettings settings;

    public LsbScript(ScriptRunner runner, InstantSource clock, ExecutorSettings settings) {
        this.runner = runner;
        this.clock = clock;
        this.settings = settings;
    }

    /** Starts {@code action} (start, stop, restart, monitor, status, ...) of the script {@code name}. */
    public OpHandle start(String name, String action, Duration timeout) {
        var problem = AgentNames.problem(name, "script name");
        if (problem.isPresent()) {
            return OpHandle.finished(OpResult.refused(OcfExitCode.ERR_INSTALLED.code(), ExecutorStatus.NOT_INSTALLED,
                    "lsb:" + name + ": " + problem.get(), clock.instant()));
        }
        String argument = action.equals("monitor") ? "status" : action;
        var environment = new LinkedHashMap<String, String>();
        environment.put("PATH", settings.searchPath());
        var call = new ScriptCall(path(name), List.of(argument), environment, new byte[0], settings.workingDirectory());
        return OpHandle.launch(runner, clock, call, timeout, code -> ocfCode(argument, code));
    }

    /** Runs {@code action} and waits for its end. */
    public OpResult run(String name, String action, Duration timeout) {
        return start(name, action, timeout).await();
    }

    public Path path(String name) {
        return settings.lsbDirectory().resolve(name);
    }

    /**
     * An LSB exit code as an OCF code. For {@code status}: 0 running; 1 (dead, pid file
     * left), 2 (dead, lock file left) and 3 not running; 4 (unknown) an error; 5 not
     * installed and 6 insufficient privileges (Pacemaker's additions); anything else an
     * error. For other actions codes 0 to 7 mean what the OCF codes of the same number
     * mean; anything else is an error.
     */
    public static int ocfCode(String action, int lsbCode) {
        if (action.equals("status") || action.equals("monitor")) {
            return switch (lsbCode) {
                case 0 -> OcfExitCode.SUCCESS.code();
                case 1, 2, 3 -> OcfExitCode.NOT_RUNNING.code();
                case 5 -> OcfExitCode.ERR_INSTALLED.code();
                case 6 -> OcfExitCode.ERR_PERM.code();
                default -> OcfExitCode.ERR_GENERIC.code();
            };
        }
        return lsbCode >= 0 && lsbCode <= 7 ? lsbCode : OcfExitCode.ERR_GENERIC.code();
    }
}
