package org.paceline.cli.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.paceline.cli.faces.Faces;

/** Each face has an AOT cache of its own, trained on that face's calls alone: none may be left untrained. */
class FaceTrainingTest {

    @Test
    void training_coversEveryFace() {
        var trained = new TreeSet<String>();
        for (String[] call : HelperCalls.TRAINING) {
            trained.add(call[0]);
        }
        assertEquals(new TreeSet<>(Faces.NAMES), trained);
    }

    @Test
    void sbin_linksEveryFaceToTheLauncher_whichPrepareFacesTrainsOneCacheFor() throws IOException {
        Path sbin = Path.of(System.getProperty("user.dir")).getParent().resolve("sbin");
        var linked = new TreeSet<String>();
        try (var files = Files.list(sbin)) {
            files.filter(Files::isSymbolicLink).forEach(link -> {
                try {
                    assertEquals(Path.of("face"), Files.readSymbolicLink(link), link + " is not a link to sbin/face");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                linked.add(link.getFileName().toString());
            });
        }
        assertTrue(Files.isExecutable(sbin.resolve("face")));
        assertEquals(new TreeSet<>(Faces.NAMES), linked);
    }
}
