package org.paceline.node.executor.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** Bounded capture of one output stream: its beginning, its end, and how much was written. */
class OutputSinkTest {
    private static final int LIMIT = 16;
    private static final int TAIL = 8;

    @Property(tries = 300)
    void captured_anyOutputReadInAnyChunks_keepsBeginningAndEnd(
            @ForAll @StringLength(max = 80) String written, @ForAll @IntRange(min = 1, max = 20) int chunk) {
        String ascii = written.chars().map(c -> 'a' + Math.floorMod(c, 26))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        var sink = OutputSink.reading(chunked(ascii.getBytes(StandardCharsets.US_ASCII), chunk), LIMIT, TAIL, "test");
        assertTrue(sink.awaitEnd(Duration.ofSeconds(10)));

        CapturedOutput captured = sink.captured();

        assertEquals(ascii.length(), captured.totalBytes());
        if (ascii.length() <= LIMIT + TAIL) {
            assertFalse(captured.cut());
            assertEquals(ascii, captured.excerpt());
        } else {
            assertTrue(captured.cut());
            assertEquals(ascii.substring(0, LIMIT), captured.text());
            assertEquals(ascii.substring(ascii.length() - TAIL), captured.tail());
        }
    }

    /** A stream that hands out at most {@code chunk} bytes a read, as a pipe may. */
    private static InputStream chunked(byte[] bytes, int chunk) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                return super.read(buffer, offset, Math.min(length, chunk));
            }
        };
    }
}
