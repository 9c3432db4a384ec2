package org.paceline.node.executor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.SequencedMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.paceline.node.executor.script.ScriptCall;
import org.paceline.node.executor.script.ScriptRunner;

/**
 * Runs cluster-glue STONITH plugins ({@code stonith:external/ipmi}, {@code stonith:meatware},
 * {@code stonith:external/stonith-helper}) for the same {@link FenceOperation}s as
 * {@link FenceAgent}, whose {@code agent} is the plugin type; the result means what a fence
 * agent's does: rc 0 done; for {@code status}, 0 the device answers, 1 cannot tell.
 *
 * <p>As Pacemaker's {@code fence_legacy} bridge does, it runs cluster-glue's {@code stonith}
 * command: {@code reboot} is {@code stonith -t TYPE -E -T reset NODE} ({@code off}, {@code on}
 * likewise), {@code list} is {@code -E -l}, {@code status}/{@code monitor} is {@code -E -S},
 * {@code metadata} is {@code -m}, turned into fence-agent metadata. The device's parameters
 * go in the environment ({@code -E}), never on the command line, where {@code ps} would show
 * passwords. A failed {@code reset} keeps the command's own code ({@link StonithExitCode}: 5
 * when the plugin failed), which the fencer logs as the seed does ({@code exitcode=5}).
 *
 * <p>The {@code stonith} command runs external plugins only from its own directory. An
 * {@code external/TYPE} that is not there but is among Paceline's plugins
 * ({@link StonithSettings#pacelineDirectory()}) is run directly, exactly as cluster-glue
 * would run it ({@code SCRIPT OP [HOST]}, parameters in the environment, the host in lower
 * case) and its answer read as cluster-glue reads it, so that the fencer cannot tell the two
 * ways apart. An operator's own copy in cluster-glue's directory wins.
 *
 * <p>Thread rule: any thread may start operations; results complete on the runner's threads.
 */
public final class StonithPlugin {
    private final ScriptRunner runner;
    private final InstantSource clock;
    private final ExecutorSettings settings;
    private final StonithSettings stonith;

    public StonithPlugin(ScriptRunner runner, InstantSource clock, ExecutorSettings settings, StonithSettings stonith) {
        this.runner = runner;
        this.clock = clock;
        this.settings = settings;
        this.stonith = stonith;
    }

    /**
     * Whether a device's agent is a STONITH plugin type rather than a fence agent: as in
     * Pacemaker, fence agents are the {@code fence_*} programs, everything else
     * ({@code external/ipmi}, {@code meatware}) is cluster-glue's.
     */
    public static boolean isPluginType(String agent) {
        return agent != null && !agent.isEmpty() && !agent.startsWith("fence_");
    }

    /** Starts the call; it ends by itself, at its timeout, or when cancelled. */
    public OpHandle start(FenceOperation operation) {
        String type = operation.agent();
        var device = operation.deviceParameters();
        String action = device.getOrDefault("pcmk_" + operation.action() + "_action", operation.action());
        var request = StonithRequest.of(action);
        if (request.isEmpty()) {
            return refused(OcfExitCode.ERR_UNIMPLEMENTED.code(), ExecutorStatus.ERROR,
                    "stonith:" + type + ": action \"" + action + "\" is not one a STONITH plugin answers");
        }
        if (request.get().needsTarget() && (operation.target() == null || operation.target().isBlank())) {
            return refused(OcfExitCode.ERR_ARGS.code(), ExecutorStatus.ERROR,
                    "stonith:" + type + ": " + action + " needs a target node");
        }
        var located = locate(type);
        if (located instanceof Location.Missing missing) {
            return refused(OcfExitCode.ERR_INSTALLED.code(), ExecutorStatus.NOT_INSTALLED, missing.reason());
        }
        if (located instanceof Location.Refused refusedScript) {
            return refused(OcfExitCode.ERR_PERM.code(), ExecutorStatus.ERROR, refusedScript.reason());
        }
        var reading = new StonithResults(type, request.get(), operation.target(), device, stonith.meatwareDirectory());
        var calls = calls(located, request.get(), operation);
        boolean metadata = request.get() == StonithRequest.METADATA || request.get() == StonithRequest.VALIDATE;
        Function<List<OpResult>, OpResult> finish = located instanceof Location.Script
                ? (metadata ? reading::ofScriptMetadata : results -> reading.ofScript(results.getFirst()))
                : results -> reading.ofCommand(results.getFirst());
        return ScriptSequence.start(runner, clock, calls, operation.timeout(), finish);
    }

    /** Runs the call and waits for its end. */
    public OpResult run(FenceOperation operation) {
        return start(operation).await();
    }

    /**
     * Which plugin types there are: cluster-glue's ({@code stonith -L}) and Paceline's own
     * {@code external/*}, one a line, sorted. The rc is 0 unless {@code stonith -L} failed.
     */
    public OpHandle types(Duration timeout) {
        var own = new TreeSet<String>();
        if (Files.isDirectory(stonith.pacelineDirectory())) {
            try (Stream<Path> files = Files.list(stonith.pacelineDirectory())) {
                files.filter(Files::isExecutable).forEach(file -> own.add("external/" + file.getFileName()));
            } catch (IOException e) {
                // An unreadable directory adds no types.
            }
        }
        if (!Files.isExecutable(stonith.stonithCommand())) {
            var at = clock.instant();
            return OpHandle.finished(new OpResult(0, ExecutorStatus.DONE, "", String.join("\n", own) + (own.isEmpty() ? "" : "\n"),
                    "", at, at));
        }
        var call = new ScriptCall(stonith.stonithCommand(), List.of("-L"), environment(null, false), null,
                settings.workingDirectory());
        return ScriptSequence.start(runner, clock, List.of(call), timeout, results -> {
            OpResult listed = results.getFirst();
            var all = new TreeSet<>(own);
            listed.output().lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(all::add);
            return new OpResult(listed.rc(), listed.status(), listed.exitReason(),
                    String.join("\n", all) + (all.isEmpty() ? "" : "\n"), listed.errors(), listed.started(), listed.ended());
        });
    }

    /**
     * The environment of a run: the device's parameters (as a fence agent's standard input
     * has them, {@code nodename} included, less {@code action}), {@code PATH} with Paceline's
     * command faces first, and cluster-glue's logging sent to standard error, where the
     * executor reads why a run failed.
     */
    public SequencedMap<String, String> environment(FenceOperation operation, boolean runsScriptItself) {
        var environment = new LinkedHashMap<String, String>();
        if (operation != null) {
            FenceAgent.lines(operation).forEach((name, value) -> {
                if (!name.equals("action")) {
                    environment.put(name, value);
                }
            });
        }
        // Paceline's own entries come after the device's, so that no parameter replaces PATH or the logging.
        // cluster-glue's external plugin runner puts its share directory (ha_log.sh) on PATH itself.
        environment.put("PATH", runsScriptItself ? stonith.glueShareDirectory() + ":" + settings.searchPath()
                : settings.searchPath());
        environment.put("HA_SBIN_DIR", settings.commandFaces().toString());
        environment.put("HA_VARRUN", settings.varRun().toString());
        // The stonith command's cl_log, then ha_log.sh's names: no syslog, no logd, standard error.
        environment.put("HA_logfile", "/dev/stderr");
        environment.put("HA_logfacility", "none");
        environment.put("HA_LOGFILE", "/dev/stderr");
        environment.put("HA_LOGFACILITY", "none");
        environment.put("HA_LOGD", "no");
        environment.put("HA_DATEFMT", "%b %d %T");
        return environment;
    }

    /** Where {@code type} is run from, or why it cannot be. */
    sealed interface Location {
        /** Through cluster-glue's {@code stonith} command. */
        record Command() implements Location {}

        /** One of Paceline's external scripts, run directly. */
        record Script(Path path) implements Location {}

        /** Nowhere: not installed. */
        record Missing(String reason) implements Location {}

        /** A script that is there but must not run. */
        record Refused(String reason) implements Location {}
    }

    Location locate(String type) {
        String name = type != null && type.startsWith("external/") ? type.substring("external/".length()) : type;
        boolean external = type != null && type.startsWith("external/");
        var problem = AgentNames.problem(name, external ? "external STONITH plugin" : "STONITH plugin type");
        if (problem.isPresent()) {
            return new Location.Missing("stonith:" + type + ": " + problem.get());
        }
        boolean command = Files.isExecutable(stonith.stonithCommand());
        if (!external) {
            Path plugin = stonith.compiledDirectory().resolve(name + ".so");
            if (!Files.exists(plugin)) {
                return new Location.Missing("stonith:" + type + ": no such STONITH plugin (" + plugin + ")");
            }
            return command ? new Location.Command() : new Location.Missing("stonith:" + type
                    + ": cluster-glue's stonith command is not installed (" + stonith.stonithCommand() + ")");
        }
        if (command && Files.exists(stonith.externalDirectory().resolve(name))) {
            return new Location.Command();
        }
        Path own = stonith.pacelineDirectory().resolve(name);
        if (!Files.exists(own)) {
            return new Location.Missing("stonith:" + type + ": no such external plugin in " + stonith.externalDirectory()
                    + " or " + stonith.pacelineDirectory());
        }
        return runnable(type, own);
    }

    /** cluster-glue's own rule for external scripts: a regular executable file no group or other may write. */
    private static Location runnable(String type, Path script) {
        try {
            if (!Files.isRegularFile(script) || !Files.isExecutable(script)) {
                return new Location.Refused("stonith:" + type + ": " + script + " is not an executable file");
            }
            var permissions = Files.getPosixFilePermissions(script, LinkOption.NOFOLLOW_LINKS);
            if (permissions.contains(PosixFilePermission.GROUP_WRITE) || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
                return new Location.Refused("stonith:" + type + ": " + script
                        + " is writable by group or others: not run, as cluster-glue refuses it");
            }
            return new Location.Script(script);
        } catch (IOException | UnsupportedOperationException e) {
            return new Location.Refused("stonith:" + type + ": " + script + ": " + e.getMessage());
        }
    }

    private List<ScriptCall> calls(Location located, StonithRequest request, FenceOperation operation) {
        String target = operation.target() == null ? null : operation.target().toLowerCase(Locale.ROOT);
        if (located instanceof Location.Script script) {
            var environment = environment(operation, true);
            if (request == StonithRequest.METADATA || request == StonithRequest.VALIDATE) {
                return Stream.of("getinfo-devid", "getinfo-devdescr", "getinfo-xml")
                        .map(op -> new ScriptCall(script.path(), List.of(op), environment, null, settings.workingDirectory()))
                        .toList();
            }
            var arguments = request.needsTarget() ? List.of(request.scriptOperation(), target)
                    : List.of(request.scriptOperation());
            return List.of(new ScriptCall(script.path(), arguments, environment, null, settings.workingDirectory()));
        }
        return List.of(new ScriptCall(stonith.stonithCommand(), request.stonithArguments(operation.agent(), target),
                environment(operation, false), null, settings.workingDirectory()));
    }

    private OpHandle refused(int rc, ExecutorStatus status, String reason) {
        return OpHandle.finished(OpResult.refused(rc, status, reason, clock.instant()));
    }
}
