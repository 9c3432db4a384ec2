package org.paceline.node.daemon;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the Paceline tree is: its own agents ({@code node/src/main/agents}) and command
 * faces ({@code sbin/}) live there. The launcher says so with {@code -Dpaceline.home};
 * a daemon started from a class path alone (the lab) finds it from its own classes.
 */
public final class PacelineHome {
    public static final String PROPERTY = "paceline.home";

    private PacelineHome() {}

    public static Optional<Path> find() {
        String property = System.getProperty(PROPERTY);
        if (property != null) {
            return Optional.of(Path.of(property).toAbsolutePath().normalize());
        }
        try {
            // node/target/classes, or a jar in node/target: three or two folders below the tree.
            Path location = Path.of(PacelineHome.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path folder = location; folder != null; folder = folder.getParent()) {
                if (Files.isDirectory(folder.resolve("sbin")) && Files.isDirectory(folder.resolve("node"))) {
                    return Optional.of(folder);
                }
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // Nothing to go by: the caller says what is missing.
        }
        return Optional.empty();
    }
}
