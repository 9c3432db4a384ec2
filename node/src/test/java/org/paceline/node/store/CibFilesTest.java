package org.paceline.node.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Cib;
import org.paceline.cib.CibVersion;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;
import org.paceline.cib.xml.CibXmlReader;
import org.paceline.cib.xml.CibXmlWriter;

/** The CIB's files on a simulated disk: crashes at every step, torn and corrupt copies. */
class CibFilesTest {
    private static final Path DIRECTORY = Path.of("cib");
    private static final Path CURRENT = DIRECTORY.resolve("cib.xml");
    private static final Path PREVIOUS = DIRECTORY.resolve("cib.xml.last");

    private final Cib v1 = Cibs.base().withVersion(new CibVersion(0, 5, 2));
    private final Cib v2 = Cibs.base().withVersion(new CibVersion(0, 6, 0));
    private final Cib v3 = Cibs.base().withVersion(new CibVersion(0, 7, 0));

    @Test
    void load_noFiles_givesAnEmptyCibOfAFreshNode() {
        var restored = valid(new CibFiles(SimulatedDisk.atomic(1), DIRECTORY).load());

        assertEquals(CibVersion.ZERO, restored.cib().version());
        assertEquals(Optional.empty(), restored.source());
    }

    @Test
    void save_thenLoad_givesTheSameCib() throws IOException {
        var disk = SimulatedDisk.atomic(1);
        new CibFiles(disk, DIRECTORY).save(v2);

        var restored = valid(new CibFiles(disk, DIRECTORY).load());

        assertEquals(CibXmlWriter.write(v2), CibXmlWriter.write(restored.cib()));
        assertEquals(Optional.of(CURRENT), restored.source());
    }

    @Test
    void storedForm_isTheCibXmlFollowedByAChecksumComment() {
        String stored = new String(StoredForm.encode(v2), StandardCharsets.UTF_8);

        assertTrue(stored.startsWith(CibXmlWriter.write(v2)));
        assertTrue(stored.matches("(?s).*\n<!-- paceline-sha256 [0-9a-f]{64} -->\n"), stored);
        assertTrue(CibXmlReader.read("cib.xml", stored).isValid());
    }

    @Test
    void save_crashBeforeAnyStep_neverLosesTheSavedVersionNorLoadsATornFile() throws IOException {
        for (boolean atomic : List.of(true, false)) {
            for (long seed = 0; seed < 20; seed++) {
                for (int step = 0; step <= 2 * (atomic ? 4 : 2); step++) {
                    var disk = atomic ? SimulatedDisk.atomic(seed) : SimulatedDisk.tearing(seed);
                    var files = new CibFiles(disk, DIRECTORY);
                    files.load();
                    files.save(v1);
                    files.save(v2);
                    disk.crashBeforeStep(step);
                    boolean saved = true;
                    try {
                        files.save(v3);
                    } catch (SimulatedDisk.SimulatedCrash crash) {
                        saved = false;
                    }
                    disk.restart();

                    var restored = valid(new CibFiles(disk, DIRECTORY).load());

                    String where = (atomic ? "atomic" : "tearing") + " seed " + seed + " step " + step;
                    CibVersion loaded = restored.cib().version();
                    assertTrue(saved ? loaded.equals(v3.version())
                            : loaded.equals(v2.version()) || loaded.equals(v3.version()), where + ": " + loaded);
                    Cib expected = loaded.equals(v3.version()) ? v3 : v2;
                    assertEquals(CibXmlWriter.write(expected), CibXmlWriter.write(restored.cib()), where);
                }
            }
        }
    }

    @Test
    void load_flippedByte_reportsAChecksumMismatchNamingTheFileAndFallsBack() throws IOException {
        var disk = SimulatedDisk.atomic(1);
        var files = new CibFiles(disk, DIRECTORY);
        files.save(v1);
        files.save(v2);
        disk.flipByte(CURRENT, 40);

        var restored = valid(new CibFiles(disk, DIRECTORY).load());

        assertEquals(v1.version(), restored.cib().version());
        assertEquals(Optional.of(PREVIOUS), restored.source());
        String problem = restored.damaged().getFirst().oneLine();
        assertTrue(problem.matches("cib/cib\\.xml: checksum mismatch \\(the file says sha256 [0-9a-f]{12}\\.\\.\\.,"
                + " its content has [0-9a-f]{12}\\.\\.\\.\\): the file is corrupt"), problem);
    }

    @Test
    void load_truncatedFile_reportsTheMissingChecksumLine() throws IOException {
        var disk = SimulatedDisk.atomic(1);
        new CibFiles(disk, DIRECTORY).save(v2);
        disk.truncate(CURRENT, 100);

        var problems = invalid(new CibFiles(disk, DIRECTORY).load());

        assertEquals(List.of("cib/cib.xml: no checksum line at the end: the file is truncated or was not written"
                + " by Paceline"), problems);
    }

    @Test
    void load_bothCopiesDamaged_isInvalidRatherThanAnEmptyCib() throws IOException {
        var disk = SimulatedDisk.atomic(1);
        var files = new CibFiles(disk, DIRECTORY);
        files.save(v1);
        files.save(v2);
        disk.truncate(CURRENT, 0);
        disk.flipByte(PREVIOUS, 10);

        var problems = invalid(new CibFiles(disk, DIRECTORY).load());

        assertEquals(2, problems.size());
        assertEquals("cib/cib.xml: the file is empty", problems.getFirst());
        assertTrue(problems.get(1).startsWith("cib/cib.xml.last: checksum mismatch"), problems.get(1));
    }

    @Test
    void load_pacemakersOwnFileWithoutChecksum_isNotLoadedSilently() {
        var disk = SimulatedDisk.atomic(1);
        disk.place(CURRENT, Cibs.BASE.getBytes(StandardCharsets.UTF_8));

        var problems = invalid(new CibFiles(disk, DIRECTORY).load());

        assertEquals(List.of("cib/cib.xml: no checksum line at the end: the file is truncated or was not written"
                + " by Paceline"), problems);
    }

    @Test
    void load_checksummedButNotACib_reportsWhereTheXmlIsWrong() {
        byte[] stored = StoredForm.encode(v1);
        String text = new String(stored, StandardCharsets.UTF_8).replace("<cib ", "<cob ");
        // Recompute a valid trailer over the damaged text, as a buggy writer would have.
        String body = text.substring(0, text.lastIndexOf("<!-- paceline-sha256 "));
        var disk = SimulatedDisk.atomic(1);
        disk.place(CURRENT, withTrailer(body));

        var problems = invalid(new CibFiles(disk, DIRECTORY).load());

        assertTrue(problems.getFirst().matches("cib/cib\\.xml:\\d+:\\d+: expected </cob> to close <cob> .*"),
                problems.getFirst());
    }

    @Test
    void save_afterACrash_keepsTheRestoredCopyAsThePreviousOne() throws IOException {
        var disk = SimulatedDisk.atomic(3);
        var files = new CibFiles(disk, DIRECTORY);
        files.save(v1);
        disk.crash();
        disk.restart();
        var restarted = new CibFiles(disk, DIRECTORY);
        restarted.load();

        restarted.save(v2);
        disk.flipByte(CURRENT, 5);

        assertEquals(v1.version(), valid(new CibFiles(disk, DIRECTORY).load()).cib().version());
    }

    @Test
    void simulatedDisk_afterACrash_refusesWorkUntilRestarted() {
        var disk = SimulatedDisk.atomic(1);
        disk.crash();

        assertThrows(SimulatedDisk.SimulatedCrash.class, () -> disk.read(CURRENT));
    }

    private static byte[] withTrailer(String body) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            String hex = java.util.HexFormat.of().formatHex(digest.digest(body.getBytes(StandardCharsets.UTF_8)));
            return (body + "<!-- paceline-sha256 " + hex + " -->\n").getBytes(StandardCharsets.UTF_8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    static RestoredCib valid(Parsed<RestoredCib> parsed) {
        if (parsed instanceof Parsed.Invalid<RestoredCib> invalid) {
            throw new AssertionError("expected a CIB, got " + invalid.problems());
        }
        return parsed.orThrow();
    }

    static List<String> invalid(Parsed<RestoredCib> parsed) {
        var invalid = assertInstanceOf(Parsed.Invalid.class, parsed);
        return ((List<?>) invalid.problems()).stream().map(p -> ((Problem) p).oneLine()).toList();
    }
}
