package org.paceline.node.executor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

import org.junit.jupiter.api.Assumptions;

/** What the STONITH plugin tests share: cluster-glue's places, Paceline's plugins in this tree, scripts written for a test. */
final class StonithFixtures {
    /** Debian's cluster-glue, as {@link StonithSettings#debian} finds it. */
    static final Path STONITH = Path.of("/usr/sbin/stonith");
    static final Path MEATCLIENT = Path.of("/usr/sbin/meatclient");

    private StonithFixtures() {
    }

    /** The Paceline tree these tests run in: surefire runs them in the node module's folder. */
    static Path pacelineHome() {
        return Path.of("").toAbsolutePath().getParent();
    }

    /** Skips the test unless Debian's cluster-glue is installed. */
    static void assumeClusterGlue() {
        Assumptions.assumeTrue(Files.isExecutable(STONITH),
                "cluster-glue is not installed (no " + STONITH + "): apt-get install cluster-glue");
    }

    /** Writes an executable script (mode 755) named {@code name} into {@code folder}. */
    static Path script(Path folder, String name, String text) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(name);
            Files.writeString(file, text);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SequencedMap<String, String> parameters(String... namesAndValues) {
        var parameters = new LinkedHashMap<String, String>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }
}
