package org.paceline.node.controller;

import java.util.ArrayList;
import java.util.List;

import org.paceline.cib.Cib;
import org.paceline.cib.Parsed;
import org.paceline.node.store.CibUpdate;

/**
 * The CIB as the controller must plan from it: the store's last committed copy with the
 * controller's own writes applied that the store has not yet reported back. Planning
 * from the committed copy alone would see a result recorded a moment ago as missing, and
 * start the action again.
 *
 * <p>It also tells an echo from news: a committed copy that, with the writes still in
 * flight applied, equals what the controller already knew changes nothing (the store
 * merely caught up with the controller's own recording); anything else is a relevant
 * change (configuration, attributes, another writer's status).
 */
final class CibView {
    private Cib view;
    /** Updates handed to the loop and not yet reported applied. */
    private final List<List<CibUpdate>> inFlight = new ArrayList<>();
    /** Updates reported applied, kept until the next committed copy surely holds them. */
    private final List<List<CibUpdate>> applied = new ArrayList<>();

    /** The current view, or null before the first committed copy. */
    Cib current() {
        return view;
    }

    /**
     * Takes a committed copy; true when it is news, not an echo. The first copy is news.
     * Re-applying a write the copy already holds changes nothing: every write the
     * controller makes sets a value rather than adding to one.
     */
    boolean commit(Cib committed) {
        Cib next = committed;
        for (List<CibUpdate> batch : applied) {
            next = apply(next, batch);
        }
        for (List<CibUpdate> batch : inFlight) {
            next = apply(next, batch);
        }
        applied.clear();
        boolean news = view == null || !sameContent(view, next);
        view = next;
        return news;
    }

    /** Applies the controller's own write now; it is in flight until {@link #written}. */
    void write(List<CibUpdate> updates) {
        if (view == null) {
            throw new IllegalStateException("the controller wrote before it was given a CIB");
        }
        inFlight.add(List.copyOf(updates));
        view = apply(view, updates);
    }

    /** The store applied this write. */
    void written(List<CibUpdate> updates) {
        for (int i = 0; i < inFlight.size(); i++) {
            if (inFlight.get(i).equals(updates)) {
                applied.add(inFlight.remove(i));
                return;
            }
        }
    }

    private static Cib apply(Cib cib, List<CibUpdate> updates) {
        Cib result = cib;
        for (CibUpdate update : updates) {
            // A rejected update changes nothing here, as in the store; the store reports why.
            if (update.applyTo(result) instanceof Parsed.Valid<Cib> valid) {
                result = valid.value();
            }
        }
        return result;
    }

    private static boolean sameContent(Cib a, Cib b) {
        // The cib element's own attributes count too: have-quorum changes what may run.
        return a.configuration().equals(b.configuration()) && a.status().equals(b.status())
                && a.extras().equals(b.extras());
    }
}
