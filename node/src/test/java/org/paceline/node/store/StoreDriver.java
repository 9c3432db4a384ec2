package org.paceline.node.store;

import java.util.ArrayList;
import java.util.List;

import org.paceline.cib.Cib;

/** Runs a {@link CibStore} as a loop would, with writes that always succeed at once. */
final class StoreDriver {
    final CibStore store;
    final List<Cib> written = new ArrayList<>();
    private int requests;

    StoreDriver(Cib start) {
        this.store = new CibStore(start);
    }

    /** Applies the update, carries out every effect, and gives the client's outcome. */
    UpdateOutcome apply(CibUpdate update) {
        String id = "request-" + (++requests);
        store.step(new StoreEvent.UpdateRequested(id, update));
        UpdateOutcome outcome = null;
        for (var effects = store.ready(); !effects.isEmpty(); effects = store.ready()) {
            for (StoreEffect effect : effects) {
                if (effect instanceof StoreEffect.WriteCib write) {
                    written.add(write.cib());
                } else if (effect instanceof StoreEffect.Acknowledge ack && ack.requestId().equals(id)) {
                    outcome = ack.outcome();
                }
            }
            store.advance(effects);
        }
        return outcome;
    }

    Cib cib() {
        return store.current();
    }
}
