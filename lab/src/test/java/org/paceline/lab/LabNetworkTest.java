package org.paceline.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A lab's network namespaces: both nodes reach each other on both networks, a cut
 * interconnect leaves the second network up, and closing removes every namespace and link
 * of the lab, whatever was left. Needs root (skipped otherwise).
 */
class LabNetworkTest {
    private static final List<String> NODES = List.of("pm1", "pm2");

    @Test
    void interconnectCut_secondNetworkStaysUp_andCloseLeavesNothing() throws Exception {
        var why = LabNetwork.unavailable();
        assumeTrue(why.isEmpty(), () -> "not run: " + why.orElse(""));
        try (var network = LabNetwork.create("19390", NODES)) {
            assertEquals("pl19390-pm1", network.namespace("pm1"));
            assertTrue(namespaces().containsAll(List.of("pl19390-pm1", "pl19390-pm2")), namespaces().toString());
            assertTrue(pings(network, "pm1", network.interconnectAddress("pm2").getHostAddress()));
            assertTrue(pings(network, "pm2", network.secondAddress("pm1").getHostAddress()));

            network.cutInterconnect();

            assertFalse(network.interconnectUp());
            assertFalse(pings(network, "pm1", network.interconnectAddress("pm2").getHostAddress()));
            assertTrue(pings(network, "pm1", network.secondAddress("pm2").getHostAddress()));
        }
        assertTrue(namespaces().stream().noneMatch(name -> name.startsWith("pl19390-")), namespaces().toString());
        for (String link : List.of("pl19390i0", "pl19390i1", "pl19390s0", "pl19390s1")) {
            assertFalse(Files.exists(Path.of("/sys/class/net", link)), link);
        }
    }

    @Test
    void leftoversOfAKilledRun_areRemovedByTheNextCreate() throws Exception {
        var why = LabNetwork.unavailable();
        assumeTrue(why.isEmpty(), () -> "not run: " + why.orElse(""));
        run("ip", "netns", "add", "pl19390-pm1");
        try (var network = LabNetwork.create("19390", NODES)) {
            assertTrue(pings(network, "pm2", network.interconnectAddress("pm1").getHostAddress()));
        }
        assertTrue(namespaces().stream().noneMatch(name -> name.startsWith("pl19390-")), namespaces().toString());
    }

    private static boolean pings(LabNetwork network, String from, String address) throws Exception {
        var command = new ArrayList<>(network.inNamespace(from));
        command.addAll(List.of("ping", "-n", "-q", "-c", "1", "-W", "1", address));
        return run(command.toArray(String[]::new)) == 0;
    }

    private static List<String> namespaces() throws Exception {
        Process process = new ProcessBuilder("ip", "netns", "list").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output.lines().map(line -> line.split(" ")[0]).toList();
    }

    private static int run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor();
    }
}
