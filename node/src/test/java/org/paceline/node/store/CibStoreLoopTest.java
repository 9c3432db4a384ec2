package org.paceline.node.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.cib.Cib;
import org.paceline.cib.CibVersion;
import org.paceline.node.store.AttributeOwner.ResourceMeta;
import org.paceline.node.store.CibUpdate.DeleteResource;
import org.paceline.node.store.CibUpdate.SetAttribute;

/** The loop on real files: a client hears "applied" only when the version is already on disk. */
class CibStoreLoopTest {
    @TempDir
    Path directory;

    private final BlockingQueue<String> heard = new LinkedBlockingQueue<>();

    @Test
    void update_acknowledged_isAlreadyOnDiskWhenTheClientHears() throws Exception {
        var files = new CibFiles(new DiskDurableFile(), directory);
        files.load();
        var loop = CibStoreLoop.start(new CibStore(Cibs.base()), files, new Recorder());

        loop.submit(new StoreEvent.UpdateRequested("stop-vip",
                new SetAttribute(new ResourceMeta("vip"), null, "target-role", "Stopped")));
        loop.submit(new StoreEvent.UpdateRequested("bad", new DeleteResource("nope")));
        loop.close();

        assertEquals(List.of("ack stop-vip applied 0.6.0 on disk 0.6.0", "committed 0.6.0",
                "ack bad rejected: cib: no resource \"nope\" to delete on disk 0.6.0"), List.copyOf(heard));
    }

    @Test
    void writeFailing_holdsTheAcknowledgementUntilARetrySucceeds() throws Exception {
        var failingOnce = new DurableFile() {
            private final DiskDurableFile disk = new DiskDurableFile();
            private boolean failed;

            @Override
            public void replaceAtomically(Path path, byte[] content) throws IOException {
                if (!failed) {
                    failed = true;
                    throw new IOException("No space left on device");
                }
                disk.replaceAtomically(path, content);
            }

            @Override
            public Optional<byte[]> read(Path path) throws IOException {
                return disk.read(path);
            }
        };
        var loop = CibStoreLoop.start(new CibStore(Cibs.base()), new CibFiles(failingOnce, directory), new Recorder());

        loop.submit(new StoreEvent.UpdateRequested("a",
                new SetAttribute(new ResourceMeta("vip"), null, "target-role", "Stopped")));
        loop.submit(new StoreEvent.UpdateRequested("b",
                new SetAttribute(new ResourceMeta("vip"), null, "is-managed", "false")));
        loop.close();

        assertEquals(List.of("write failed 0.6.0: No space left on device",
                "ack a applied 0.6.0 on disk 0.7.0", "ack b applied 0.7.0 on disk 0.7.0", "committed 0.7.0"),
                List.copyOf(heard));
    }

    /** Answers what it hears, and on each acknowledgement what a restart would load from disk right then. */
    private final class Recorder implements StoreListener {
        @Override
        public void acknowledged(String requestId, UpdateOutcome outcome) {
            var onDisk = CibFilesTest.valid(new CibFiles(new DiskDurableFile(), directory).load()).cib().version();
            heard.add("ack " + requestId + " " + describe(outcome) + " on disk " + onDisk);
        }

        @Override
        public void committed(Cib cib) {
            heard.add("committed " + cib.version());
        }

        @Override
        public void writeFailed(CibVersion version, String reason) {
            heard.add("write failed " + version + ": " + reason);
        }
    }

    private static String describe(UpdateOutcome outcome) {
        return switch (outcome) {
            case UpdateOutcome.Applied applied -> "applied " + applied.version();
            case UpdateOutcome.Rejected rejected -> "rejected: " + rejected.problems().getFirst().oneLine();
        };
    }
}
