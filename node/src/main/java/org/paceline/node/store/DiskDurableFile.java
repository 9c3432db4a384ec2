package org.paceline.node.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The production {@link DurableFile} on a POSIX file system: the new content goes to a
 * temporary file in the same directory, is synced, renamed over the old file, and the
 * directory is synced so that the rename itself survives a crash.
 *
 * <p>The temporary file is created readable by its owner only, and the file keeps those
 * permissions: a CIB holds fence devices' passwords. Thread-safe for distinct paths.
 */
public final class DiskDurableFile implements DurableFile {

    @Override
    public void replaceAtomically(Path path, byte[] content) throws IOException {
        Path directory = path.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(directory, "." + path.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                // Data before rename: otherwise a crash can leave the new name on empty blocks.
                channel.force(true);
            }
            Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        // The rename lives in the directory: until it is synced, a crash may bring the old file back.
        try (FileChannel directoryChannel = FileChannel.open(directory, StandardOpenOption.READ)) {
            directoryChannel.force(true);
        }
    }

    @Override
    public Optional<byte[]> read(Path path) throws IOException {
        try {
            return Optional.of(Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }
}
