package org.paceline.node.attributes;

import java.time.Instant;
import java.util.List;

import org.paceline.node.store.CibUpdate;

/** What {@link NodeAttributes} asks its loop to do, in the order given. */
public sealed interface AttributeEffect {

    /**
     * Hand these updates to the CIB store, in order: {@code SetTransientAttribute},
     * {@code DeleteTransientAttribute}, {@code ClearTransientAttributes} for transient
     * attributes, {@code SetAttribute}/{@code DeleteAttribute} on the node's attributes for
     * permanent ones. Only the writer's core gives this.
     */
    record WriteAttributes(List<CibUpdate> updates) implements AttributeEffect {
        public WriteAttributes {
            updates = List.copyOf(updates);
        }
    }

    /** Report {@link AttributeEvent.TimerFired} with this id at {@code at}. */
    record SetTimer(String timerId, Instant at) implements AttributeEffect {}
}
