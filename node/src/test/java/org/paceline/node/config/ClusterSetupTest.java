package org.paceline.node.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.node.membership.ClusterKey;

class ClusterSetupTest {
    @TempDir
    Path folder;

    @Test
    void perNode_writesOneReadableConfigurationPerNode_sharingOneKey() throws IOException {
        var written = ClusterSetup.write(folder, "demo", ClusterSetup.loopback(List.of("n1", "n2", "n3"), 7400), true, false);
        assertEquals(3, written.configurations().size());
        for (String node : List.of("n1", "n2", "n3")) {
            NodeConfig config = NodeConfigReader.read(folder.resolve(node).resolve(ClusterSetup.CONFIG_FILE), "host")
                    .orThrow();
            assertEquals(node, config.nodeName());
            assertEquals(folder.resolve("authkey"), config.keyFile());
            assertEquals(folder.resolve(node).resolve("state"), config.stateDirectory());
            assertEquals(folder.resolve(node).resolve("paceline.sock"), config.socket());
            assertTrue(ClusterKey.read(config.keyFile()).isValid());
        }
        assertEquals(7410, NodeConfigReader.read(written.configurations().get(1), "x").orThrow()
                .self().addresses().getFirst().getPort());
    }

    @Test
    void addressed_eachNodeListensOnItsOwnAddress_withTheLoopbackLayoutsPorts() throws IOException {
        var addresses = List.of(java.net.InetAddress.getByName("10.81.1.1"), java.net.InetAddress.getByName("10.81.1.2"));
        var written = ClusterSetup.write(folder, "netns", ClusterSetup.addressed(List.of("pm1", "pm2"), addresses, 19300),
                true, true);
        NodeConfig config = NodeConfigReader.read(written.configurations().get(1), "x").orThrow();
        assertEquals("pm2", config.nodeName());
        assertEquals(List.of("10.81.1.1:19300", "10.81.1.2:19310"), config.members().stream()
                .map(member -> member.addresses().getFirst().getHostString() + ":" + member.addresses().getFirst().getPort())
                .toList());
        assertThrows(IllegalArgumentException.class, () -> ClusterSetup.addressed(List.of("pm1"), addresses, 19300));
    }

    @Test
    void shared_writesOneFileForEveryHost() throws IOException {
        ClusterSetup.write(folder, "pgrex", ClusterSetup.loopback(List.of("pm01", "pm02"), 5405), false, true);
        NodeConfig config = NodeConfigReader.read(folder.resolve("paceline.conf"), "pm02").orThrow();
        assertEquals("pm02", config.nodeName());
        assertTrue(config.quorum().twoNode());
        assertEquals(Path.of("/var/lib/paceline"), config.stateDirectory());
    }

    @Test
    void existingKey_isNeverOverwritten() throws IOException {
        ClusterSetup.write(folder, "a", ClusterSetup.loopback(List.of("n1"), 7400), false, false);
        byte[] key = Files.readAllBytes(folder.resolve("authkey"));
        var error = assertThrows(IOException.class,
                () -> ClusterSetup.write(folder, "b", ClusterSetup.loopback(List.of("n1"), 7400), false, false));
        assertTrue(error.getMessage().contains("a cluster key is there already"), error.getMessage());
        assertEquals(List.of(key.length), List.of(Files.readAllBytes(folder.resolve("authkey")).length));
    }
}
