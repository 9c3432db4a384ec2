package org.paceline.cli.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.cli.Main;

/**
 * The seeds' failures, injected into clusters running the two sample configurations,
 * decided by Paceline and by Pacemaker's own crm_simulate (Debian's 2.1.5): the
 * Transition Summaries must agree. Cases made here, at test time, from the samples;
 * skipped where crm_simulate is not installed.
 */
class SeedScenariosTest {
    private static final Path CRM_SIMULATE = Path.of("/usr/sbin/crm_simulate");

    private static final List<SeedScenario> SCENARIOS = List.of(
            SeedScenario.injecting("steady state", "pg-rex.crm"),
            SeedScenario.injecting("vip-rep lost", "pg-rex.crm", "-i", "vip-rep_monitor_10000@pm01=7"),
            SeedScenario.injecting("vip-master lost", "pg-rex.crm", "-i", "vip-master_monitor_10000@pm01=7"),
            SeedScenario.injecting("primary PostgreSQL killed", "pg-rex.crm", "-i", "pgsql_monitor_9000@pm01=7"),
            SeedScenario.injecting("standby PostgreSQL killed", "pg-rex.crm", "-i", "pgsql_monitor_10000@pm02=7"),
            SeedScenario.attribute("service LAN cut", "pg-rex.crm", "pm01", "default_ping_set", "0"),
            SeedScenario.attribute("shared disk failure", "pg-rex.crm", "pm01", "diskcheck_status", "ERROR"),
            SeedScenario.attribute("internal disk failure", "pg-rex.crm", "pm01", "diskcheck_status_internal", "ERROR"),
            SeedScenario.attribute("replication LAN cut", "pg-rex.crm", "pm02", "master-pgsql", "-INFINITY"),
            SeedScenario.injecting("primary node lost", "pg-rex.crm", "-f", "pm01"),
            SeedScenario.injecting("standby node lost", "pg-rex.crm", "-f", "pm02"),
            SeedScenario.injecting("standby node shut down", "pg-rex.crm", "-d", "pm02"),
            SeedScenario.injecting("steady state", "shared-disk-stonith.crm"),
            SeedScenario.injecting("filesystem lost", "shared-disk-stonith.crm", "-i", "prmFs_monitor_10000@pm1=7"),
            SeedScenario.injecting("PostgreSQL killed", "shared-disk-stonith.crm", "-i", "prmPg_monitor_10000@pm1=7"),
            SeedScenario.injecting("sfex lock lost", "shared-disk-stonith.crm", "-i", "prmEx_monitor_10000@pm1=1"),
            SeedScenario.attribute("service LAN cut", "shared-disk-stonith.crm", "pm1", "default_ping_set", "0"),
            SeedScenario.attribute("disk failure", "shared-disk-stonith.crm", "pm1", "diskcheck_status", "ERROR"),
            SeedScenario.injecting("active node lost", "shared-disk-stonith.crm", "-f", "pm1"),
            SeedScenario.injecting("standby node lost", "shared-disk-stonith.crm", "-f", "pm2"));

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> seedFailures_decideAsPacemaker() throws Exception {
        String samplesFolder = System.getProperty("paceline.samples");
        Assumptions.assumeTrue(samplesFolder != null && Files.isDirectory(Path.of(samplesFolder)), "samples not found");
        Assumptions.assumeTrue(Files.isExecutable(CRM_SIMULATE), "Pacemaker's crm_simulate is not installed");
        Path samples = Path.of(samplesFolder);
        var settled = new java.util.HashMap<String, Path>();
        for (String sample : List.of("pg-rex.crm", "shared-disk-stonith.crm")) {
            settled.put(sample, settle(samples, sample));
        }
        return SCENARIOS.stream().map(scenario -> DynamicTest.dynamicTest(
                scenario.sample() + ": " + scenario.name(), () -> compare(scenario, settled.get(scenario.sample()))));
    }

    /** Lets Pacemaker bring the cluster up (start everything, promote) until nothing is left to do. */
    private Path settle(Path samples, String sample) throws Exception {
        Path current = dir.resolve(sample + "-0.xml");
        SeedCluster.write(samples, sample, current);
        for (int round = 1; round <= 4; round++) {
            Path next = dir.resolve(sample + "-" + round + ".xml");
            String output = crmSimulate(List.of("-x", current.toString(), "-S", "-O", next.toString()));
            current = next;
            if (summary(output).isEmpty()) {
                return current;
            }
        }
        throw new AssertionError(sample + ": crm_simulate did not settle the cluster in four rounds");
    }

    private void compare(SeedScenario scenario, Path settled) throws Exception {
        Path input = settled;
        if (!scenario.attributes().isEmpty()) {
            String xml = Files.readString(settled);
            for (var change : scenario.attributes()) {
                xml = SeedCluster.setAttribute(xml, SeedCluster.healthyNodes(scenario.sample()), change.getKey(),
                        change.getValue().getKey(), change.getValue().getValue());
            }
            input = dir.resolve(scenario.sample() + "-" + scenario.name().replace(' ', '-') + ".xml");
            Files.writeString(input, xml);
        }
        var arguments = new ArrayList<>(List.of("-x", input.toString(), "-S"));
        arguments.addAll(scenario.arguments());
        List<String> expected = normalised(summary(crmSimulate(arguments)));
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Main.run("crm_simulate", new PrintWriter(out, true), new PrintWriter(err, true),
                arguments.toArray(String[]::new));
        assertEquals(0, code, err.toString());
        List<String> actual = normalised(summary(out.toString()));
        assertEquals(String.join("\n", expected), String.join("\n", actual), scenario.sample() + ": " + scenario.name());
    }

    private static String crmSimulate(List<String> arguments) throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add(CRM_SIMULATE.toString());
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] bytes = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "crm_simulate did not finish");
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The lines of the Transition Summary section. */
    static List<String> summary(String output) {
        var lines = new ArrayList<String>();
        boolean inside = false;
        for (String line : output.split("\n")) {
            if (line.startsWith("Transition Summary:")) {
                inside = true;
            } else if (inside) {
                if (line.isBlank()) {
                    break;
                }
                lines.add(line);
            }
        }
        return lines;
    }

    private static List<String> normalised(List<String> lines) {
        var out = new ArrayList<String>();
        for (String line : lines) {
            out.add(line.strip().replaceAll("\\s+", " "));
        }
        Collections.sort(out);
        return out;
    }
}
