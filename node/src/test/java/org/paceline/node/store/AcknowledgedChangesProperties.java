package org.paceline.node.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.paceline.cib.Cib;
import org.paceline.cib.CibVersion;
import org.paceline.cib.Extras;
import org.paceline.cib.status.OperationRecord;
import org.paceline.cib.xml.CibXmlWriter;
import org.paceline.node.store.AttributeOwner.ClusterProperties;
import org.paceline.node.store.AttributeOwner.ResourceMeta;

/**
 * Random updates and crashes at random steps of random writes: whatever the seed, a
 * change the store acknowledged is on disk at that moment and still there after every
 * restart, and what loads is exactly a version the store once held.
 */
class AcknowledgedChangesProperties {
    private static final Path DIRECTORY = Path.of("cib");

    @Property(tries = 300)
    void randomUpdatesAndCrashes_neverLoseAnAcknowledgedChange(@ForAll("scripts") List<Action> script,
                                                                 @ForAll long seed, @ForAll boolean tearing) {
        var node = new CrashingNode(tearing ? SimulatedDisk.tearing(seed) : SimulatedDisk.atomic(seed));
        for (Action action : script) {
            node.perform(action);
        }
        node.powerCut();
    }

    @Provide
    Arbitrary<List<Action>> scripts() {
        Arbitrary<Action> update = updates().map(Action.Update::new);
        Arbitrary<Action> crash = Arbitraries.integers().between(0, 9).map(Action.CrashBeforeStep::new);
        Arbitrary<Action> cut = Arbitraries.just(new Action.PowerCut());
        return Arbitraries.frequencyOf(Tuple.of(12, update), Tuple.of(2, crash), Tuple.of(1, cut))
                .list().ofMinSize(1).ofMaxSize(40);
    }

    private static Arbitrary<CibUpdate> updates() {
        var names = Arbitraries.of("alpha", "beta", "gamma");
        var values = Arbitraries.integers().between(0, 99).map(String::valueOf);
        var nodes = Arbitraries.of("pm01", "pm02");
        return Arbitraries.oneOf(
                net.jqwik.api.Combinators.combine(names, values)
                        .as((name, value) -> new CibUpdate.SetAttribute(new ClusterProperties(), null, name, value)),
                names.map(name -> new CibUpdate.DeleteAttribute(new ClusterProperties(), null, name)),
                Arbitraries.of("Started", "Stopped")
                        .map(role -> new CibUpdate.SetAttribute(new ResourceMeta("vip"), null, "target-role", role)),
                net.jqwik.api.Combinators.combine(nodes, names, values)
                        .as(CibUpdate.SetTransientAttribute::new),
                net.jqwik.api.Combinators.combine(nodes, Arbitraries.of("0", "1", "7"))
                        .as((node, rc) -> new CibUpdate.RecordOperation(node, "vip", "ocf", "heartbeat", "IPaddr2",
                                new OperationRecord(null, "monitor", "10000", rc, "0", "5", null, null, null, null,
                                        "2:1:0:abc", null, null, node, Extras.NONE))),
                Arbitraries.just(new CibUpdate.DeleteResource("absent")));
    }

    /** One step of a script. */
    sealed interface Action {
        record Update(CibUpdate update) implements Action {}

        /** The machine will crash before the given step of the writes to come. */
        record CrashBeforeStep(int steps) implements Action {}

        /** The machine crashes now, with whatever is unsynced. */
        record PowerCut() implements Action {}
    }

    /** A node's store on a simulated disk, driven as its loop would drive it, restarted after each crash. */
    private static final class CrashingNode {
        private final SimulatedDisk disk;
        private final TreeMap<CibVersion, String> held = new TreeMap<>();
        private CibVersion acknowledged = CibVersion.ZERO;
        private CibFiles files;
        private CibStore store;
        private int requests;

        CrashingNode(SimulatedDisk disk) {
            this.disk = disk;
            start();
            // The first copy goes to disk before anything is acknowledged, as a node's first start would.
            store.step(new StoreEvent.PeerCibReceived(Cibs.base()));
            hold(store.current());
            carryOut();
        }

        void perform(Action action) {
            switch (action) {
                case Action.Update update -> {
                    store.step(new StoreEvent.UpdateRequested("request-" + (++requests), update.update()));
                    hold(store.current());
                    carryOut();
                }
                case Action.CrashBeforeStep crash -> disk.crashBeforeStep(crash.steps());
                case Action.PowerCut cut -> powerCut();
            }
        }

        void powerCut() {
            disk.crash();
            disk.restart();
            start();
        }

        private void start() {
            files = new CibFiles(disk, DIRECTORY);
            Cib loaded = CibFilesTest.valid(files.load()).cib();
            CibVersion version = loaded.version();
            assertTrue(version.compareTo(acknowledged) >= 0,
                    "acknowledged " + acknowledged + " but the restart loaded " + version);
            if (!held.isEmpty()) {
                assertEquals(held.get(version), xml(loaded), "the loaded copy of " + version);
            }
            // Versions above what loaded were never acknowledged; the store will reuse their numbers.
            held.tailMap(version, false).clear();
            store = new CibStore(loaded);
        }

        private void carryOut() {
            for (var effects = store.ready(); !effects.isEmpty(); effects = store.ready()) {
                for (StoreEffect effect : effects) {
                    switch (effect) {
                        case StoreEffect.WriteCib write -> {
                            try {
                                files.save(write.cib());
                            } catch (SimulatedDisk.SimulatedCrash crash) {
                                disk.restart();
                                start();
                                return;
                            } catch (java.io.IOException e) {
                                throw new AssertionError(e);
                            }
                        }
                        case StoreEffect.Acknowledge ack -> acknowledge(ack.outcome());
                        case StoreEffect.CibCommitted committed -> { }
                    }
                }
                store.advance(effects);
            }
        }

        private void acknowledge(UpdateOutcome outcome) {
            if (!(outcome instanceof UpdateOutcome.Applied applied)) {
                return;
            }
            var survivor = new CibFiles(disk.survivorOfWorstCrash(), DIRECTORY);
            CibVersion onDisk = CibFilesTest.valid(survivor.load()).cib().version();
            assertTrue(onDisk.compareTo(applied.version()) >= 0,
                    "acknowledged " + applied.version() + " while the disk surely holds only " + onDisk);
            if (applied.version().compareTo(acknowledged) > 0) {
                acknowledged = applied.version();
            }
        }

        private void hold(Cib cib) {
            held.putIfAbsent(cib.version(), xml(cib));
        }

        private static String xml(Cib cib) {
            return CibXmlWriter.write(cib);
        }
    }
}
