package org.paceline.cib.status;

import org.paceline.cib.Extras;

/** A ticket as the cluster holds it: granted, standby, last-granted in {@code extras}' attributes. */
public record TicketState(String id, Extras extras) {
    public TicketState {
        extras = extras == null ? Extras.NONE : extras;
    }
}
