package org.paceline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.paceline.cib.constraints.Constraint;
import org.paceline.cli.harness.AgainstHarnessDaemon;

/** crm configure show|load|edit and crm node standby|online, run as processes against the harness daemon. */
class CrmShellTest extends AgainstHarnessDaemon {
    @Test
    void show_printsTheRunningConfigurationInCrmSyntax() throws Exception {
        var run = crm(Map.of(), "configure", "show");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("primitive vip-master ocf:heartbeat:IPaddr2 \\\n    params \\\n        ip=\"192.168.0.10\""), run.out());
        assertTrue(run.out().contains("colocation rsc_colocation-master-group inf: master-group msPostgresql:Promoted")
                || run.out().contains("rsc_colocation-master-group"), run.out());
    }

    @Test
    void loadUpdate_mergesObjectsIn_andABadFileChangesNothing() throws Exception {
        Path file = dir.resolve("more.crm");
        Files.writeString(file, "location vip-master-prefers-pm01 master-group 100: pm01\n");
        var run = crm(Map.of(), "configure", "load", "update", file.toString());
        assertEquals(0, run.code(), run.err());
        var ids = constraintIds();
        assertTrue(ids.contains("vip-master-prefers-pm01") && ids.contains("rsc_colocation-master-group"), ids.toString());

        Files.writeString(file, "location broken master-group 100: pm01\nprimitive half ocf:heartbeat:Dummy op monitr\n");
        var bad = crm(Map.of(), "configure", "load", "update", file.toString());
        assertEquals(1, bad.code());
        assertEquals(ids, constraintIds());
    }

    @Test
    void edit_appliesWhatTheEditorLeaves_wholeOrNotAtAll() throws Exception {
        var edited = crm(Map.of("EDITOR", "sed -i 's/^location cli-.*//; $a location by-editor vip-master 50: pm02'"),
                "configure", "edit");
        assertEquals(0, edited.code(), edited.err());
        assertTrue(constraintIds().contains("by-editor"), constraintIds().toString());
        var before = constraintIds();
        var broken = crm(Map.of("EDITOR", "sed -i '$a location nonsense'"), "configure", "edit");
        assertEquals(1, broken.code());
        assertTrue(broken.err().endsWith("crm: nothing was changed\n"), broken.err());
        assertEquals(before, constraintIds());
    }

    @Test
    void nodeStandby_thenOnline_setsThePermanentStandbyAttribute() throws Exception {
        assertEquals(0, crm(Map.of(), "node", "standby", "pm02").code());
        assertEquals("on", standby("pm02"));
        assertEquals(0, crm(Map.of(), "node", "online", "pm02").code());
        assertEquals("off", standby("pm02"));
        var noDaemon = crm(Map.of("PACELINE_SOCKET", dir.resolve("none.sock").toString()), "node", "standby");
        assertEquals(102, noDaemon.code());
        assertEquals("crm: Paceline is not running on this node (no socket at " + dir.resolve("none.sock") + ")\n",
                noDaemon.err());
    }

    private String standby(String node) {
        return daemon.daemon().cib().configuration().nodes().stream().filter(n -> n.uname().equals(node))
                .flatMap(n -> n.sets().stream()).flatMap(s -> s.value("standby").stream()).findFirst().orElse(null);
    }

    private List<String> constraintIds() {
        return daemon.daemon().cib().configuration().constraints().stream().map(Constraint::id).toList();
    }

    private record Run(int code, String out, String err) {}

    private Run crm(Map<String, String> env, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dpaceline.face=crm", "-cp", System.getProperty("java.class.path"), "org.paceline.cli.Main"));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command);
        builder.environment().put("PACELINE_SOCKET", socket.toString());
        builder.environment().putAll(env);
        var process = builder.start();
        process.getOutputStream().close();
        // Standard error read beside standard output, so that neither pipe fills and stalls the other.
        var errBytes = new java.util.concurrent.atomic.AtomicReference<byte[]>(new byte[0]);
        var errReader = Thread.ofVirtual().start(() -> {
            try {
                errBytes.set(process.getErrorStream().readAllBytes());
            } catch (IOException e) {
                errBytes.set(("(standard error unreadable: " + e.getMessage() + ")").getBytes(StandardCharsets.UTF_8));
            }
        });
        byte[] out = process.getInputStream().readAllBytes();
        errReader.join();
        return new Run(process.waitFor(), new String(out, StandardCharsets.UTF_8),
                new String(errBytes.get(), StandardCharsets.UTF_8));
    }
}
