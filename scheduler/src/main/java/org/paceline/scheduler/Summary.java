package org.paceline.scheduler;

import java.util.ArrayList;
import java.util.List;

/**
 * What a transition changes, one entry per resource change, in the order
 * crm_simulate lists them.
 */
public record Summary(List<Change> changes) {
    public static final Summary EMPTY = new Summary(List.of());

    public Summary {
        changes = List.copyOf(changes);
    }

    /**
     * One change of one resource.
     *
     * @param verb     Start, Stop, Restart, Recover, Move, Migrate, Promote, Demote, Re-promote, ...
     * @param resource the instance id ({@code rsc1:1})
     * @param details  where and which role: {@code node1}, {@code node1 -> node2},
     *                 {@code Unpromoted -> Promoted node2}
     * @param reason   why, or null ("node availability", "no quorum", "unrunnable X start")
     * @param blocked  true when the change cannot happen (printed with "blocked")
     */
    public record Change(String verb, String resource, String details, String reason, boolean blocked) {}

    /**
     * The lines as crm_simulate prints them under "Transition Summary:". Pacemaker
     * formats the summary twice (once for its log), and its column widths only ever
     * widen, so what is printed is aligned to the widest entry of all.
     */
    public List<String> lines() {
        int resourceWidth = 5;
        int detailWidth = 5;
        for (Change change : changes) {
            if (change.resource().length() > resourceWidth) {
                resourceWidth = change.resource().length() + 2;
            }
            detailWidth = Math.max(detailWidth, change.details().length());
        }
        var lines = new ArrayList<String>();
        for (Change change : changes) {
            String reason;
            if (change.reason() != null && change.blocked()) {
                reason = "due to " + change.reason() + " (blocked)";
            } else if (change.reason() != null) {
                reason = "due to " + change.reason();
            } else if (change.blocked()) {
                reason = "blocked";
            } else {
                reason = null;
            }
            lines.add(String.format("  * %-8s   %-" + resourceWidth + "s   ( %" + detailWidth + "s )%s",
                    change.verb(), change.resource(), change.details(), reason == null ? "" : "  " + reason));
        }
        return lines;
    }
}
