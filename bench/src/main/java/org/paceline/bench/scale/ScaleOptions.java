package org.paceline.bench.scale;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.paceline.bench.generated.ClusterShape;
import org.paceline.bench.run.BenchArguments;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;

/**
 * What {@code paceline bench scheduler} was asked: {@code [--rounds N] [--shapes
 * NAME,...] [--crm-simulate PATH] [--timeout SECONDS] [--crm-simulate-largest]}.
 *
 * @param shapes          the generated shapes, smallest first
 * @param rounds          timed runs per file in this JVM and per file as a process, whose median counts
 * @param crmSimulate     Pacemaker's crm_simulate; left out when it is not there
 * @param timeout         the longest one process may run
 * @param largestPacemaker whether crm_simulate also runs at the largest shape (it would take hours)
 */
record ScaleOptions(List<ClusterShape> shapes, int rounds, Path crmSimulate, Duration timeout,
                    boolean largestPacemaker) {
    static final String COMMAND = "paceline bench scheduler";
    static final String USAGE = "usage: " + COMMAND
            + " [--rounds N] [--shapes NAME,...] [--crm-simulate PATH] [--timeout SECONDS] [--crm-simulate-largest]";
    /** The largest shape, where crm_simulate is left out unless asked for. */
    static final ClusterShape LARGEST = ClusterShape.NODES_32_PRIMITIVES_10000;

    static Parsed<ScaleOptions> parse(String[] arguments) {
        List<ClusterShape> shapes = ClusterShape.benchmarked();
        int rounds = 5;
        Path crmSimulate = Path.of("/usr/sbin/crm_simulate");
        Duration timeout = Duration.ofMinutes(30);
        boolean largest = false;
        try {
            for (int i = 0; i < arguments.length; i++) {
                String argument = arguments[i];
                switch (argument) {
                    case "--rounds" -> rounds = BenchArguments.positive(argument, BenchArguments.value(arguments, ++i, argument, USAGE));
                    case "--timeout" -> timeout = Duration.ofSeconds(BenchArguments.positive(argument, BenchArguments.value(arguments, ++i, argument, USAGE)));
                    case "--crm-simulate" -> crmSimulate = Path.of(BenchArguments.value(arguments, ++i, argument, USAGE));
                    case "--crm-simulate-largest" -> largest = true;
                    case "--shapes" -> shapes = shapes(BenchArguments.value(arguments, ++i, argument, USAGE));
                    default -> throw new IllegalArgumentException("unexpected argument \"" + argument + "\"; " + USAGE);
                }
            }
        } catch (IllegalArgumentException e) {
            return Parsed.invalid(new Problem(COMMAND, 0, 0, e.getMessage()));
        }
        return Parsed.valid(new ScaleOptions(shapes, rounds, crmSimulate, timeout, largest));
    }

    /** Whether crm_simulate runs on the shape's files. */
    boolean runsPacemaker(ClusterShape shape) {
        return largestPacemaker || !shape.equals(LARGEST);
    }

    private static List<ClusterShape> shapes(String names) {
        var shapes = new ArrayList<ClusterShape>();
        for (String name : names.split(",")) {
            shapes.add(ClusterShape.preset(name.strip()).orElseThrow(() -> new IllegalArgumentException(
                    "--shapes: no shape \"" + name.strip() + "\"; known: "
                            + ClusterShape.presets().stream().map(ClusterShape::name).toList())));
        }
        shapes.sort(java.util.Comparator.comparingLong(ClusterShape::size));
        return List.copyOf(shapes);
    }

}
