package org.paceline.scheduler.simulation;

import java.util.ArrayList;
import java.util.List;

import org.paceline.cib.Cib;
import org.paceline.scheduler.Decision;
import org.paceline.scheduler.Scheduler;
import org.paceline.scheduler.state.ClusterState;

/**
 * One crm_simulate run: the current status, the requested changes, the scheduler's
 * decision and, when asked, its simulated execution and the revised status, printed in
 * crm_simulate's sections with its blank lines.
 */
public final class Simulation {
    private Simulation() {}

    /**
     * What to do.
     *
     * @param date       the instant to schedule at, and the line saying where it came from
     * @param process    {@code -R}: schedule and print the transition summary
     * @param simulate   {@code -S}: also execute the transition and print the revised status
     * @param showScores {@code -s}: print the placement scores
     * @param quiet      {@code -Q}: leave out the status sections and action lines
     */
    public record Request(EffectiveDate date, Injections injections, boolean process, boolean simulate,
                          boolean showScores, boolean quiet) {
        public Request {
            injections = injections == null ? Injections.NONE : injections;
        }
    }

    /**
     * What the run printed and produced.
     *
     * @param output   standard output, each line ending with a newline
     * @param errors   lines for standard error
     * @param input    the CIB after the requested changes: what was scheduled
     * @param decision the scheduler's decision, or null when neither -R nor -S was asked
     * @param revised  the CIB after the simulated execution, or null without -S
     * @param complete false when the simulated transition could not complete
     */
    public record Result(String output, List<String> errors, Cib input, Decision decision, Cib revised,
                         boolean complete) {
        public Result {
            errors = List.copyOf(errors);
        }
    }

    /** Runs the simulation. Pure: the same CIB, request and view give the same result. */
    public static Result run(Cib cib, Request request, StatusView view) {
        var out = new Output(request.quiet());
        var errors = new ArrayList<String>();
        var now = request.date().now();
        out.info(request.date().line());
        boolean scheduling = request.process() || request.simulate();
        // One unpacking serves the status printed and, when no injection changes the CIB, the
        // scheduler: at 32x10000 each unpacking costs as much as placing every resource.
        ClusterState current = !request.quiet() || (scheduling && !request.injections().changesInput())
                ? ClusterState.unpack(cib, now) : null;
        String currentStatus = null;
        if (!request.quiet()) {
            List<String> preamble = view.preamble(current);
            preamble.forEach(out::line);
            out.spacerIf(!preamble.isEmpty());
            out.line("Current cluster status:");
            currentStatus = view.render(current);
            out.block(currentStatus);
            out.printed = true;
        }
        Cib input = cib;
        if (request.injections().changesInput()) {
            out.spacerIf(out.printed);
            Injections.Applied applied = request.injections().apply(cib, now);
            if (!request.quiet()) {
                out.line("Performing Requested Modifications:");
                applied.lines().forEach(out::line);
            }
            errors.addAll(applied.errors());
            out.printed = true;
            input = applied.cib();
            out.info(request.date().line());
        }
        if (!scheduling) {
            return new Result(out.text(), errors, input, null, null, true);
        }
        Decision decision = Scheduler.schedule(input == cib && current != null ? current : ClusterState.unpack(input, now));
        errors.addAll(decision.notes());
        if (request.showScores()) {
            out.spacerIf(out.printed);
            out.line("Allocation Scores:");
            decision.scores().forEach(out::line);
            out.printed = true;
        }
        if (!request.quiet()) {
            out.spacerIf(out.printed);
            out.line("Transition Summary:");
            decision.fencing().forEach(out::line);
            decision.summary().lines().forEach(out::line);
            out.printed = true;
        }
        if (!request.simulate()) {
            return new Result(out.text(), errors, input, decision, null, true);
        }
        out.spacerIf(out.printed);
        GraphExecution.Execution execution = GraphExecution.run(input, decision.graph(),
                request.injections().operationsFailed(), now);
        if (!request.quiet()) {
            out.line("Executing Cluster Transition:");
            execution.lines().forEach(out::line);
        }
        errors.addAll(execution.errors());
        if (!request.quiet()) {
            out.info(request.date().line());
            out.spacerIf(true);
            out.line("Revised Cluster Status:");
            // A transition that recorded nothing leaves the very CIB printed above: the same view of
            // the same CIB at the same instant is the same text.
            out.block(execution.cib() == cib && currentStatus != null ? currentStatus : view.render(execution.cib(), now));
        }
        return new Result(out.text(), errors, input, decision, execution.cib(), execution.complete());
    }

    /** The text being printed, and whether anything was, for the blank lines between sections. */
    private static final class Output {
        private final StringBuilder text = new StringBuilder(4096);
        private final boolean quiet;
        private boolean printed;

        Output(boolean quiet) {
            this.quiet = quiet;
        }

        void line(String line) {
            text.append(line).append('\n');
        }

        /** A remark such as the effective date: left out when quiet, as crm_simulate's are. */
        void info(String line) {
            if (line != null && !quiet) {
                line(line);
            }
        }

        void block(String lines) {
            String body = lines == null ? "" : lines;
            if (body.endsWith("\n")) {
                body = body.substring(0, body.length() - 1);
            }
            if (!body.isEmpty()) {
                line(body);
            }
        }

        void spacerIf(boolean condition) {
            if (condition) {
                text.append('\n');
            }
        }

        String text() {
            return text.toString();
        }
    }
}
