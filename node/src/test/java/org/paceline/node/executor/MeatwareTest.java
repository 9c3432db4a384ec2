package org.paceline.node.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.node.executor.script.ProcessScriptRunner;

/**
 * cluster-glue's real meatware plugin: a reset blocks until {@code meatclient -c NODE}, or
 * Paceline's {@link MeatwareConfirmation}, confirms the node down; unconfirmed, it times out.
 * Each test uses a node name of its own, since the FIFO's folder is fixed ({@code /run}).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class MeatwareTest {
    private static final Path RUN = MeatwareConfirmation.DEBIAN_RUN_DIRECTORY;

    @TempDir
    Path temp;
    private String node;
    private StonithPlugin plugin;

    @BeforeEach
    void setUp() {
        StonithFixtures.assumeClusterGlue();
        Assumptions.assumeTrue(Files.exists(Path.of("/usr/lib/stonith/plugins/stonith2/meatware.so")), "no meatware plugin");
        Assumptions.assumeTrue(Files.isWritable(RUN), "meatware makes its FIFO in " + RUN + ", which this user may not write");
        // Mixed case on purpose: the plugin and meatclient both use the lower-case name.
        node = "PaceTest" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        plugin = new StonithPlugin(new ProcessScriptRunner(), new SteppingClock(),
                TestScripts.settings(TestScripts.install(temp.resolve("scripts"))),
                StonithSettings.debian(StonithFixtures.pacelineHome()));
    }

    @AfterEach
    void removeFifo() throws IOException {
        if (node != null) {
            Files.deleteIfExists(MeatwareConfirmation.fifo(node, RUN));
        }
    }

    @Test
    void reset_confirmedByRealMeatclient_succeeds() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(StonithFixtures.MEATCLIENT), "meatclient is not installed");
        OpHandle reset = plugin.start(reset(Duration.ofSeconds(60)));
        awaitFifo();

        Process meatclient = new ProcessBuilder(StonithFixtures.MEATCLIENT.toString(), "-c", node)
                .redirectErrorStream(true).start();
        meatclient.getOutputStream().write("y\n".getBytes(StandardCharsets.US_ASCII));
        meatclient.getOutputStream().close();
        String said = new String(meatclient.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        OpResult result = reset.await();

        assertEquals(0, meatclient.waitFor(), said);
        assertTrue(said.contains("reset confirmed"), said);
        assertEquals(0, result.rc(), result.summary());
        assertEquals(ExecutorStatus.DONE, result.status());
        assertTrue(result.errors().contains("OPERATOR INTERVENTION REQUIRED to reset " + node.toLowerCase()), result.errors());
        assertFalse(Files.exists(MeatwareConfirmation.fifo(node, RUN)), "the plugin removes its FIFO");
    }

    @Test
    void reset_confirmedByPacelinesConfirmation_succeeds() throws Exception {
        OpHandle reset = plugin.start(reset(Duration.ofSeconds(60)));
        Path fifo = awaitFifo();

        var confirmation = MeatwareConfirmation.confirm(node, RUN);
        OpResult result = reset.await();

        assertEquals(MeatwareConfirmation.Outcome.CONFIRMED, confirmation.outcome(), confirmation.detail());
        assertEquals(fifo, confirmation.fifo());
        assertEquals(0, result.rc(), result.summary());
    }

    @Test
    void reset_unconfirmed_timesOutAndLeavesNoFifo() throws Exception {
        OpResult result = plugin.run(reset(Duration.ofSeconds(2)));

        assertNotEquals(0, result.rc());
        assertEquals(ExecutorStatus.TIMED_OUT, result.status());
        assertEquals("meatware reset " + node + ": timed out: OPERATOR INTERVENTION REQUIRED to reset "
                + node.toLowerCase() + ".", result.exitReason());
        assertFalse(Files.exists(MeatwareConfirmation.fifo(node, RUN), LinkOption.NOFOLLOW_LINKS));
        // Nothing waits any more, so a confirmation says so instead of pretending.
        assertEquals(MeatwareConfirmation.Outcome.NO_RESET_WAITING, MeatwareConfirmation.confirm(node, RUN).outcome());
    }

    @Test
    void reset_cancelledWhileWaiting_isCancelledAndLeavesNoFifo() throws Exception {
        OpHandle reset = plugin.start(reset(Duration.ofSeconds(60)));
        Path fifo = awaitFifo();

        reset.cancel();
        OpResult result = reset.await();

        assertEquals(ExecutorStatus.CANCELLED, result.status());
        assertNotEquals(0, result.rc());
        assertFalse(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void confirm_fifoLeftByAKilledReset_saysNoResetIsWaiting() throws Exception {
        Path fifo = MeatwareConfirmation.fifo(node, RUN);
        Process mkfifo = new ProcessBuilder("mkfifo", "-m", "600", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());

        var confirmation = MeatwareConfirmation.confirm(node, RUN, Duration.ofMillis(500));

        assertEquals(MeatwareConfirmation.Outcome.NO_RESET_WAITING, confirmation.outcome(), confirmation.detail());
    }

    @Test
    void confirm_regularFileInPlaceOfTheFifo_isNotWrittenTo() throws Exception {
        Path fifo = MeatwareConfirmation.fifo(node, RUN);
        Files.writeString(fifo, "not a fifo");

        var confirmation = MeatwareConfirmation.confirm(node, RUN);

        assertEquals(MeatwareConfirmation.Outcome.FAILED, confirmation.outcome());
        assertEquals("not a fifo", Files.readString(fifo));
    }

    @Test
    void reply_isMeatclientsRecord() {
        byte[] reply = MeatwareConfirmation.reply("PM01");

        assertEquals(256, reply.length);
        assertEquals("meatware reply pm01", new String(reply, 0, 19, StandardCharsets.US_ASCII));
        assertEquals(0, reply[19]);
    }

    private FenceOperation reset(Duration timeout) {
        return FenceOperation.of("meatware", "reboot", node, StonithFixtures.parameters("hostlist", node), timeout);
    }

    /** Waits for the plugin to make its FIFO: the reset is then blocked on it. */
    private Path awaitFifo() throws InterruptedException {
        Path fifo = MeatwareConfirmation.fifo(node, RUN);
        while (true) {
            try {
                if (Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()) {
                    return fifo;
                }
            } catch (IOException e) {
                // Not there yet.
            }
            Thread.sleep(20);
        }
    }
}
