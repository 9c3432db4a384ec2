package org.paceline.node.store;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import java.util.SplittableRandom;

/**
 * A disk that loses what was not synced when the machine crashes, for deterministic
 * tests of {@link DurableFile} users.
 *
 * <p>Each {@link #replaceAtomically} is a series of steps; {@link #crashBeforeStep}
 * stops the machine before one of them. {@link #restart} then decides, by the seed, what
 * unsynced work reached the platter: an unsynced file may be absent, cut short or whole;
 * an unsynced rename may or may not have happened. Atomic mode performs the four steps of
 * the production implementation (write a temporary file, sync it, rename it, sync the
 * directory); tearing mode writes in place and syncs, as a disk that breaks the atomic
 * promise would, so that torn files can be seen to be caught. One thread only.
 */
final class SimulatedDisk implements DurableFile {
    private final RandomGenerator random;
    private final boolean atomic;
    private final Map<Path, byte[]> visible = new TreeMap<>();
    private final Map<Path, byte[]> persisted = new TreeMap<>();
    private final Map<Path, byte[]> unsyncedData = new LinkedHashMap<>();
    private final Map<Path, Path> unsyncedRenames = new LinkedHashMap<>();
    private int stepsBeforeCrash = -1;
    private boolean crashed;

    private SimulatedDisk(long seed, boolean atomic) {
        this.random = new SplittableRandom(seed);
        this.atomic = atomic;
    }

    /** A disk on which replacing a file is atomic, as with the production implementation. */
    static SimulatedDisk atomic(long seed) {
        return new SimulatedDisk(seed, true);
    }

    /** A disk that overwrites files in place, so a crash can leave one torn. */
    static SimulatedDisk tearing(long seed) {
        return new SimulatedDisk(seed, false);
    }

    /** The steps one {@link #replaceAtomically} takes on this disk. */
    int stepsPerWrite() {
        return atomic ? 4 : 2;
    }

    /** The machine will crash just before the step this many steps from now (0: the next one). */
    void crashBeforeStep(int steps) {
        stepsBeforeCrash = steps;
    }

    /** The machine crashes now. */
    void crash() {
        crashed = true;
    }

    /** Power back on: unsynced work is kept, cut short or lost, by the seed; the machine runs again. */
    void restart() {
        for (var entry : unsyncedData.entrySet()) {
            byte[] content = entry.getValue();
            switch (random.nextInt(3)) {
                case 0 -> { }
                case 1 -> persisted.put(entry.getKey(), Arrays.copyOf(content, random.nextInt(content.length + 1)));
                default -> persisted.put(entry.getKey(), content.clone());
            }
        }
        for (var rename : unsyncedRenames.entrySet()) {
            if (random.nextBoolean() && persisted.containsKey(rename.getKey())) {
                persisted.put(rename.getValue(), persisted.remove(rename.getKey()));
            }
        }
        unsyncedData.clear();
        unsyncedRenames.clear();
        visible.clear();
        persisted.forEach((path, content) -> visible.put(path, content.clone()));
        stepsBeforeCrash = -1;
        crashed = false;
    }

    /** A disk holding only what has surely been synced: what the worst crash now would leave. */
    SimulatedDisk survivorOfWorstCrash() {
        var survivor = new SimulatedDisk(0, atomic);
        persisted.forEach((path, content) -> {
            survivor.persisted.put(path, content.clone());
            survivor.visible.put(path, content.clone());
        });
        return survivor;
    }

    /** Flips one byte of a file, on disk and in view, as bit rot would. */
    void flipByte(Path path, int index) {
        for (Map<Path, byte[]> layer : java.util.List.of(visible, persisted)) {
            byte[] content = layer.get(path);
            content[index] ^= 0x5a;
        }
    }

    /** Cuts a file short, on disk and in view. */
    void truncate(Path path, int length) {
        visible.put(path, Arrays.copyOf(visible.get(path), length));
        persisted.put(path, Arrays.copyOf(persisted.get(path), length));
    }

    /** Puts a file in place as if it had always been there, synced. */
    void place(Path path, byte[] content) {
        visible.put(path, content.clone());
        persisted.put(path, content.clone());
    }

    @Override
    public void replaceAtomically(Path path, byte[] content) {
        byte[] copy = content.clone();
        if (!atomic) {
            step();
            visible.put(path, copy);
            unsyncedData.put(path, copy);
            step();
            persisted.put(path, copy.clone());
            unsyncedData.remove(path);
            return;
        }
        Path temporary = path.resolveSibling("." + path.getFileName() + ".tmp");
        step();
        visible.put(temporary, copy);
        unsyncedData.put(temporary, copy);
        step();
        persisted.put(temporary, copy.clone());
        unsyncedData.remove(temporary);
        step();
        visible.put(path, visible.remove(temporary));
        unsyncedRenames.put(temporary, path);
        step();
        for (var rename : unsyncedRenames.entrySet()) {
            persisted.put(rename.getValue(), persisted.remove(rename.getKey()));
        }
        unsyncedRenames.clear();
    }

    @Override
    public Optional<byte[]> read(Path path) {
        if (crashed) {
            throw new SimulatedCrash();
        }
        return Optional.ofNullable(visible.get(path)).map(byte[]::clone);
    }

    private void step() {
        if (crashed) {
            throw new SimulatedCrash();
        }
        if (stepsBeforeCrash == 0) {
            crashed = true;
            throw new SimulatedCrash();
        }
        if (stepsBeforeCrash > 0) {
            stepsBeforeCrash--;
        }
    }

    /** The machine stopped: no code after this point runs until {@link #restart}. */
    static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash() {
            super("simulated crash", null, false, false);
        }
    }
}
