package org.paceline.node.ipc.wire;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;

/**
 * Length-prefixed frames on a stream channel: a 4-byte big-endian length, then that many
 * payload bytes. One request frame, one reply frame, per exchange.
 */
public final class Frames {
    /** The largest payload accepted: a CIB of many thousand resources fits; a garbage length does not allocate. */
    public static final int MAX_PAYLOAD = 64 << 20;

    private Frames() {}

    public static void write(ByteChannel channel, byte[] payload) throws IOException {
        var buffer = ByteBuffer.allocate(4 + payload.length);
        buffer.putInt(payload.length).put(payload).flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** The next frame's payload, or null when the peer closed the connection between frames. */
    public static byte[] read(ByteChannel channel) throws IOException {
        var header = ByteBuffer.allocate(4);
        if (!fill(channel, header, true)) {
            return null;
        }
        int length = header.flip().getInt();
        if (length < 0 || length > MAX_PAYLOAD) {
            throw new MalformedFrame("frame length " + length + " is out of range");
        }
        var payload = ByteBuffer.allocate(length);
        fill(channel, payload, false);
        return payload.array();
    }

    private static boolean fill(ByteChannel channel, ByteBuffer buffer, boolean mayEnd) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                if (mayEnd && buffer.position() == 0) {
                    return false;
                }
                throw new EOFException("the connection closed in the middle of a frame");
            }
        }
        return true;
    }
}
