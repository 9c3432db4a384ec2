package org.paceline.node.controller;

import java.util.Optional;

/**
 * Pacemaker's transition key, {@code action:transition:expected-rc:dc-uuid}: recorded
 * with every result so that the DC that asked for it knows it as its own, and the
 * scheduler knows what was expected. Its magic adds the outcome: {@code op-status:rc;key}.
 *
 * @param dcUuid the DC's identity for this run of the controller
 */
public record TransitionKey(int actionId, int transitionId, int expectedRc, String dcUuid) {

    /** Reads a key as written; empty for a malformed one. */
    public static Optional<TransitionKey> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] fields = text.split(":", 4);
        if (fields.length < 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TransitionKey(Integer.parseInt(fields[0]), Integer.parseInt(fields[1]),
                    Integer.parseInt(fields[2]), fields[3]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code transition-magic}: the outcome ahead of the key. */
    public static String magic(int opStatus, int rc, String transitionKey) {
        return opStatus + ":" + rc + ";" + transitionKey;
    }

    @Override
    public String toString() {
        return actionId + ":" + transitionId + ":" + expectedRc + ":" + dcUuid;
    }
}
