package org.paceline.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The processes of one lab host, found as the test fence agent finds them: by the
 * {@value LabCluster#HOST_VARIABLE} entry in their environment. Linux only ({@code /proc}).
 */
public final class HostProcesses {
    private HostProcesses() {}

    /** The process ids carrying {@code PACELINE_TEST_HOST=host}, this process excepted. */
    public static List<Long> of(String host) {
        byte[] entry = (LabCluster.HOST_VARIABLE + "=" + host).getBytes(StandardCharsets.UTF_8);
        long self = ProcessHandle.current().pid();
        var found = new ArrayList<Long>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path path : (Iterable<Path>) entries::iterator) {
                String name = path.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit) || Long.parseLong(name) == self) {
                    continue;
                }
                if (holds(path.resolve("environ"), entry)) {
                    found.add(Long.parseLong(name));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return found;
    }

    /** Kills every process of these hosts with SIGKILL. */
    public static void killAll(List<String> hosts) {
        for (String host : hosts) {
            for (long pid : of(host)) {
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    private static boolean holds(Path environ, byte[] entry) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(environ);
        } catch (IOException e) {
            return false; // gone, or not ours to read
        }
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == 0) {
                if (i - start == entry.length && java.util.Arrays.equals(bytes, start, i, entry, 0, entry.length)) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }
}
