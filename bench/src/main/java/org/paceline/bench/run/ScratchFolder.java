package org.paceline.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A benchmark's temporary folder, removed at the end. */
public final class ScratchFolder {
    private ScratchFolder() {}

    /** Removes the folder and what is in it; null is nothing to remove. */
    public static void remove(Path scratch) {
        if (scratch == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(scratch)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A temporary folder left behind is no reason to fail a finished benchmark.
        }
    }
}
