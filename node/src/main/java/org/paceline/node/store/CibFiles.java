package org.paceline.node.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.paceline.cib.Cib;
import org.paceline.cib.Configuration;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;

/**
 * A node's CIB on disk: {@code cib.xml} and the copy before it, {@code cib.xml.last},
 * both in the checksummed stored form, written through a {@link DurableFile}.
 *
 * <p>A save first keeps the good copy it replaces as {@code cib.xml.last}, then replaces
 * {@code cib.xml}; each step is atomic, so after a crash at any point one of the two holds
 * the newest version ever saved, and a load takes the highest version that passes its
 * checksum. Not thread-safe: the store's loop owns it.
 */
public final class CibFiles {
    public static final String CURRENT = "cib.xml";
    public static final String PREVIOUS = "cib.xml.last";

    private final DurableFile disk;
    private final Path current;
    private final Path previous;
    private byte[] lastGood;

    /** The files in {@code directory} (Pacemaker keeps them in {@code /var/lib/pacemaker/cib}). */
    public CibFiles(DurableFile disk, Path directory) {
        this.disk = disk;
        this.current = directory.resolve(CURRENT);
        this.previous = directory.resolve(PREVIOUS);
    }

    /**
     * The newest valid copy; an empty CIB when neither file exists. Invalid, with a
     * problem per file, when copies exist but none can be used: the node must not start
     * from nothing and then overwrite what an operator could still repair.
     */
    public Parsed<RestoredCib> load() {
        var damaged = new ArrayList<Problem>();
        Cib best = null;
        Path bestSource = null;
        byte[] bestBytes = null;
        boolean anyFile = false;
        for (Path path : List.of(current, previous)) {
            Optional<byte[]> stored;
            try {
                stored = disk.read(path);
            } catch (IOException e) {
                damaged.add(new Problem(path.toString(), 0, 0, "cannot read: " + e.getMessage()));
                anyFile = true;
                continue;
            }
            if (stored.isEmpty()) {
                continue;
            }
            anyFile = true;
            switch (StoredForm.decode(path.toString(), stored.get())) {
                case Parsed.Valid<Cib> valid -> {
                    if (best == null || CibMerge.newest(best, valid.value()) != best) {
                        best = valid.value();
                        bestSource = path;
                        bestBytes = stored.get();
                    }
                }
                case Parsed.Invalid<Cib> invalid -> damaged.add(invalid.problems().getFirst());
            }
        }
        if (best == null && anyFile) {
            return Parsed.invalid(damaged);
        }
        if (best == null) {
            return Parsed.valid(new RestoredCib(Cib.of(Configuration.EMPTY), Optional.empty(), List.of()));
        }
        lastGood = bestBytes;
        return Parsed.valid(new RestoredCib(best, Optional.of(bestSource), damaged));
    }

    /** Writes the CIB so that it survives a crash once this returns; the copy it replaces becomes the previous one. */
    public void save(Cib cib) throws IOException {
        byte[] stored = StoredForm.encode(cib);
        if (lastGood != null) {
            disk.replaceAtomically(previous, lastGood);
        }
        disk.replaceAtomically(current, stored);
        lastGood = stored;
    }
}
