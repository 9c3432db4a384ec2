package org.paceline.node.executor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

/**
 * The test scripts of {@code src/test/resources/executor}, copied into a temporary folder
 * with their execute bits (which resources lose on the way to the class path).
 */
final class TestScripts {
    /** A script left without execute bits, to show how that fails. */
    static final String UNRUNNABLE = "Unrunnable";

    private TestScripts() {
    }

    /** Copies the scripts under {@code into}; returns {@code into}. */
    static Path install(Path into) {
        try {
            Path source = Path.of(TestScripts.class.getResource("/executor").toURI());
            List<Path> files;
            try (Stream<Path> walk = Files.walk(source)) {
                files = walk.sorted().toList();
            }
            for (Path file : files) {
                Path copy = into.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                    continue;
                }
                Files.copy(file, copy);
                String mode = file.getFileName().toString().equals(UNRUNNABLE) ? "rw-r--r--" : "rwxr-xr-x";
                Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString(mode));
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("test resources are not in a folder", e);
        }
    }

    /** Settings for node {@code pm01} (id 1) whose OCF root, fence and LSB folders are the test scripts'. */
    static ExecutorSettings settings(Path installed) {
        Path run = installed.resolve("run");
        try {
            Files.createDirectories(run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ExecutorSettings.debian("pm01", "1", installed.resolve("faces"))
                .withOcfRoot(installed.resolve("ocf"))
                .withFenceDirectory(installed.resolve("fence"))
                .withLsbDirectory(installed.resolve("init.d"))
                .withRunDirectories(run, run);
    }
}
