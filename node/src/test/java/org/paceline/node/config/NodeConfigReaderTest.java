package org.paceline.node.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;

class NodeConfigReaderTest {
    private static final Path FOLDER = Path.of("/etc/paceline");
    private static final String TWO_NODES = """
            # the seeds' pair
            cluster_name = pgrex
            member = pm01 1 192.168.1.1:5405 192.168.2.1:5405
            member = pm02 2 192.168.1.2:5405 192.168.2.2:5405
            two_node = 1
            wait_for_all = yes
            hang_timeout = 2s
            """;

    private static NodeConfig valid(String text, String host) {
        var parsed = NodeConfigReader.parse("paceline.conf", text, FOLDER, host);
        if (parsed instanceof Parsed.Invalid<NodeConfig> invalid) {
            throw new AssertionError(invalid.problems());
        }
        return parsed.orThrow();
    }

    private static List<String> problems(String text) {
        var parsed = NodeConfigReader.parse("paceline.conf", text, FOLDER, "pm01");
        assertTrue(parsed instanceof Parsed.Invalid, "expected problems in:\n" + text);
        return ((Parsed.Invalid<NodeConfig>) parsed).problems().stream().map(Problem::oneLine).toList();
    }

    @Test
    void read_withoutNodeName_takesTheHostName() {
        NodeConfig config = valid(TWO_NODES, "pm02");
        assertEquals("pm02", config.nodeName());
        assertEquals(2, config.self().id());
        assertEquals(2, config.self().addresses().size());
        assertEquals(Duration.ofSeconds(2), config.hangTimeout());
        assertTrue(config.quorum().twoNode());
        assertTrue(config.quorum().waitForAll());
        assertEquals(2, config.expectedVotes());
    }

    @Test
    void read_relativePaths_areTakenFromTheFilesFolder() {
        NodeConfig config = valid(TWO_NODES + "state_dir = state\nkey_file = ../authkey\n", "pm01");
        assertEquals(Path.of("/etc/paceline/state"), config.stateDirectory());
        assertEquals(Path.of("/etc/authkey"), config.keyFile());
        assertEquals(Path.of("/run/paceline/paceline.sock"), config.socket());
    }

    @Test
    void read_unknownSetting_namesLineAndColumn() {
        assertEquals(List.of("paceline.conf:2:3: unknown setting \"hang_timout\" (known: cluster_name, node_name, "
                        + "member, key_file, state_dir, log_file, operational_log, socket, agent_tmp_dir, agent_run_dir, hang_timeout, join_timeout, "
                        + "expected_votes, two_node, wait_for_all)"),
                problems("cluster_name = c\n  hang_timout = 3s\nmember = pm01 1 127.0.0.1:5405\n"));
    }

    @Test
    void read_hostNotAmongMembers_isOneLine() {
        assertEquals(List.of("paceline.conf:8: setting \"node_name\": node \"pm03\" is not among the members (pm01, pm02)"),
                problems(TWO_NODES + "node_name = pm03\n").stream().filter(p -> p.contains("pm03")).toList());
    }

    @Test
    void read_everyMistake_isReportedAtOnce() {
        var found = problems("""
                cluster_name = c
                member = pm01 1 127.0.0.1
                member = pm02 x 127.0.0.1:5415
                member = pm03 3 127.0.0.1:99999
                hang_timeout = soon
                two_node = maybe
                cluster_name = d
                """);
        assertEquals(List.of(
                "paceline.conf:2:10: setting \"member\": node \"pm01\": expected ADDRESS:PORT, found \"127.0.0.1\"",
                "paceline.conf:3:10: setting \"member\": node \"pm02\": the id must be a positive integer, not \"x\"",
                "paceline.conf:4:10: setting \"member\": node \"pm03\": expected ADDRESS:PORT, found \"127.0.0.1:99999\"",
                "paceline.conf:7:1: setting \"cluster_name\" is given twice (first on line 1)",
                "paceline.conf: missing setting \"member\": name every node, this one included",
                "paceline.conf:5: setting \"hang_timeout\": expected a duration such as 3s or 500ms, found \"soon\"",
                "paceline.conf:6: setting \"two_node\": expected true or false, found \"maybe\""), found);
    }

    @Test
    void read_hangTimeoutTooShort_isRefused() {
        assertEquals(List.of("paceline.conf:2: setting \"hang_timeout\": must be at least 200 ms, not 50 ms"),
                problems("cluster_name = c\nhang_timeout = 50ms\nmember = pm01 1 127.0.0.1:5405\n"));
    }

    @Test
    void read_duplicateIds_andTwoNodeWithThree_areRefused() {
        var found = problems("""
                cluster_name = c
                member = a 1 127.0.0.1:5405
                member = b 1 127.0.0.1:5415
                member = c 2 127.0.0.1:5425
                member = pm01 3 127.0.0.1:5435
                two_node = true
                """);
        assertEquals(List.of(
                "paceline.conf:3:10: setting \"member\": node \"b\": id 1 is already node \"a\"'s",
                "paceline.conf:6: setting \"two_node\": two_node needs exactly two members, not 3"), found);
    }

    @Test
    void writeThenRead_givesTheSameConfiguration() {
        NodeConfig config = valid(TWO_NODES + "node_name = pm01\n", "ignored");
        String text = NodeConfigWriter.write(config, true);
        assertEquals(config, valid(text, "ignored"));
        NodeConfig shared = valid(NodeConfigWriter.write(config, false), "pm02");
        assertEquals("pm02", shared.nodeName());
    }
}
