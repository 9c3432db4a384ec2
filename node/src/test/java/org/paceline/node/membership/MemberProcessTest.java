package org.paceline.node.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A member in another JVM that is killed or frozen: how fast the survivor's view changes. */
@Timeout(40)
class MemberProcessTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path directory;

    @Test
    void kill_ofAMemberProcess_leavesTheViewBeforeTheHangTimeout() throws Exception {
        Duration hang = Duration.ofSeconds(10);
        try (var cluster = new LoopbackCluster("killed", "pm01", "pm02")) {
            var survivor = new Recorder();
            cluster.start(cluster.configs.get("pm01").withHangTimeout(hang), survivor);
            Process other = startMember(cluster, "pm02", hang);
            try {
                assertTrue(survivor.awaitView(v -> v.size() == 2, WAIT), survivor.views().toString());

                long killedAt = System.nanoTime();
                other.destroyForcibly();

                assertTrue(survivor.awaitView(v -> v.members().equals(List.of("pm01")), WAIT), survivor.views().toString());
                Duration detection = Duration.ofNanos(System.nanoTime() - killedAt);
                assertTrue(detection.compareTo(Duration.ofSeconds(5)) < 0,
                        "a crash is seen by its closed socket, not after the " + hang + " hang timeout: " + detection);
            } finally {
                other.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void freeze_ofAMemberProcess_leavesTheViewAfterTheHangTimeout() throws Exception {
        Duration hang = Duration.ofMillis(1500);
        try (var cluster = new LoopbackCluster("frozen", "pm01", "pm02")) {
            var survivor = new Recorder();
            cluster.start(cluster.configs.get("pm01").withHangTimeout(hang), survivor);
            Process other = startMember(cluster, "pm02", hang);
            try {
                assertTrue(survivor.awaitView(v -> v.size() == 2, WAIT), survivor.views().toString());

                long frozenAt = System.nanoTime();
                signal(other, "STOP");

                assertTrue(survivor.awaitView(v -> v.members().equals(List.of("pm01")), WAIT), survivor.views().toString());
                Duration detection = Duration.ofNanos(System.nanoTime() - frozenAt);
                assertTrue(detection.compareTo(hang.minusMillis(300)) > 0, "too early for a hang: " + detection);
                assertTrue(detection.compareTo(hang.plusSeconds(3)) < 0, "too late for a hang: " + detection);
            } finally {
                signal(other, "CONT");
                other.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    private Process startMember(LoopbackCluster cluster, String node, Duration hang) throws IOException {
        Path keyFile = directory.resolve("authkey");
        cluster.key.write(keyFile);
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                MemberProcess.class.getName(),
                cluster.name, node, keyFile.toString(), Long.toString(hang.toMillis())));
        for (MembershipConfig config : cluster.configs.values()) {
            command.add(config.nodeName() + "=" + config.bind().getPort());
        }
        return new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static void signal(Process process, String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start();
        assertTrue(kill.waitFor(5, TimeUnit.SECONDS));
        assertEquals(0, kill.exitValue());
    }
}
