package org.paceline.node.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import org.paceline.cib.Cib;
import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;
import org.paceline.cib.xml.CibXmlReader;
import org.paceline.cib.xml.CibXmlWriter;

/**
 * How a CIB is kept on disk: its XML as {@code cibadmin -Q} prints it, then one line
 * {@code <!-- paceline-sha256 HEX -->} with the SHA-256 of everything before that line.
 *
 * <p>The checksum is an XML comment so that the file still reads as a CIB to people and
 * to Pacemaker's tools; a file cut short or changed on disk fails the check and is never
 * loaded.
 */
final class StoredForm {
    private static final String MARKER = "<!-- paceline-sha256 ";
    private static final String END = " -->\n";
    private static final int HEX_LENGTH = 64;

    private StoredForm() {}

    static byte[] encode(Cib cib) {
        byte[] xml = CibXmlWriter.write(cib).getBytes(StandardCharsets.UTF_8);
        byte[] trailer = (MARKER + HexFormat.of().formatHex(sha256(xml)) + END).getBytes(StandardCharsets.US_ASCII);
        byte[] stored = Arrays.copyOf(xml, xml.length + trailer.length);
        System.arraycopy(trailer, 0, stored, xml.length, trailer.length);
        return stored;
    }

    /**
     * The CIB a stored file holds, or one problem naming the file when it is empty, has
     * no checksum line, fails the checksum, or is not a CIB.
     *
     * @param fileName the file as problems name it
     */
    static Parsed<Cib> decode(String fileName, byte[] stored) {
        if (stored.length == 0) {
            return damaged(fileName, "the file is empty");
        }
        int trailerStart = lastIndexOf(stored, MARKER.getBytes(StandardCharsets.US_ASCII));
        int trailerLength = MARKER.length() + HEX_LENGTH + END.length();
        if (trailerStart < 0 || stored.length - trailerStart != trailerLength
                || !new String(stored, stored.length - END.length(), END.length(), StandardCharsets.US_ASCII)
                .equals(END)) {
            return damaged(fileName, "no checksum line at the end: the file is truncated or was not written"
                    + " by Paceline");
        }
        String written = new String(stored, trailerStart + MARKER.length(), HEX_LENGTH, StandardCharsets.US_ASCII);
        byte[] xml = Arrays.copyOf(stored, trailerStart);
        String actual = HexFormat.of().formatHex(sha256(xml));
        if (!actual.equalsIgnoreCase(written)) {
            return damaged(fileName, "checksum mismatch (the file says sha256 " + abbreviate(written)
                    + "..., its content has " + abbreviate(actual) + "...): the file is corrupt");
        }
        return CibXmlReader.read(fileName, new String(xml, StandardCharsets.UTF_8)).map(Document::cib);
    }

    private static Parsed<Cib> damaged(String fileName, String message) {
        return Parsed.invalid(new Problem(fileName, 0, 0, message));
    }

    private static String abbreviate(String hex) {
        return hex.substring(0, Math.min(12, hex.length()));
    }

    private static int lastIndexOf(byte[] bytes, byte[] pattern) {
        outer:
        for (int i = bytes.length - pattern.length; i >= 0; i--) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
