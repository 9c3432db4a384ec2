package org.paceline.scheduler.state;

import java.util.Locale;
import java.util.Optional;

/** A resource's role on a node, in Pacemaker's order (a promoted instance is also started). */
public enum Role {
    UNKNOWN("Unknown"),
    STOPPED("Stopped"),
    STARTED("Started"),
    UNPROMOTED("Unpromoted"),
    PROMOTED("Promoted");

    private final String text;

    Role(String text) {
        this.text = text;
    }

    /** As Pacemaker prints it: Started, Promoted, Unpromoted, ... */
    public String text() {
        return text;
    }

    /** Reads a role as written in a CIB, including the legacy Master and Slave. */
    public static Optional<Role> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "stopped" -> Optional.of(STOPPED);
            case "started" -> Optional.of(STARTED);
            case "unpromoted", "slave" -> Optional.of(UNPROMOTED);
            case "promoted", "master" -> Optional.of(PROMOTED);
            case "unknown" -> Optional.of(UNKNOWN);
            default -> Optional.empty();
        };
    }

    public boolean isActive() {
        return this.compareTo(STARTED) >= 0;
    }
}
