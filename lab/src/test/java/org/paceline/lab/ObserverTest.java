package org.paceline.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObserverTest {
    @TempDir
    Path folder;

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void resourceActiveOnTwoPoweredHosts_isAViolation_untilOneIsPoweredOff() throws Exception {
        try (var cluster = LabCluster.create(folder.resolve("lab"), "t", List.of("n1", "n2"), 7600, true);
             var observer = new Observer(cluster, Set.of("vip"), Map.of(), Duration.ofHours(1))) {
            write(cluster.config("n1").agentTemporary().resolve("Dummy-vip.state"), "");
            observer.sample();
            assertEquals(List.of(), observer.violations());
            assertEquals(Set.of("n1"), observer.hostsOf("vip"));

            write(cluster.config("n2").agentTemporary().resolve("Dummy-vip.state"), "");
            observer.sample();
            assertEquals("vip active on n1 and n2", observer.violations().getLast().what());

            write(cluster.powerFolder().resolve("n1.off"), "powered off");
            int before = observer.violations().size();
            observer.sample();
            assertEquals(before, observer.violations().size(), "a powered-off host holds nothing active");
            assertEquals(Set.of("n2"), observer.hostsOf("vip"));
        }
    }

    @Test
    void delayResource_isActiveWhileItsTrackingFileExists() throws Exception {
        try (var cluster = LabCluster.create(folder.resolve("lab"), "t", List.of("n1", "n2"), 7650, true);
             var observer = new Observer(cluster, Set.of("slow"), Map.of(), Duration.ofHours(1))) {
            write(cluster.config("n1").agentTemporary().resolve("Delay_slow"), "");
            assertEquals(Set.of("n1"), observer.hostsOf("slow"));
            write(cluster.config("n2").agentTemporary().resolve("Delay_slow"), "");
            observer.sample();
            assertEquals("slow active on n1 and n2", observer.violations().getLast().what());
            Files.delete(cluster.config("n1").agentTemporary().resolve("Delay_slow"));
            assertEquals(Set.of("n2"), observer.hostsOf("slow"));
        }
    }

    @Test
    void twoPromotedInstances_areAViolation_butClonesMayRunEverywhere() throws Exception {
        try (var cluster = LabCluster.create(folder.resolve("lab"), "t", List.of("n1", "n2", "n3"), 7700, false);
             var observer = new Observer(cluster, Set.of(), Map.of("stateful", 1), Duration.ofHours(1))) {
            for (String node : cluster.nodes()) {
                write(cluster.config(node).agentRun().resolve("Dummy-ping:0.state"), "");
                write(cluster.config(node).agentRun().resolve("Stateful-stateful.state"), "Unpromoted\n");
            }
            write(cluster.config("n2").agentRun().resolve("Stateful-stateful.state"), "Promoted\n");
            observer.sample();
            assertEquals(List.of(), observer.violations());
            assertEquals("Promoted", observer.activeNow().get("n2").get("stateful"));

            write(cluster.config("n3").agentRun().resolve("Stateful-stateful.state"), "Promoted\n");
            observer.sample();
            assertEquals("stateful promoted on n2 and n3", observer.violations().getLast().what());
        }
    }

    @Test
    void hostProcesses_areFoundByTheirEnvironment_andKilled() throws Exception {
        var marked = new ProcessBuilder("sleep", "60");
        marked.environment().put(LabCluster.HOST_VARIABLE, "lab-test-host");
        Process mine = marked.start();
        Process other = new ProcessBuilder("sleep", "60").start();
        try {
            assertTrue(LabCluster.await(Duration.ofSeconds(5),
                    () -> HostProcesses.of("lab-test-host").contains(mine.pid())));
            assertTrue(!HostProcesses.of("lab-test-host").contains(other.pid()));
            HostProcesses.killAll(List.of("lab-test-host"));
            assertTrue(mine.waitFor(5, java.util.concurrent.TimeUnit.SECONDS));
            assertTrue(other.isAlive());
        } finally {
            mine.destroyForcibly();
            other.destroyForcibly();
        }
    }
}
