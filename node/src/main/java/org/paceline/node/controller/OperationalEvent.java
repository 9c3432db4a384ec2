package org.paceline.node.controller;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.paceline.node.executor.ExecutorStatus;
import org.paceline.node.executor.OcfExitCode;

/**
 * One operator-relevant fact for the concise operational log: structured data, with
 * {@link #text()} in the wording of Linux-HA Japan's {@code pm_logconv}, which operators
 * of Pacemaker clusters grep for today ("Resource vip-master does not work. (rc=7) not
 * running", "Start to fail-over.", "fail-over succeeded.").
 *
 * <p>{@code node} is the node the line is about (where a resource acted), or the DC for
 * cluster-wide facts; {@code at} when it happened.
 */
public sealed interface OperationalEvent {
    /** The tasks pm_logconv reports an attempt and an outcome of. */
    Set<String> LOGGED_TASKS = Set.of("start", "stop", "promote", "demote");

    /** The outcome line of a node's answer, for the tasks pm_logconv reports. */
    static Optional<OperationalEvent> ofResult(OperationReport report, Instant at) {
        OperationRequest request = report.request();
        if (!LOGGED_TASKS.contains(request.task())) {
            return Optional.empty();
        }
        var result = report.result();
        return Optional.of(report.succeeded()
                ? new ActionSucceeded(at, request.node(), request.resource(), request.task(), result.rc(),
                        result.duration())
                : new ActionFailed(at, request.node(), request.resource(), request.task(), result.rc(),
                        result.status() == ExecutorStatus.TIMED_OUT));
    }

    Instant at();

    String node();

    /** {@code error}, {@code warning} or {@code info}, as pm_logconv prefixes the line. */
    String severity();

    /** The line as pm_logconv words it. */
    String text();

    /** As pm_logconv.out shows it after the time stamp: {@code pm01 error: Start to fail-over.} */
    default String line() {
        return node() + " " + severity() + ": " + text();
    }

    /** A recurring monitor found the resource not working. */
    record ResourceFailed(Instant at, String node, String resource, int rc) implements OperationalEvent {
        public String severity() {
            return "error";
        }

        public String text() {
            return "Resource " + resource + " does not work. (rc=" + rc + ") " + OcfExitCode.of(rc).text();
        }
    }

    /** The node is sent an action that pm_logconv reports (start, stop, promote, demote). */
    record ActionAttempted(Instant at, String node, String resource, String task) implements OperationalEvent {
        public String severity() {
            return "info";
        }

        public String text() {
            return "Resource " + resource + " tries to " + task + ".";
        }
    }

    /** The action ended as expected; {@code took} is how long the agent ran. */
    record ActionSucceeded(Instant at, String node, String resource, String task, int rc, Duration took)
            implements OperationalEvent {
        public String severity() {
            return "info";
        }

        public String text() {
            return "Resource " + resource + " " + pastTense(task) + ". (rc=" + rc + ") " + OcfExitCode.of(rc).text();
        }
    }

    /** The action did not end as expected: a wrong exit code, or the executor gave up (timed out). */
    record ActionFailed(Instant at, String node, String resource, String task, int rc, boolean timedOut)
            implements OperationalEvent {
        public String severity() {
            return "error";
        }

        public String text() {
            return "Resource " + resource + " failed to " + task + ". "
                    + (timedOut ? "(Timed Out)" : "(rc=" + rc + ") " + OcfExitCode.of(rc).text());
        }
    }

    /** This node became the DC. */
    record DcElected(Instant at, String node) implements OperationalEvent {
        public String severity() {
            return "info";
        }

        public String text() {
            return "Set DC node to " + node + ".";
        }
    }

    /** Membership lost {@code lost}; {@code node} is the DC that saw it. */
    record NodeLost(Instant at, String node, String lost) implements OperationalEvent {
        public String severity() {
            return "warning";
        }

        public String text() {
            return "Node " + lost + " is lost";
        }
    }

    /** A failure led to a transition that moves resources or fences: a fail-over begins. */
    record FailoverStarted(Instant at, String node, FailoverCause cause) implements OperationalEvent {
        public String severity() {
            return "error";
        }

        public String text() {
            return "Start to fail-over.";
        }
    }

    /** The DC asks for {@code target} to be fenced. */
    record FencingAttempted(Instant at, String node, String target, String action) implements OperationalEvent {
        public String severity() {
            return "info";
        }

        public String text() {
            return "Try to STONITH (" + action + ") " + target + ".";
        }
    }

    /** One fence device's attempt ended; {@code node} is where the device ran. */
    record FenceDeviceFinished(Instant at, String node, String target, String device, boolean success)
            implements OperationalEvent {
        public String severity() {
            return success ? "info" : "warning";
        }

        public String text() {
            return (success ? "Succeeded" : "Failed") + " to execute STONITH device " + device + " for " + target + ".";
        }
    }

    /**
     * One fencing run of one device began, on {@code node}, which runs the device: seed 000's
     * per-device line, for every attempt of every device (a fence agent's as a cluster-glue
     * plugin's), so that an operator sees the escalation step by step. The action is named
     * as cluster-glue names it ({@code reboot} is RESET); the pid is the program's, left out
     * when none could be started.
     */
    record FenceDeviceStarted(Instant at, String node, String target, String action, String device, String agent,
                              java.util.OptionalLong pid) implements OperationalEvent {
        public String severity() {
            return "info";
        }

        public String text() {
            return "Try to STONITH (" + stonithWord(action) + ") the Node " + target + " to " + device + " (" + agent + ")"
                    + (pid.isPresent() ? " (pid=" + pid.getAsLong() + ")" : "");
        }
    }

    /**
     * One device failed to fence {@code target} for good (its retries spent), on {@code node}:
     * seed 000's line, saying whether the attempt goes on with the next device.
     */
    record FenceDeviceFailed(Instant at, String node, String target, String device, int exitCode, boolean nextFollows)
            implements OperationalEvent {
        public String severity() {
            return "error";
        }

        public String text() {
            return "Failed to STONITH the Node " + target + " with one local device (exitcode=" + exitCode + ")."
                    + (nextFollows ? " Will try to use the next local device." : " No other local device is left.");
        }
    }

    /**
     * Fencing {@code target} succeeded through cluster-glue STONITH plugins, carried out by
     * {@code by}: seed 000's wording, that of Pacemaker 1.0's stonithd, whose devices those
     * plugins are. A fence agent's success keeps the newer wording of {@link FencingSucceeded}.
     */
    record FencingSucceededByPlugin(Instant at, String node, String target, String action, String by)
            implements OperationalEvent {
        public String severity() {
            return "info";
        }

        public String text() {
            return "Succeeded to STONITH (" + stonithWord(action) + ") the Node " + target + " by Node " + by + ".";
        }
    }

    /** Fencing {@code target} succeeded, carried out by {@code by}. */
    record FencingSucceeded(Instant at, String node, String target, String action, String by)
            implements OperationalEvent {
        public String severity() {
            return "info";
        }

        public String text() {
            return "Succeeded to STONITH (" + action + ") " + target + " by " + by + ".";
        }
    }

    /** Fencing {@code target} failed: nothing it held may run elsewhere yet. */
    record FencingFailed(Instant at, String node, String target, String action, String by)
            implements OperationalEvent {
        public String severity() {
            return "error";
        }

        public String text() {
            return "Failed to STONITH (" + action + ") " + target + " by " + by + ".";
        }
    }

    /** Fencing of a target failed {@code attempts} times in a row: not tried again until the next recheck or change. */
    record FencingGivenUp(Instant at, String node, String target, int attempts) implements OperationalEvent {
        public String severity() {
            return "error";
        }

        public String text() {
            return "Failed to STONITH " + target + " " + attempts + " times: fencing-max-attempts reached;"
                    + " waiting for cluster-recheck-interval or a change. Resources of " + target + " stay stopped.";
        }
    }

    /** A resource of a fail-over runs again, on {@code where}. */
    record ResourceRunning(Instant at, String node, String resource, String where) implements OperationalEvent {
        public String severity() {
            return "info";
        }

        public String text() {
            return "Resource " + resource + " : Started on " + where;
        }
    }

    /**
     * The fail-over's resources run again.
     *
     * @param took  from the failure's detection to the last resource running
     * @param steps each action and fencing of the fail-over, with how long it took
     */
    record FailoverSucceeded(Instant at, String node, FailoverCause cause, Duration took, List<FailoverStep> steps)
            implements OperationalEvent {
        public FailoverSucceeded {
            steps = List.copyOf(steps);
        }

        public String severity() {
            return "info";
        }

        public String text() {
            return "fail-over succeeded.";
        }
    }

    /** The fail-over could not bring its resources back: an action or the fencing failed. */
    record FailoverFailed(Instant at, String node, FailoverCause cause, Duration took, List<FailoverStep> steps)
            implements OperationalEvent {
        public FailoverFailed {
            steps = List.copyOf(steps);
        }

        public String severity() {
            return "error";
        }

        public String text() {
            return "fail-over failed.";
        }
    }

    /**
     * Why a fail-over began.
     *
     * @param kind    what went wrong
     * @param subject the failed resource, the lost node, or the changed attribute
     * @param node    the node it happened on
     */
    record FailoverCause(Kind kind, String subject, String node) {
        public enum Kind { RESOURCE_FAILURE, NODE_LOST, ATTRIBUTE_CHANGE }
    }

    /** One step of a fail-over: {@code fence pm02 (reboot)}, {@code start vip-master on pm02}. */
    record FailoverStep(String description, Instant started, Duration took) {}

    /** A fencing action as cluster-glue's {@code stonith} command names it: reboot is RESET. */
    static String stonithWord(String action) {
        return switch (action) {
            case "reboot" -> "RESET";
            default -> action.toUpperCase(java.util.Locale.ROOT);
        };
    }

    private static String pastTense(String task) {
        return switch (task) {
            case "start" -> "started";
            case "stop" -> "stopped";
            case "promote" -> "promoted";
            case "demote" -> "demoted";
            default -> task + " done";
        };
    }
}
