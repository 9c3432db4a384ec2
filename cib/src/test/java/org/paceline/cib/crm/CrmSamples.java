package org.paceline.cib.crm;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The crm samples shared with the other modules, found through {@code paceline.samples}. */
final class CrmSamples {
    static final String PG_REX = "pg-rex.crm";
    static final String SHARED_DISK = "shared-disk-stonith.crm";

    private CrmSamples() {}

    /** The sample's text; the calling test is skipped when the samples folder is absent. */
    static String text(String name) {
        String folder = System.getProperty("paceline.samples");
        assumeTrue(folder != null && Files.isDirectory(Path.of(folder)), "samples folder not available");
        Path file = Path.of(folder, name);
        assumeTrue(Files.isRegularFile(file), "sample " + name + " not available");
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
