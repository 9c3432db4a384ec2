package org.paceline.node.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.cib.CibVersion;

/** The production durable file and the CIB files on a real file system, in a temporary directory. */
class DiskDurableFileTest {
    @TempDir
    Path directory;

    private final DiskDurableFile disk = new DiskDurableFile();

    @Test
    void replaceAtomically_newFile_readsBack() throws IOException {
        Path file = directory.resolve("cib.xml");

        disk.replaceAtomically(file, bytes("first"));

        assertArrayEquals(bytes("first"), disk.read(file).orElseThrow());
    }

    @Test
    void replaceAtomically_existingFile_replacesItAndLeavesNoTemporaryFile() throws IOException {
        Path file = directory.resolve("cib.xml");
        disk.replaceAtomically(file, bytes("first, and longer"));

        disk.replaceAtomically(file, bytes("second"));

        assertEquals("second", Files.readString(file));
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void replaceAtomically_keepsTheFileReadableByItsOwnerOnly() throws IOException {
        Path file = directory.resolve("cib.xml");

        disk.replaceAtomically(file, bytes("secret"));

        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(file));
    }

    @Test
    void replaceAtomically_missingDirectory_failsWithIOException() {
        Path file = directory.resolve("absent").resolve("cib.xml");

        assertThrows(IOException.class, () -> disk.replaceAtomically(file, bytes("x")));
    }

    @Test
    void read_absentFile_isEmpty() throws IOException {
        assertEquals(Optional.empty(), disk.read(directory.resolve("cib.xml")));
    }

    @Test
    void cibFiles_onDisk_saveTwiceThenLoadTheNewest() throws IOException {
        var files = new CibFiles(disk, directory);
        files.load();
        files.save(Cibs.base().withVersion(new CibVersion(0, 5, 2)));
        files.save(Cibs.base().withVersion(new CibVersion(0, 6, 0)));

        var restored = CibFilesTest.valid(new CibFiles(disk, directory).load());

        assertEquals(new CibVersion(0, 6, 0), restored.cib().version());
        assertTrue(Files.exists(directory.resolve("cib.xml.last")));
    }

    @Test
    void cibFiles_onDisk_corruptedByteIsDetectedAndThePreviousCopyLoaded() throws IOException {
        var files = new CibFiles(disk, directory);
        files.save(Cibs.base().withVersion(new CibVersion(0, 5, 2)));
        files.save(Cibs.base().withVersion(new CibVersion(0, 6, 0)));
        Path current = directory.resolve("cib.xml");
        byte[] content = Files.readAllBytes(current);
        content[60] ^= 1;
        Files.write(current, content);

        var restored = CibFilesTest.valid(new CibFiles(disk, directory).load());

        assertEquals(new CibVersion(0, 5, 2), restored.cib().version());
        assertEquals(1, restored.damaged().size());
        assertTrue(restored.damaged().getFirst().oneLine().startsWith(current + ": checksum mismatch"),
                restored.damaged().getFirst().oneLine());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
