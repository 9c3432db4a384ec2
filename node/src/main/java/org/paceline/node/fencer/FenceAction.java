package org.paceline.node.fencer;

import java.util.Locale;
import java.util.Optional;

/** What a fencing request asks done to its target: Pacemaker's three fencing actions. */
public enum FenceAction {
    /** Power-cycle; only the "off" half decides success. */
    REBOOT,
    /** Power off and leave off. */
    OFF,
    /** Power on (unfencing). */
    ON;

    /** The word agents and {@code stonith_admin} use: {@code reboot}, {@code off}, {@code on}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the action takes a node out of the cluster (reboot, off), so delays apply to it. */
    public boolean removesNode() {
        return this != ON;
    }

    public static Optional<FenceAction> parse(String word) {
        for (FenceAction action : values()) {
            if (action.word().equalsIgnoreCase(word == null ? "" : word.strip())) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
