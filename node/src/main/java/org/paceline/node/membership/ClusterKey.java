package org.paceline.node.membership;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;

/**
 * The cluster key: a 256-bit AES key every member holds, which seals all membership
 * traffic; a process without it can neither join nor be heard (corosync's authkey).
 *
 * <p>Stored as exactly {@value #BYTES} raw bytes in a file only its owner may read or
 * write. {@link #toString} shows a fingerprint, never the key.
 */
public final class ClusterKey {

    /** The length of a key, in bytes. */
    public static final int BYTES = 32;

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final byte[] bytes;

    private ClusterKey(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    /** A new random key from the system's strong random source. */
    public static ClusterKey generate() {
        byte[] bytes = new byte[BYTES];
        // The default SecureRandom reads the kernel's pool without blocking, unlike getInstanceStrong().
        new SecureRandom().nextBytes(bytes);
        return new ClusterKey(bytes);
    }

    /** A key from its raw bytes (tests, and keys handed over by other means). */
    public static ClusterKey of(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a cluster key is " + BYTES + " bytes, not " + bytes.length);
        }
        return new ClusterKey(bytes);
    }

    /**
     * Reads a key file: exactly {@value #BYTES} bytes, readable by its owner only. A missing,
     * short, long or shared file is a problem naming the file, never an exception.
     */
    public static Parsed<ClusterKey> read(Path file) {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                return Parsed.invalid(new Problem(name, 0, 0, Files.exists(file)
                        ? "cluster key: not a regular file"
                        : "cluster key: no such file (generate one and copy it to every node)"));
            }
            var posix = Files.getFileAttributeView(file, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            if (posix != null) {
                Set<PosixFilePermission> granted = posix.readAttributes().permissions();
                if (!OWNER_ONLY.containsAll(granted)) {
                    return Parsed.invalid(new Problem(name, 0, 0, "cluster key: readable or writable by others ("
                            + PosixFilePermissions.toString(granted) + "); expected rw------- (chmod 600)"));
                }
            }
            byte[] content;
            try (InputStream in = Files.newInputStream(file)) {
                // One byte more than a key tells "too long" without reading a huge file whole.
                content = in.readNBytes(BYTES + 1);
            }
            if (content.length != BYTES) {
                return Parsed.invalid(new Problem(name, 0, 0, "cluster key: expected exactly " + BYTES + " bytes, found "
                        + (content.length > BYTES ? "more" : String.valueOf(content.length))));
            }
            return Parsed.valid(new ClusterKey(content));
        } catch (NoSuchFileException e) {
            return Parsed.invalid(new Problem(name, 0, 0, "cluster key: no such file"));
        } catch (IOException | SecurityException e) {
            return Parsed.invalid(new Problem(name, 0, 0, "cluster key: cannot read: " + e.getMessage()));
        }
    }

    /**
     * Writes this key to a file readable and writable by its owner only, replacing any key
     * there at once (a reader sees the old key or the new one, never half of one).
     */
    public void write(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path directory = absolute.getParent();
        Path temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".new",
                PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The first 8 bytes of the key's SHA-256 in hex: safe to log, equal on every member. */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClusterKey key && MessageDigest.isEqual(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "ClusterKey[" + fingerprint() + "]";
    }

    /** The key for the cipher; stays inside this package. */
    SecretKey secretKey() {
        return new SecretKeySpec(bytes, "AES");
    }
}
