package org.paceline.node.controller;

import java.time.Duration;
import java.util.OptionalInt;

import org.paceline.cib.rules.IntervalSpec;
import org.paceline.scheduler.graph.ClusterAction;
import org.paceline.scheduler.graph.GraphAction;
import org.paceline.scheduler.graph.TransitionGraph;

/**
 * The timer that stands for an action's answer: set when the action is sent, it fires
 * after the action's own timeout plus {@code cluster-delay} (the time a result may take
 * to travel back), as Pacemaker's controller waits. A fencing waits the fencing timeout
 * instead of an operation's.
 */
final class ActionTimers {
    private static final String PREFIX = "action:";
    private static final long DEFAULT_MILLIS = 60_000;
    /** Pacemaker's operation timeout when the action names none. */
    private static final long DEFAULT_OPERATION_MILLIS = 20_000;

    private ActionTimers() {}

    /** {@code action:TRANSITION:ACTION}. */
    static String id(int transitionId, GraphAction action) {
        return PREFIX + transitionId + ":" + action.id();
    }

    /** The action id of a timer of this transition; empty for any other timer. */
    static OptionalInt actionId(String timerId, int transitionId) {
        String prefix = PREFIX + transitionId + ":";
        if (!timerId.startsWith(prefix)) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(timerId.substring(prefix.length())));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    static Duration timeout(TransitionGraph graph, GraphAction action) {
        long delay = IntervalSpec.millis(graph.clusterDelay()).orElse(DEFAULT_MILLIS);
        long own = action instanceof ClusterAction
                ? IntervalSpec.millis(graph.fencingTimeout()).orElse(DEFAULT_MILLIS)
                : number(action.attributes().get("CRM_meta_timeout"), DEFAULT_OPERATION_MILLIS);
        return Duration.ofMillis(own + delay);
    }

    /** A whole number as written, or {@code otherwise}. */
    static long number(String text, long otherwise) {
        try {
            return text == null ? otherwise : Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
