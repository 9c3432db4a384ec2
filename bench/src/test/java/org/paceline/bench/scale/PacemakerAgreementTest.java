package org.paceline.bench.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.paceline.bench.generated.ClusterCondition;
import org.paceline.bench.generated.ClusterShape;
import org.paceline.bench.generated.GeneratedCluster;
import org.paceline.scheduler.Decision;
import org.paceline.scheduler.Scheduler;

/**
 * Pacemaker's crm_simulate accepts the generated files and decides what Paceline
 * decides: the same Transition Summary on the small and medium shapes, healthy (nothing
 * to do, not even a monitor) and with a node lost. Needs crm_simulate (Debian's
 * pacemaker-cli-utils, which CI installs); skipped without it.
 */
class PacemakerAgreementTest {
    private static final Path CRM_SIMULATE = Path.of("/usr/sbin/crm_simulate");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ClusterCondition.class)
    void crmSimulate_smallAndMedium_printsPacelinesTransitionSummary(ClusterCondition condition) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CRM_SIMULATE),
                CRM_SIMULATE + " is not installed (Debian: apt-get install pacemaker-cli-utils)");
        var processes = new TimedProcess(Duration.ofMinutes(2), dir);
        for (ClusterShape shape : List.of(ClusterShape.SMALL, ClusterShape.MEDIUM)) {
            Path file = dir.resolve(shape.name() + ".xml");
            Files.writeString(file, GeneratedCluster.xml(shape, condition), StandardCharsets.UTF_8);

            TimedProcess.Run run = processes.run(List.of(CRM_SIMULATE.toString(), "-S", "-x", file.toString()));

            assertEquals(0, run.exitCode(), shape + ": " + run.output());
            Decision decision = Scheduler.schedule(GeneratedCluster.of(shape, condition), GeneratedCluster.now());
            assertEquals(pacelines(decision), SummaryLines.of(run.output()), shape + " " + condition.label());
            if (condition == ClusterCondition.HEALTHY) {
                assertTrue(executed(run.output()).isEmpty(), shape + ": crm_simulate does " + executed(run.output()));
            }
        }
    }

    /** Paceline's summary as {@code paceline simulate} prints it, made comparable the same way. */
    private static List<String> pacelines(Decision decision) {
        var text = new StringBuilder("Transition Summary:\n");
        decision.fencing().forEach(line -> text.append(line).append('\n'));
        decision.summary().lines().forEach(line -> text.append(line).append('\n'));
        return SummaryLines.of(text.toString());
    }

    /** The actions crm_simulate -S carried out: a monitor whose digest it disputes would show here. */
    private static List<String> executed(String output) {
        var actions = new ArrayList<String>();
        boolean inside = false;
        for (String line : output.lines().toList()) {
            if (line.startsWith("Executing Cluster Transition")) {
                inside = true;
            } else if (inside && line.startsWith("  * ")) {
                actions.add(line.strip());
            } else if (inside && !line.isBlank()) {
                break;
            }
        }
        return actions;
    }
}
