package org.paceline.node.ipc.wire;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes one frame's payload: a byte tag, then fields in a fixed order. Integers are
 * big-endian; a string is its UTF-8 length (-1 for null) and bytes; a list is its count
 * and elements. Not thread-safe: one per message.
 */
public final class WireOutput {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);

    public WireOutput tag(int tag) {
        bytes.write(tag);
        return this;
    }

    public WireOutput bool(boolean value) {
        bytes.write(value ? 1 : 0);
        return this;
    }

    public WireOutput integer(int value) {
        bytes.write(value >>> 24);
        bytes.write(value >>> 16);
        bytes.write(value >>> 8);
        bytes.write(value);
        return this;
    }

    public WireOutput number(long value) {
        integer((int) (value >>> 32));
        return integer((int) value);
    }

    public WireOutput string(String value) {
        if (value == null) {
            return integer(-1);
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        integer(utf8.length);
        bytes.writeBytes(utf8);
        return this;
    }

    public WireOutput strings(List<String> values) {
        integer(values.size());
        values.forEach(this::string);
        return this;
    }

    public byte[] toByteArray() {
        return bytes.toByteArray();
    }
}
