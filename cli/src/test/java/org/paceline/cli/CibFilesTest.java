package org.paceline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;

/** A CIB file is UTF-8 text, read as such, and refused in one line when it is not. */
class CibFilesTest {

    @Test
    void utf8_textOutsideAscii_isDecoded() {
        String text = "<cib><configuration><nodes><node id=\"1\" uname=\"ノード\"/></nodes></configuration></cib>";

        assertEquals(text, CibFiles.utf8(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void utf8_replacementCharacterWrittenInTheFile_isKept() {
        String text = "<cib description=\"\uFFFD\"/>";

        assertEquals(text, CibFiles.utf8(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void utf8_bytesThatAreNotUtf8_areRefused() {
        assertNull(CibFiles.utf8(new byte[] {'<', 'c', 'i', 'b', (byte) 0xFF, '/', '>'}));
        assertNull(CibFiles.utf8(new byte[] {'<', (byte) 0xC3}));
        // An encoded surrogate (CESU-8) is not UTF-8.
        assertNull(CibFiles.utf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
    }

    @Test
    void read_latin1File_isOneProblemNamingIt() {
        byte[] latin1 = "<cib description=\"caf\u00e9\"/>".getBytes(StandardCharsets.ISO_8859_1);

        Parsed<Document> parsed = CibFiles.read("-", new ByteArrayInputStream(latin1));

        assertEquals(List.of(new Problem("-", 0, 0, "not UTF-8 text")), ((Parsed.Invalid<Document>) parsed).problems());
    }
}
