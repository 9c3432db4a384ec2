package org.paceline.node.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who the daemon lets in: root and haclient's members, nobody else. */
class PeerCheckTest {
    private final PeerCheck check = new PeerCheck("haclient", Set.of("hacluster", "operator"));

    @Test
    void root_isLetIn() {
        assertEquals(Optional.empty(), check.refusal("root", "root"));
        assertEquals(Optional.empty(), check.refusal("0", "0"));
    }

    @Test
    void primaryGroupHaclient_isLetIn() {
        assertEquals(Optional.empty(), check.refusal("postgres", "haclient"));
    }

    @Test
    void supplementaryMember_isLetIn() {
        assertEquals(Optional.empty(), check.refusal("operator", "users"));
    }

    @Test
    void anyoneElse_isRefusedInOneLine() {
        var refusal = check.refusal("nobody", "nogroup");
        assertEquals(Optional.of("permission denied: user nobody is neither root nor a member of group haclient"),
                refusal);
        assertTrue(refusal.get().lines().count() == 1);
    }

    @Test
    void groupFile_membersAreRead(@TempDir Path dir) throws IOException {
        Path group = dir.resolve("group");
        Files.writeString(group, "root:x:0:\nhaclient:x:118:hacluster, operator\nusers:x:100:nobody\n");
        assertEquals(Set.of("hacluster", "operator"), PeerCheck.members(group, "haclient"));
        assertEquals(Set.of(), PeerCheck.members(group, "wheel"));
        assertEquals(Set.of(), PeerCheck.members(dir.resolve("missing"), "haclient"));
    }
}
