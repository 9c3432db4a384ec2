package org.paceline.node.executor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Completes a waiting {@code stonith:meatware} reset the way cluster-glue's
 * {@code meatclient -c NODE} does: Paceline's {@code stonith_admin --confirm NODE}.
 *
 * <p>meatware's reset makes the FIFO {@code RUN/meatware.NODE} (the node in lower case; RUN
 * is compiled into the plugin and into {@code meatclient}: {@code /run} in Debian's build,
 * whatever the environment says), owner-only, and blocks reading it. meatclient writes one
 * 256-byte record, {@code meatware reply NODE} and NUL padding; the plugin checks the word
 * {@code reply} and the node, removes the FIFO and reports the reset done. Anything else
 * written fails the reset (rc 5).
 *
 * <p>Thread rule: {@code confirm} blocks its caller for at most the patience given.
 */
public final class MeatwareConfirmation {
    /** Where Debian's cluster-glue makes meatware's FIFOs. */
    public static final Path DEBIAN_RUN_DIRECTORY = Path.of("/run");
    /** How long a confirmation waits for the plugin to take the reply. */
    public static final Duration DEFAULT_PATIENCE = Duration.ofSeconds(2);

    private static final int RECORD_BYTES = 256;

    /** How a confirmation went. */
    public enum Outcome {
        /** The waiting reset took the reply: it now ends with success. */
        CONFIRMED,
        /** No reset of that node is waiting (no FIFO, or one an ended reset left behind). */
        NO_RESET_WAITING,
        /** The FIFO could not be used (not a FIFO, not writable). */
        FAILED
    }

    /**
     * A confirmation's result.
     *
     * @param outcome what happened
     * @param fifo    the FIFO it used or looked for
     * @param detail  one line for the operator
     */
    public record Result(Outcome outcome, Path fifo, String detail) {}

    private MeatwareConfirmation() {
    }

    /** The FIFO a meatware reset of {@code node} waits on: meatclient's name for it. */
    public static Path fifo(String node, Path runDirectory) {
        return runDirectory.resolve("meatware." + node.toLowerCase(Locale.ROOT));
    }

    /** Confirms {@code node} down to the meatware reset waiting for it, with the default patience. */
    public static Result confirm(String node, Path runDirectory) {
        return confirm(node, runDirectory, DEFAULT_PATIENCE);
    }

    /**
     * Confirms {@code node} down: writes meatclient's reply to the FIFO the reset waits on.
     * Only a reset blocked reading the FIFO takes it; when none comes within
     * {@code patience} the FIFO was left by a reset that no longer runs.
     */
    public static Result confirm(String node, Path runDirectory, Duration patience) {
        if (node == null || node.isEmpty() || node.indexOf('/') >= 0 || node.indexOf('\0') >= 0 || node.startsWith(".")) {
            return new Result(Outcome.FAILED, runDirectory, "\"" + node + "\" is not a node name");
        }
        Path fifo = fifo(node, runDirectory);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return new Result(Outcome.NO_RESET_WAITING, fifo, "no meatware reset of " + node + " is waiting (no " + fifo + ")");
        }
        // Never write the reply into a regular file or through a link someone put there.
        if (!attributes.isOther()) {
            return new Result(Outcome.FAILED, fifo, fifo + " is not a FIFO");
        }
        var abandoned = new AtomicBoolean();
        var written = new CompletableFuture<Void>();
        // Opening a FIFO for writing blocks until a reader opens it, and Java has no O_NONBLOCK:
        // a platform thread takes the wait, so that no virtual thread's carrier is pinned.
        Thread writer = Thread.ofPlatform().daemon().name("meatware-confirm-" + node).start(() -> {
            try (OutputStream out = Files.newOutputStream(fifo, StandardOpenOption.WRITE)) {
                if (!abandoned.get()) {
                    out.write(reply(node));
                }
                written.complete(null);
            } catch (IOException | RuntimeException e) {
                written.completeExceptionally(e);
            }
        });
        try {
            written.get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return new Result(Outcome.CONFIRMED, fifo, "meatware reset of " + node + " confirmed");
        } catch (TimeoutException e) {
            abandoned.set(true);
            release(fifo);
            joinQuietly(writer);
            return new Result(Outcome.NO_RESET_WAITING, fifo, "no meatware reset of " + node + " is waiting on " + fifo
                    + " (left by a reset that ended)");
        } catch (ExecutionException e) {
            return new Result(Outcome.FAILED, fifo, fifo + ": " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandoned.set(true);
            release(fifo);
            return new Result(Outcome.FAILED, fifo, "interrupted while confirming " + node);
        }
    }

    /** Removes the FIFO a killed meatware reset of {@code node} left; nothing else is ever removed. */
    public static void removeStale(String node, Path runDirectory) {
        if (node == null || node.isEmpty() || node.indexOf('/') >= 0 || node.startsWith(".")) {
            return;
        }
        Path fifo = fifo(node, runDirectory);
        try {
            if (Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()) {
                Files.deleteIfExists(fifo);
            }
        } catch (IOException e) {
            // Gone already, or not ours to remove.
        }
    }

    /** meatclient's record: {@code meatware reply NODE}, NUL-padded to 256 bytes (the plugin reads that many). */
    static byte[] reply(String node) {
        byte[] text = ("meatware reply " + node.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8);
        byte[] record = new byte[Math.max(RECORD_BYTES, text.length + 1)];
        System.arraycopy(text, 0, record, 0, text.length);
        return record;
    }

    /** Opens the FIFO for reading, which lets the blocked writer's open return; the writer then writes nothing. */
    private static void release(Path fifo) {
        try (InputStream in = Files.newInputStream(fifo)) {
            in.readAllBytes();
        } catch (IOException e) {
            // The writer is released all the same once the FIFO is gone.
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
