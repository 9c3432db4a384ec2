package org.paceline.node.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Cib;
import org.paceline.cib.CibVersion;
import org.paceline.node.store.AttributeOwner.ClusterProperties;
import org.paceline.node.store.CibUpdate.DeleteResource;
import org.paceline.node.store.CibUpdate.SetAttribute;
import org.paceline.node.store.CibUpdate.SetTransientAttribute;
import org.paceline.node.store.StoreEffect.Acknowledge;
import org.paceline.node.store.StoreEffect.CibCommitted;
import org.paceline.node.store.StoreEffect.WriteCib;
import org.paceline.node.store.StoreEvent.PeerCibReceived;
import org.paceline.node.store.StoreEvent.UpdateRequested;
import org.paceline.node.store.StoreEvent.WriteFailed;

/** The store's effects: writes before acknowledgements, in order, and what a peer's copy does. */
class CibStoreEffectsTest {
    private final CibStore store = new CibStore(Cibs.base());

    @Test
    void update_accepted_asksForTheWriteAndHoldsTheAcknowledgement() {
        store.step(new UpdateRequested("a", property("1")));

        var effects = store.ready();

        assertEquals(1, effects.size());
        var write = assertInstanceOf(WriteCib.class, effects.getFirst());
        assertEquals(new CibVersion(0, 6, 0), write.cib().version());
        assertEquals(List.of(), store.ready());
    }

    @Test
    void writeDone_releasesTheAcknowledgementThenAnnouncesTheCommit() {
        store.step(new UpdateRequested("a", property("1")));
        var write = store.ready();

        store.advance(write);

        Cib written = ((WriteCib) write.getFirst()).cib();
        assertEquals(List.of(new Acknowledge("a", new UpdateOutcome.Applied(new CibVersion(0, 6, 0))),
                new CibCommitted(written)), store.ready());
        assertEquals(new CibVersion(0, 6, 0), store.durableVersion());
    }

    @Test
    void updatesDuringAWrite_areWrittenTogetherOnceItIsDone() {
        store.step(new UpdateRequested("a", property("1")));
        var first = store.ready();
        store.step(new UpdateRequested("b", property("2")));
        store.step(new UpdateRequested("c", new SetTransientAttribute("pm01", "x", "1")));

        assertEquals(List.of(), store.ready());
        store.advance(first);
        var next = store.ready();

        assertEquals(new WriteCib(store.current()), next.getFirst());
        assertEquals(new CibVersion(0, 7, 1), store.current().version());
        assertEquals(new Acknowledge("a", new UpdateOutcome.Applied(new CibVersion(0, 6, 0))), next.get(1));
        store.advance(next);
        var acknowledgements = store.ready().stream().filter(Acknowledge.class::isInstance).toList();
        assertEquals(List.of(new Acknowledge("b", new UpdateOutcome.Applied(new CibVersion(0, 7, 0))),
                new Acknowledge("c", new UpdateOutcome.Applied(new CibVersion(0, 7, 1)))), acknowledgements);
    }

    @Test
    void rejection_behindAnUnwrittenUpdate_waitsItsTurn() {
        store.step(new UpdateRequested("a", property("1")));
        store.step(new UpdateRequested("b", new DeleteResource("nope")));

        var effects = store.ready();

        assertEquals(1, effects.size());
        store.advance(effects);
        var acknowledged = store.ready().stream().filter(Acknowledge.class::isInstance)
                .map(e -> ((Acknowledge) e).requestId()).toList();
        assertEquals(List.of("a", "b"), acknowledged);
    }

    @Test
    void rejection_withNothingPending_isAnsweredAtOnce() {
        store.step(new UpdateRequested("b", new DeleteResource("nope")));

        var effects = store.ready();

        var ack = assertInstanceOf(Acknowledge.class, effects.getFirst());
        assertInstanceOf(UpdateOutcome.Rejected.class, ack.outcome());
        assertEquals(Cibs.base(), store.current());
    }

    @Test
    void writeFailed_keepsTheAcknowledgementAndOffersTheWriteAgain() {
        store.step(new UpdateRequested("a", property("1")));
        var write = (WriteCib) store.ready().getFirst();

        store.step(new WriteFailed(write.cib().version(), "No space left on device"));
        var retry = store.ready();

        assertEquals(List.of(new WriteCib(write.cib())), retry);
        store.advance(retry);
        assertInstanceOf(Acknowledge.class, store.ready().getFirst());
    }

    @Test
    void updateChangingNothing_isAcknowledgedAtTheCurrentVersionWithoutAWrite() {
        store.step(new UpdateRequested("a", new SetAttribute(new ClusterProperties(), null, "stonith-enabled", "true")));

        assertEquals(List.of(new Acknowledge("a", new UpdateOutcome.Applied(new CibVersion(0, 5, 2)))), store.ready());
    }

    @Test
    void updateChangingNothing_afterAnUnwrittenOne_waitsForThatWrite() {
        store.step(new UpdateRequested("a", property("1")));
        store.step(new UpdateRequested("b", property("1")));

        assertEquals(1, store.ready().size());
    }

    @Test
    void advance_writeNeverHandedOut_isABrokenInvariant() {
        var error = assertThrows(IllegalStateException.class,
                () -> store.advance(List.of(new WriteCib(Cibs.base()))));

        assertEquals("the write of CIB version 0.5.2 was not handed out, or was reported twice", error.getMessage());
    }

    @Test
    void peerCib_higherVersion_isAdoptedAndWritten() {
        Cib peer = Cibs.base().withVersion(new CibVersion(0, 9, 0));

        store.step(new PeerCibReceived(peer));

        assertSame(peer, store.current());
        assertEquals(List.of(new WriteCib(peer)), store.ready());
    }

    @Test
    void peerCib_lowerOrEqualVersion_isIgnored() {
        store.step(new PeerCibReceived(Cibs.base().withVersion(new CibVersion(0, 4, 9))));
        store.step(new PeerCibReceived(Cibs.base().withVersion(new CibVersion(0, 5, 2)).withStatus(null)));

        assertEquals(Cibs.base(), store.current());
        assertEquals(List.of(), store.ready());
    }

    @Test
    void peerCib_winningOverUnacknowledgedUpdates_rejectsThemInsteadOfClaimingThemApplied() {
        store.step(new UpdateRequested("a", property("1")));
        var write = store.ready();
        store.step(new UpdateRequested("b", property("2")));
        Cib peer = Cibs.base().withVersion(new CibVersion(1, 0, 0));

        store.step(new PeerCibReceived(peer));
        store.advance(write);
        var effects = store.ready();

        assertEquals(new WriteCib(peer), effects.getFirst());
        var superseded = "cib: update superseded: the cluster adopted CIB version 1.0.0 from a peer before this"
                + " change was written";
        for (var effect : effects.subList(1, 3)) {
            var rejected = assertInstanceOf(UpdateOutcome.Rejected.class, ((Acknowledge) effect).outcome());
            assertEquals(superseded, rejected.problems().getFirst().oneLine());
        }
    }

    @Test
    void peerCib_winningAfterAnAcknowledgement_leavesThatAcknowledgementApplied() {
        store.step(new UpdateRequested("a", property("1")));
        store.advance(store.ready());
        Cib peer = Cibs.base().withVersion(new CibVersion(1, 0, 0));

        store.step(new PeerCibReceived(peer));

        assertEquals(new Acknowledge("a", new UpdateOutcome.Applied(new CibVersion(0, 6, 0))), store.ready().get(1));
    }

    @Test
    void newest_comparesAdminEpochThenEpochThenNumUpdates() {
        Cib local = Cibs.base().withVersion(new CibVersion(0, 9, 9));
        Cib admin = Cibs.base().withVersion(new CibVersion(1, 0, 0));
        Cib epoch = Cibs.base().withVersion(new CibVersion(0, 10, 0));
        Cib updates = Cibs.base().withVersion(new CibVersion(0, 9, 10));

        assertSame(admin, CibMerge.newest(local, admin));
        assertSame(epoch, CibMerge.newest(local, epoch));
        assertSame(updates, CibMerge.newest(local, updates));
        assertSame(local, CibMerge.newest(local, Cibs.base().withVersion(new CibVersion(0, 9, 9))));
        assertSame(admin, CibMerge.newest(admin, epoch));
        assertSame(epoch, CibMerge.newest(epoch, updates));
    }

    private static SetAttribute property(String value) {
        return new SetAttribute(new ClusterProperties(), null, "paceline-test", value);
    }
}
