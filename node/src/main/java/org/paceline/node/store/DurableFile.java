package org.paceline.node.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The door to the disk: whole files replaced atomically and read back. The production
 * form is {@link DiskDurableFile}; tests use a simulated disk that loses unsynced writes.
 */
public interface DurableFile {

    /**
     * Replaces the file's content so that after any crash it holds either the old content
     * or all of the new, and the new content survives a crash once this returns.
     */
    void replaceAtomically(Path path, byte[] content) throws IOException;

    /** The file's whole content, or empty when there is no such file. */
    Optional<byte[]> read(Path path) throws IOException;
}
