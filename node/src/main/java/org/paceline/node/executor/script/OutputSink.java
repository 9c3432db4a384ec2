package org.paceline.node.executor.script;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One output stream of a child process, read to its end on a thread of its own: its
 * first bytes up to a limit and its last few KiB are kept; the rest is read and counted,
 * so that a flooding program never blocks on a full pipe. Thread rule: one reader
 * thread writes, any thread may take a snapshot.
 */
final class OutputSink {
    /** How much of the end of a cut stream is kept: enough for an agent's last words. */
    static final int TAIL_BYTES = 4 * 1024;

    private final int limitBytes;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final byte[] tail;
    private final CountDownLatch ended = new CountDownLatch(1);
    private long totalBytes;

    private OutputSink(int limitBytes, int tailBytes) {
        this.limitBytes = limitBytes;
        this.tail = new byte[Math.max(1, tailBytes)];
    }

    /** Starts reading {@code in} on a virtual thread named {@code name}, keeping {@code limitBytes} and a tail. */
    static OutputSink reading(InputStream in, int limitBytes, String name) {
        return reading(in, limitBytes, TAIL_BYTES, name);
    }

    static OutputSink reading(InputStream in, int limitBytes, int tailBytes, String name) {
        var sink = new OutputSink(limitBytes, tailBytes);
        // A virtual thread: creating and ending two platform threads for every agent run was a
        // third of an idle daemon's CPU. A read of a pipe blocks its carrier, which the scheduler
        // makes up for with a spare carrier it keeps and reuses; one held for as long as a daemon
        // the program started keeps the pipe open is what the platform thread cost before.
        Thread.ofVirtual().name(name).start(() -> sink.readAll(in));
        return sink;
    }

    /** Waits up to {@code limit} for the end of the stream; whether it came. */
    boolean awaitEnd(Duration limit) {
        try {
            return ended.await(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What has been read so far. */
    synchronized CapturedOutput captured() {
        long beyond = totalBytes - kept.size();
        int tailLength = (int) Math.min(beyond, tail.length);
        var last = new byte[tailLength];
        // The tail is a ring: byte number n after the kept beginning sits at n % tail.length.
        for (int i = 0; i < tailLength; i++) {
            last[i] = tail[(int) ((beyond - tailLength + i) % tail.length)];
        }
        return new CapturedOutput(kept.toString(StandardCharsets.UTF_8), new String(last, StandardCharsets.UTF_8),
                totalBytes, beyond > tailLength);
    }

    private void readAll(InputStream in) {
        byte[] buffer = new byte[8192];
        try (in) {
            int count;
            while ((count = in.read(buffer)) >= 0) {
                keep(buffer, count);
            }
        } catch (IOException e) {
            // The stream was closed under us: what was read is all there is.
        } finally {
            ended.countDown();
        }
    }

    private synchronized void keep(byte[] buffer, int count) {
        int room = Math.max(0, limitBytes - kept.size());
        int head = Math.min(room, count);
        kept.write(buffer, 0, head);
        for (int i = head; i < count; i++) {
            long beyond = totalBytes - kept.size() + i;
            tail[(int) (beyond % tail.length)] = buffer[i];
        }
        totalBytes += count;
    }
}
