package org.paceline.node.ipc.wire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what {@link WireOutput} wrote. A payload that ends early or claims more than it
 * holds is a {@link MalformedFrame}, never an index exception.
 */
public final class WireInput {
    private final byte[] bytes;
    private int position;

    public WireInput(byte[] bytes) {
        this.bytes = bytes;
    }

    public int tag() {
        need(1);
        return bytes[position++] & 0xff;
    }

    public boolean bool() {
        return tag() != 0;
    }

    public int integer() {
        need(4);
        int value = ((bytes[position] & 0xff) << 24) | ((bytes[position + 1] & 0xff) << 16)
                | ((bytes[position + 2] & 0xff) << 8) | (bytes[position + 3] & 0xff);
        position += 4;
        return value;
    }

    public long number() {
        long high = integer();
        return (high << 32) | (integer() & 0xffffffffL);
    }

    public String string() {
        int length = integer();
        if (length == -1) {
            return null;
        }
        if (length < 0) {
            throw new MalformedFrame("negative string length " + length);
        }
        need(length);
        String value = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    public List<String> strings() {
        int count = count();
        var values = new ArrayList<String>(count);
        for (int i = 0; i < count; i++) {
            values.add(string());
        }
        return values;
    }

    /** A list's element count, checked against what is left so a bad count cannot allocate a huge list. */
    public int count() {
        int count = integer();
        if (count < 0 || count > bytes.length - position) {
            throw new MalformedFrame("impossible element count " + count);
        }
        return count;
    }

    /** Fails unless every byte was read: trailing bytes mean the two sides disagree on the layout. */
    public void end() {
        if (position != bytes.length) {
            throw new MalformedFrame((bytes.length - position) + " unread bytes at the end of the frame");
        }
    }

    private void need(int count) {
        if (bytes.length - position < count) {
            throw new MalformedFrame("the frame ends early (needs " + count + " more bytes at offset " + position + ")");
        }
    }
}
