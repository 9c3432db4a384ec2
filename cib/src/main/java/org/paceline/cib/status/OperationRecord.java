package org.paceline.cib.status;

import java.util.OptionalInt;

import org.paceline.cib.Extras;

/**
 * One recorded operation result ({@code lrm_rsc_op}). Values are kept as written so
 * that a history written by Pacemaker prints back unchanged.
 *
 * @param interval    milliseconds, as written
 * @param rcCode      the agent's exit code
 * @param opStatus    the executor's status (0 done, 1 cancelled, 2 timed out, 4 error, -1 pending, ...)
 * @param extras      other attributes (crm_feature_set, op-force-restart, op-restart-digest,
 *                    op-secure-params, op-secure-digest, exit-reason, crm-debug-origin, ...)
 */
public record OperationRecord(String id, String operation, String interval, String rcCode, String opStatus,
                              String callId, String lastRcChange, String lastRun, String execTime,
                              String queueTime, String transitionKey, String transitionMagic, String opDigest,
                              String onNode, Extras extras) {
    public OperationRecord {
        extras = extras == null ? Extras.NONE : extras;
    }

    public OptionalInt rc() {
        return parse(rcCode);
    }

    public OptionalInt status() {
        return parse(opStatus);
    }

    public OptionalInt call() {
        return parse(callId);
    }

    /** The return codes and statuses there are, made once: a large run asks millions of times. */
    private static final OptionalInt[] SMALL = java.util.stream.IntStream.rangeClosed(-16, 255)
            .mapToObj(OptionalInt::of).toArray(OptionalInt[]::new);

    private static OptionalInt parse(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        int value;
        try {
            value = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
        return value >= -16 && value <= 255 ? SMALL[value + 16] : OptionalInt.of(value);
    }
}
