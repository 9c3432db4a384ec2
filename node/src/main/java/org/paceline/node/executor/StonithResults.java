package org.paceline.node.executor;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads how a STONITH run ended as the fencer needs it: the {@code stonith} command's own
 * code for reset, off, on and list; for {@code status} 0 (the device answers) or 1 (cannot
 * tell: a plugin's device check never says a node is off); {@code metadata} as a fence
 * agent prints it. An external script Paceline ran itself is read as cluster-glue reads it.
 * Every failure carries why, from the run's own messages ({@link StonithLog}).
 */
final class StonithResults {
    private static final List<String> SCRIPT_INFO = List.of("getinfo-devid", "getinfo-devdescr", "getinfo-xml");

    private final String type;
    private final StonithRequest request;
    private final String target;
    private final Map<String, String> device;
    private final Path meatwareDirectory;

    StonithResults(String type, StonithRequest request, String target, Map<String, String> device, Path meatwareDirectory) {
        this.type = type;
        this.request = request;
        this.target = target;
        this.device = device;
        this.meatwareDirectory = meatwareDirectory;
    }

    /** The result of a run of the {@code stonith} command. */
    OpResult ofCommand(OpResult run) {
        if (run.status() != ExecutorStatus.DONE) {
            return notDone(run);
        }
        return switch (request) {
            case RESET, OFF, ON, LIST -> run.rc() == 0 ? run
                    : failed(run, run.rc(), "stonith exited " + run.rc() + " (" + StonithExitCode.of(run.rc()).text() + ")");
            case STATUS -> deviceCheck(run, "stonith exited " + run.rc());
            case METADATA, VALIDATE -> run.rc() == 0 ? metadata(run, StonithMetadata.parse(type, run.output()))
                    : failed(run, OcfExitCode.ERR_GENERIC.code(), "stonith -m exited " + run.rc());
        };
    }

    /** The result of one of Paceline's external scripts run for reset, off, on, list or status. */
    OpResult ofScript(OpResult run) {
        if (run.status() != ExecutorStatus.DONE) {
            return notDone(run);
        }
        String exited = "'" + type + " " + request.scriptOperation() + (request.needsTarget() ? " " + target : "")
                + "' exited " + run.rc();
        return switch (request) {
            // cluster-glue turns any failed reset, on or off of an external plugin into S_RESETFAIL.
            case RESET, OFF, ON -> run.rc() == 0 ? run : failed(run, StonithExitCode.RESET_FAILED.code(),
                    exited + ", read as " + StonithExitCode.RESET_FAILED.code() + " (" + StonithExitCode.RESET_FAILED.text() + ")");
            case LIST -> hosts(run, exited);
            case STATUS -> deviceCheck(run, exited);
            case METADATA, VALIDATE -> throw new IllegalStateException("metadata of " + type + " takes three runs");
        };
    }

    /** The result of the three runs ({@code getinfo-devid}, {@code -devdescr}, {@code -xml}) that make a script's metadata. */
    OpResult ofScriptMetadata(List<OpResult> runs) {
        OpResult last = runs.getLast();
        if (last.status() != ExecutorStatus.DONE) {
            return notDone(last);
        }
        if (last.rc() != 0) {
            return failed(last, OcfExitCode.ERR_GENERIC.code(),
                    "'" + type + " " + SCRIPT_INFO.get(runs.size() - 1) + "' exited " + last.rc());
        }
        String errors = runs.stream().map(OpResult::errors).collect(Collectors.joining());
        var whole = new OpResult(0, ExecutorStatus.DONE, "", last.output(), errors, runs.getFirst().started(), last.ended());
        if (runs.size() < SCRIPT_INFO.size()) {
            return new OpResult(OcfExitCode.ERR_GENERIC.code(), ExecutorStatus.CANCELLED, "cancelled", "", errors,
                    whole.started(), whole.ended());
        }
        return metadata(whole, StonithMetadata.ofExternalScript(type, runs.get(0).output(), runs.get(1).output(),
                runs.get(2).output()));
    }

    private OpResult metadata(OpResult run, Optional<StonithMetadata> metadata) {
        if (metadata.isEmpty()) {
            return failed(run, OcfExitCode.ERR_GENERIC.code(), "its metadata does not parse as XML");
        }
        if (request == StonithRequest.METADATA) {
            return new OpResult(0, ExecutorStatus.DONE, "", metadata.get().toFenceAgentXml(), run.errors(),
                    run.started(), run.ended());
        }
        List<String> missing = metadata.get().missingRequired(device);
        if (missing.isEmpty()) {
            return new OpResult(0, ExecutorStatus.DONE, "", "", run.errors(), run.started(), run.ended());
        }
        return new OpResult(OcfExitCode.ERR_CONFIGURED.code(), ExecutorStatus.DONE, "stonith:" + type + ": required parameter"
                + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + (missing.size() > 1 ? " are" : " is")
                + " not set", "", run.errors(), run.started(), run.ended());
    }

    /** As cluster-glue lists a script's hosts: its output split on white space, one a line; none is a failure. */
    private OpResult hosts(OpResult run, String exited) {
        if (run.rc() != 0) {
            return failed(run, StonithExitCode.NO_HOST_LIST.code(), exited);
        }
        var hosts = Arrays.stream(run.output().strip().split("\\s+")).filter(host -> !host.isEmpty()).toList();
        if (hosts.isEmpty()) {
            return failed(run, StonithExitCode.NO_HOST_LIST.code(), "'" + type + " gethosts' returned an empty host list");
        }
        return new OpResult(0, ExecutorStatus.DONE, "", String.join("\n", hosts) + "\n", run.errors(),
                run.started(), run.ended());
    }

    /** A device check never proves a node off: 2 would read as "off" to the fencer, so every failure is 1. */
    private OpResult deviceCheck(OpResult run, String exited) {
        return run.rc() == 0 ? run : failed(run, 1, exited);
    }

    private OpResult notDone(OpResult run) {
        if (type.equals("meatware") && request.needsTarget()
                && (run.status() == ExecutorStatus.TIMED_OUT || run.status() == ExecutorStatus.CANCELLED)) {
            // Killed while waiting, meatware leaves its FIFO: a later confirmation must not take it for a waiting reset.
            MeatwareConfirmation.removeStale(target, meatwareDirectory);
        }
        String said = StonithLog.reason(run.errors()).map(reason -> ": " + reason).orElse("");
        if (run.status() == ExecutorStatus.TIMED_OUT || run.status() == ExecutorStatus.CANCELLED) {
            return new OpResult(run.rc(), run.status(), request.describe(type, target) + ": " + run.exitReason() + said,
                    run.output(), run.errors(), run.started(), run.ended());
        }
        return run;
    }

    private OpResult failed(OpResult run, int rc, String what) {
        String said = StonithLog.reason(run.errors()).map(reason -> ": " + reason).orElse("");
        return new OpResult(rc, run.status(), request.describe(type, target) + " failed: " + what + said,
                run.output(), run.errors(), run.started(), run.ended());
    }
}
