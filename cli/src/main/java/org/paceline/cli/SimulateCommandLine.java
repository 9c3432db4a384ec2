package org.paceline.cli;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * {@code crm_simulate} and {@code paceline simulate} read without picocli when the command
 * line is of the plain kind scripts and the benchmark write: each option a word of its own
 * ({@code -S}, {@code --simulate}), each value the next word, no option twice. Picocli
 * builds its model of the command by reflection over annotations, in a library whose old
 * class files no class cache keeps: a tenth of a second and more at every start, a quarter
 * of a whole 16x1000 run. Anything else (help, version, bundled or attached forms, a
 * value that looks like an option, a mistake) goes to picocli, which says what it says.
 */
final class SimulateCommandLine {
    private static final Map<String, BiConsumer<CrmSimulateCommand, String>> VALUES = Map.ofEntries(
            Map.entry("-x", (c, v) -> c.xmlFile = v), Map.entry("--xml-file", (c, v) -> c.xmlFile = v),
            Map.entry("-G", (c, v) -> c.graphFile = v), Map.entry("--save-graph", (c, v) -> c.graphFile = v),
            Map.entry("-D", (c, v) -> c.dotFile = v), Map.entry("--save-dotfile", (c, v) -> c.dotFile = v),
            Map.entry("-O", (c, v) -> c.outputFile = v), Map.entry("--save-output", (c, v) -> c.outputFile = v),
            Map.entry("-t", (c, v) -> c.dateTime = v), Map.entry("--set-datetime", (c, v) -> c.dateTime = v),
            Map.entry("-q", (c, v) -> c.quorum = v), Map.entry("--quorum", (c, v) -> c.quorum = v),
            Map.entry("-w", (c, v) -> c.watchdog = v), Map.entry("--watchdog", (c, v) -> c.watchdog = v),
            Map.entry("--explain", (c, v) -> c.explain = v));
    private static final Map<String, BiConsumer<CrmSimulateCommand, String>> LISTS = Map.ofEntries(
            Map.entry("-u", (c, v) -> c.nodesUp.add(v)), Map.entry("--node-up", (c, v) -> c.nodesUp.add(v)),
            Map.entry("-d", (c, v) -> c.nodesDown.add(v)), Map.entry("--node-down", (c, v) -> c.nodesDown.add(v)),
            Map.entry("-f", (c, v) -> c.nodesFailed.add(v)), Map.entry("--node-fail", (c, v) -> c.nodesFailed.add(v)),
            Map.entry("-i", (c, v) -> c.operationsInjected.add(v)),
            Map.entry("--op-inject", (c, v) -> c.operationsInjected.add(v)),
            Map.entry("-F", (c, v) -> c.operationsFailed.add(v)), Map.entry("--op-fail", (c, v) -> c.operationsFailed.add(v)),
            Map.entry("-g", (c, v) -> c.ticketsGranted.add(v)), Map.entry("--ticket-grant", (c, v) -> c.ticketsGranted.add(v)),
            Map.entry("-r", (c, v) -> c.ticketsRevoked.add(v)), Map.entry("--ticket-revoke", (c, v) -> c.ticketsRevoked.add(v)),
            Map.entry("-b", (c, v) -> c.ticketsStandby.add(v)), Map.entry("--ticket-standby", (c, v) -> c.ticketsStandby.add(v)),
            Map.entry("-e", (c, v) -> c.ticketsActivated.add(v)),
            Map.entry("--ticket-activate", (c, v) -> c.ticketsActivated.add(v)));
    private static final Map<String, java.util.function.Consumer<CrmSimulateCommand>> FLAGS = Map.ofEntries(
            Map.entry("-L", c -> c.liveCheck = true), Map.entry("--live-check", c -> c.liveCheck = true),
            Map.entry("-R", c -> c.run = true), Map.entry("--run", c -> c.run = true),
            Map.entry("-S", c -> c.simulate = true), Map.entry("--simulate", c -> c.simulate = true),
            Map.entry("-s", c -> c.showScores = true), Map.entry("--show-scores", c -> c.showScores = true),
            Map.entry("-Q", c -> c.quiet = true), Map.entry("--quiet", c -> c.quiet = true));
    /** Each option's other name, so that {@code -x A --xml-file B} counts as given twice. */
    private static final Map<String, String> SAME = Map.ofEntries(
            Map.entry("--xml-file", "-x"), Map.entry("--save-graph", "-G"), Map.entry("--save-dotfile", "-D"),
            Map.entry("--save-output", "-O"), Map.entry("--set-datetime", "-t"), Map.entry("--quorum", "-q"),
            Map.entry("--watchdog", "-w"), Map.entry("--live-check", "-L"), Map.entry("--run", "-R"),
            Map.entry("--simulate", "-S"), Map.entry("--show-scores", "-s"), Map.entry("--quiet", "-Q"));

    private SimulateCommandLine() {}

    /** The command the arguments set, when they are of the plain kind; empty when picocli must read them. */
    static Optional<CrmSimulateCommand> read(List<String> arguments) {
        var command = new CrmSimulateCommand();
        var given = new HashSet<String>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.startsWith("@")) {
                return Optional.empty(); // picocli reads the words of an argument file
            }
            var flag = FLAGS.get(argument);
            if (flag != null) {
                if (!given.add(SAME.getOrDefault(argument, argument))) {
                    return Optional.empty();
                }
                flag.accept(command);
                continue;
            }
            var single = VALUES.get(argument);
            var list = LISTS.get(argument);
            if (single == null && list == null || i + 1 == arguments.size()) {
                return Optional.empty();
            }
            String value = arguments.get(++i);
            if (value.startsWith("@")) {
                return Optional.empty();
            }
            // A value that starts like an option is picocli's to read (or to refuse); "-" is standard input.
            if (value.startsWith("-") && !value.equals("-")) {
                return Optional.empty();
            }
            if (single != null) {
                if (!given.add(SAME.getOrDefault(argument, argument))) {
                    return Optional.empty();
                }
                single.accept(command, value);
            } else {
                list.accept(command, value);
            }
        }
        return Optional.of(command);
    }

    /** Runs a command read here, as picocli would run it: a bug is one line and exit code 70. */
    static int run(CrmSimulateCommand command, String name, PrintWriter out, PrintWriter err) {
        try {
            return command.run(name, out, err);
        } catch (RuntimeException e) {
            err.println(name + ": internal error: " + e);
            if (Boolean.getBoolean("paceline.debug")) {
                e.printStackTrace(err);
            }
            return 70;
        }
    }
}
