package org.paceline.node.config;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;
import org.paceline.cib.rules.IntervalSpec;

/**
 * Reads a node configuration file: one {@code name = value} setting a line, {@code #}
 * comments, {@code member} repeated once per node.
 *
 * <pre>
 * cluster_name = pgrex
 * node_name    = pm01
 * member       = pm01 1 192.168.1.1:5405 192.168.2.1:5405
 * member       = pm02 2 192.168.1.2:5405 192.168.2.2:5405
 * key_file     = authkey
 * state_dir    = /var/lib/paceline
 * </pre>
 *
 * Relative paths are taken from the file's folder, so a test cluster's files can sit
 * together anywhere. Every problem is reported, each naming the file, the line and the
 * setting; nothing is half-read.
 */
public final class NodeConfigReader {
    /** Every setting the file may hold, with its default where it has one. */
    static final Map<String, String> DEFAULTS = defaults();

    private NodeConfigReader() {}

    /**
     * Reads a file; {@code hostName} is this node's name when the file names none
     * ({@code node_name} left out, so that one file serves every node, as corosync.conf does).
     */
    public static Parsed<NodeConfig> read(Path file, String hostName) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Parsed.invalid(new Problem(file.toString(), 0, 0, "no such file"));
        } catch (IOException e) {
            return Parsed.invalid(new Problem(file.toString(), 0, 0, "cannot read: " + e.getMessage()));
        }
        Path folder = file.toAbsolutePath().getParent();
        return parse(file.toString(), text, folder, hostName);
    }

    /** Parses the text of a file named {@code name}; relative paths are taken from {@code folder}. */
    public static Parsed<NodeConfig> parse(String name, String text, Path folder, String hostName) {
        return new Session(name, folder, hostName).parse(text);
    }

    private static Map<String, String> defaults() {
        var map = new LinkedHashMap<String, String>();
        map.put("cluster_name", null);
        map.put("node_name", null);
        map.put("member", null);
        map.put("key_file", "authkey");
        map.put("state_dir", "/var/lib/paceline");
        map.put("log_file", "/var/log/paceline/paceline.log");
        map.put("operational_log", "/var/log/paceline/pm_logconv.out");
        map.put("socket", "/run/paceline/paceline.sock");
        map.put("agent_tmp_dir", "/run/resource-agents");
        map.put("agent_run_dir", "/var/run");
        map.put("hang_timeout", "3s");
        map.put("join_timeout", "2s");
        map.put("expected_votes", "0");
        map.put("two_node", "false");
        map.put("wait_for_all", "false");
        return map;
    }

    /** One reading: the values seen so far, where each was, and the problems. */
    private static final class Session {
        private final String file;
        private final Path folder;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, String> values = new LinkedHashMap<>();
        private final Map<String, Integer> lines = new LinkedHashMap<>();
        private final List<NodeConfig.Member> members = new ArrayList<>();
        private final Map<String, Integer> memberLines = new LinkedHashMap<>();

        private final String hostName;

        Session(String file, Path folder, String hostName) {
            this.file = file;
            this.folder = folder;
            this.hostName = hostName;
        }

        Parsed<NodeConfig> parse(String text) {
            String[] rows = text.split("\n", -1);
            for (int i = 0; i < rows.length; i++) {
                line(i + 1, rows[i]);
            }
            if (!values.containsKey("cluster_name")) {
                problems.add(new Problem(file, 0, 0, "missing setting \"cluster_name\""));
            }
            if (members.isEmpty()) {
                problems.add(new Problem(file, 0, 0, "missing setting \"member\": name every node, this one included"));
            }
            String nodeName = values.getOrDefault("node_name", hostName);
            if (nodeName == null) {
                problems.add(new Problem(file, 0, 0, "missing setting \"node_name\" (this host has no name to use)"));
            } else if (!members.isEmpty() && !memberLines.containsKey(nodeName)) {
                String source = values.containsKey("node_name") ? "" : " (this host's name; set node_name to choose)";
                problems.add(at("node_name", "node \"" + nodeName + "\"" + source + " is not among the members ("
                        + String.join(", ", memberLines.keySet()) + ")"));
            }
            Duration hang = duration("hang_timeout", 200);
            Duration join = duration("join_timeout", 100);
            int expected = integer("expected_votes");
            boolean twoNode = bool("two_node");
            boolean waitForAll = bool("wait_for_all");
            if (twoNode && members.size() != 2 && !members.isEmpty()) {
                problems.add(at("two_node", "two_node needs exactly two members, not " + members.size()));
            }
            if (!problems.isEmpty()) {
                return Parsed.invalid(problems);
            }
            return Parsed.valid(new NodeConfig(values.get("cluster_name"), nodeName, members,
                    path("key_file"), path("state_dir"), path("log_file"), path("operational_log"), path("socket"),
                    path("agent_tmp_dir"), path("agent_run_dir"),
                    hang, join, new NodeConfig.QuorumSettings(expected, twoNode, waitForAll)));
        }

        private void line(int number, String raw) {
            String text = raw.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                return;
            }
            int equals = text.indexOf('=');
            if (equals < 0) {
                problems.add(new Problem(file, number, 1, "expected \"name = value\", found \"" + text + "\""));
                return;
            }
            String name = text.substring(0, equals).strip();
            String value = text.substring(equals + 1).strip();
            int valueColumn = value.isEmpty() ? raw.length() + 1 : raw.indexOf(value, raw.indexOf('=')) + 1;
            if (!DEFAULTS.containsKey(name)) {
                problems.add(new Problem(file, number, raw.indexOf(name) + 1, "unknown setting \"" + name
                        + "\" (known: " + String.join(", ", DEFAULTS.keySet()) + ")"));
                return;
            }
            if (value.isEmpty()) {
                problems.add(new Problem(file, number, valueColumn, "setting \"" + name + "\" has no value"));
                return;
            }
            if (name.equals("member")) {
                member(number, valueColumn, value);
                return;
            }
            if (lines.containsKey(name)) {
                problems.add(new Problem(file, number, 1, "setting \"" + name + "\" is given twice (first on line "
                        + lines.get(name) + ")"));
                return;
            }
            values.put(name, value);
            lines.put(name, number);
        }

        /** {@code member = NAME ID ADDRESS:PORT [ADDRESS:PORT]} */
        private void member(int number, int column, String value) {
            String[] words = value.split("\\s+");
            if (words.length < 3 || words.length > 4) {
                problems.add(new Problem(file, number, column,
                        "setting \"member\": expected \"NAME ID ADDRESS:PORT [ADDRESS:PORT]\", found \"" + value + "\""));
                return;
            }
            String name = words[0];
            if (memberLines.containsKey(name)) {
                problems.add(new Problem(file, number, column, "setting \"member\": node \"" + name
                        + "\" is listed twice (first on line " + memberLines.get(name) + ")"));
                return;
            }
            int id;
            try {
                id = Integer.parseInt(words[1]);
            } catch (NumberFormatException e) {
                id = -1;
            }
            if (id <= 0) {
                problems.add(new Problem(file, number, column, "setting \"member\": node \"" + name
                        + "\": the id must be a positive integer, not \"" + words[1] + "\""));
                return;
            }
            for (NodeConfig.Member other : members) {
                if (other.id() == id) {
                    problems.add(new Problem(file, number, column, "setting \"member\": node \"" + name
                            + "\": id " + id + " is already node \"" + other.name() + "\"'s"));
                    return;
                }
            }
            var addresses = new ArrayList<InetSocketAddress>();
            for (int i = 2; i < words.length; i++) {
                InetSocketAddress address = address(words[i]);
                if (address == null) {
                    problems.add(new Problem(file, number, column, "setting \"member\": node \"" + name
                            + "\": expected ADDRESS:PORT, found \"" + words[i] + "\""));
                    return;
                }
                addresses.add(address);
            }
            members.add(new NodeConfig.Member(name, id, addresses));
            memberLines.put(name, number);
        }

        private static InetSocketAddress address(String word) {
            int colon = word.lastIndexOf(':');
            if (colon <= 0 || colon == word.length() - 1) {
                return null;
            }
            String host = word.substring(0, colon);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            int port;
            try {
                port = Integer.parseInt(word.substring(colon + 1));
            } catch (NumberFormatException e) {
                return null;
            }
            if (port < 1 || port > 65535) {
                return null;
            }
            // Literal addresses only: a name lookup at start could pick another interface.
            if (!host.matches("[0-9.]+|[0-9a-fA-F:]+")) {
                return null;
            }
            return new InetSocketAddress(host, port);
        }

        private Problem at(String setting, String message) {
            Integer line = lines.getOrDefault(setting, memberLines.values().stream().findFirst().orElse(0));
            return new Problem(file, line, 0, "setting \"" + setting + "\": " + message);
        }

        private String value(String setting) {
            return values.getOrDefault(setting, DEFAULTS.get(setting));
        }

        private Path path(String setting) {
            Path path = Path.of(value(setting));
            return path.isAbsolute() || folder == null ? path : folder.resolve(path).normalize();
        }

        private Duration duration(String setting, long atLeastMillis) {
            OptionalLong millis = IntervalSpec.millis(value(setting));
            if (millis.isEmpty()) {
                problems.add(at(setting, "expected a duration such as 3s or 500ms, found \"" + value(setting) + "\""));
                return Duration.ZERO;
            }
            if (millis.getAsLong() < atLeastMillis) {
                problems.add(at(setting, "must be at least " + atLeastMillis + " ms, not " + millis.getAsLong() + " ms"));
            }
            return Duration.ofMillis(millis.getAsLong());
        }

        private int integer(String setting) {
            try {
                int number = Integer.parseInt(value(setting));
                if (number >= 0) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(at(setting, "expected a whole number, 0 or more, found \"" + value(setting) + "\""));
            return 0;
        }

        private boolean bool(String setting) {
            return switch (value(setting).toLowerCase(java.util.Locale.ROOT)) {
                case "1", "true", "yes", "on" -> true;
                case "0", "false", "no", "off" -> false;
                default -> {
                    problems.add(at(setting, "expected true or false, found \"" + value(setting) + "\""));
                    yield false;
                }
            };
        }
    }
}
