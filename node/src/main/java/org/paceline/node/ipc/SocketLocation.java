package org.paceline.node.ipc;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local daemon listens: {@code $PACELINE_SOCKET} when set, so that several
 * test daemons on one machine each have their own, else {@link #DEFAULT}.
 */
public final class SocketLocation {
    public static final String VARIABLE = "PACELINE_SOCKET";
    public static final Path DEFAULT = Path.of("/run/paceline/paceline.sock");

    private SocketLocation() {}

    public static Path resolve(Map<String, String> environment) {
        String value = environment.get(VARIABLE);
        return value == null || value.isEmpty() ? DEFAULT : Path.of(value);
    }
}
