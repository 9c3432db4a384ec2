package org.paceline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;
import org.paceline.cib.crm.CrmReader;
import org.paceline.cib.xml.CibXmlReader;

/** Reads a CIB file in either language, telling them apart by their first character. */
final class CibFiles {
    private CibFiles() {}

    /** Reads {@code name} ("-" for standard input). */
    static Parsed<Document> read(String name, InputStream stdin) {
        byte[] bytes;
        try {
            bytes = name.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(name));
        } catch (NoSuchFileException e) {
            return Parsed.invalid(new Problem(name, 0, 0, "no such file"));
        } catch (IOException e) {
            return Parsed.invalid(new Problem(name, 0, 0, "cannot read: " + reason(e)));
        }
        String text = utf8(bytes);
        if (text == null) {
            return Parsed.invalid(new Problem(name, 0, 0, "not UTF-8 text"));
        }
        return parse(name, text);
    }

    /** The text the bytes encode in UTF-8, or null when they are not UTF-8. */
    static String utf8(byte[] bytes) {
        // The String constructor is several times faster than a decoder on a large file, but it
        // replaces what is not UTF-8 with U+FFFD instead of failing: without one, it read valid text.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static Parsed<Document> parse(String name, String text) {
        return looksLikeXml(text) ? CibXmlReader.read(name, text) : CrmReader.read(name, text);
    }

    /** XML starts with '<' (after a byte order mark and white space); crm text never does. */
    static boolean looksLikeXml(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFEFF' || Character.isWhitespace(c)) {
                continue;
            }
            return c == '<';
        }
        return false;
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
