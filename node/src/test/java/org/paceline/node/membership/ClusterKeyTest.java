package org.paceline.node.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import org.paceline.cib.Parsed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cluster key file: generated, written owner-only, read back, refused when wrong. */
class ClusterKeyTest {

    @TempDir
    Path directory;

    @Test
    void write_thenRead_givesTheSameKeyInAnOwnerOnlyFile() throws IOException {
        ClusterKey key = ClusterKey.generate();
        Path file = directory.resolve("authkey");

        key.write(file);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(ClusterKey.BYTES, Files.size(file));
        assertEquals(Parsed.valid(key), ClusterKey.read(file));
    }

    @Test
    void write_overAnExistingKey_replacesIt() throws IOException {
        Path file = directory.resolve("authkey");
        ClusterKey.generate().write(file);
        ClusterKey second = ClusterKey.generate();

        second.write(file);

        assertEquals(Parsed.valid(second), ClusterKey.read(file));
        try (var listing = Files.list(directory)) {
            assertEquals(1, listing.count(), "no temporary file left behind");
        }
    }

    @Test
    void generate_twice_givesDifferentKeys() {
        assertNotEquals(ClusterKey.generate(), ClusterKey.generate());
    }

    @Test
    void read_missingFile_isAProblemNamingIt() {
        Path file = directory.resolve("nothing");
        String problem = onlyProblem(ClusterKey.read(file));
        assertTrue(problem.startsWith(file + ": cluster key: no such file"), problem);
    }

    @Test
    void read_shortFile_isAProblemSayingTheSize() throws IOException {
        Path file = ownerOnly("short", new byte[16]);
        assertEquals(file + ": cluster key: expected exactly 32 bytes, found 16", onlyProblem(ClusterKey.read(file)));
    }

    @Test
    void read_longFile_isAProblem() throws IOException {
        Path file = ownerOnly("long", new byte[4096]);
        assertEquals(file + ": cluster key: expected exactly 32 bytes, found more", onlyProblem(ClusterKey.read(file)));
    }

    @Test
    void read_fileOthersCanRead_isRefused() throws IOException {
        Path file = ownerOnly("shared", new byte[32]);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals(file + ": cluster key: readable or writable by others (rw-r--r--); expected rw------- (chmod 600)",
                onlyProblem(ClusterKey.read(file)));
    }

    @Test
    void read_directory_isAProblem() {
        assertTrue(onlyProblem(ClusterKey.read(directory)).endsWith("cluster key: not a regular file"));
    }

    @Test
    void toString_showsAFingerprint_notTheKey() {
        byte[] bytes = new byte[32];
        bytes[0] = 0x7f;
        ClusterKey key = ClusterKey.of(bytes);
        assertEquals("ClusterKey[" + key.fingerprint() + "]", key.toString());
        assertEquals(16, key.fingerprint().length());
        assertFalse(key.toString().contains(HexFormat.of().formatHex(bytes, 0, 4)));
    }

    private Path ownerOnly(String name, byte[] content) throws IOException {
        Path file = Files.createFile(directory.resolve(name),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        return Files.write(file, content);
    }

    private static String onlyProblem(Parsed<ClusterKey> parsed) {
        var invalid = assertInstanceOf(parsed);
        assertEquals(1, invalid.problems().size());
        return invalid.problems().getFirst().oneLine();
    }

    private static Parsed.Invalid<ClusterKey> assertInstanceOf(Parsed<ClusterKey> parsed) {
        if (parsed instanceof Parsed.Invalid<ClusterKey> invalid) {
            return invalid;
        }
        throw new AssertionError("expected a problem, got " + parsed);
    }
}
