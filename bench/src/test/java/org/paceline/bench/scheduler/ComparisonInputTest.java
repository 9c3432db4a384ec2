package org.paceline.bench.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonInputTest {
    @TempDir
    Path dir;

    @Test
    void inFolder_regressionLayout_takesXmlFilesInNameOrderWithManifestDates() throws Exception {
        Path xml = Files.createDirectories(dir.resolve("xml"));
        Files.writeString(xml.resolve("origin.xml"), "<cib/>");
        Files.writeString(xml.resolve("date-1.xml"), "x".repeat(5000));
        Files.writeString(xml.resolve("notes.txt"), "not a CIB");
        Files.writeString(dir.resolve("manifest.tsv"), "name\targs\ttier\n"
                + "origin\t-t 2014-05-07 00:28:00\tcore\n"
                + "date-1\t\tcore\n");

        List<ComparisonInput> inputs = ComparisonInput.inFolder(dir);

        assertEquals(List.of("date-1", "origin"), inputs.stream().map(ComparisonInput::name).toList());
        assertNull(inputs.get(0).setDatetime());
        assertEquals(List.of("-t", "2014-05-07 00:28:00"), inputs.get(1).dateArguments());
        assertEquals("4-16 KB", inputs.get(0).bucket());
        assertEquals("< 4 KB", inputs.get(1).bucket());
    }

    @Test
    void inFolder_plainFolder_takesItsXmlFiles() throws Exception {
        Files.writeString(dir.resolve("a.xml"), "<cib/>");

        assertEquals(List.of("a"), ComparisonInput.inFolder(dir).stream().map(ComparisonInput::name).toList());
    }

    @Test
    void sizeBucket_boundaries_fallInTheLargerBucket() {
        assertEquals("< 4 KB", ComparisonInput.sizeBucket(4095));
        assertEquals("4-16 KB", ComparisonInput.sizeBucket(4096));
        assertEquals("64-256 KB", ComparisonInput.sizeBucket(255 * 1024));
        assertEquals(">= 256 KB", ComparisonInput.sizeBucket(256 * 1024));
    }
}
