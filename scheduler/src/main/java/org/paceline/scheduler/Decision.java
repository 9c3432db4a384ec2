package org.paceline.scheduler;

import java.util.List;

import org.paceline.scheduler.graph.TransitionGraph;

/**
 * One scheduling run's answer: executed by the controller, printed by crm_simulate.
 *
 * @param graph   the actions and their order
 * @param scores  the placement scores, as {@code crm_simulate -s} prints them
 * @param summary what changes for each resource, as crm_simulate's Transition Summary
 * @param fencing the Transition Summary's fencing lines ({@code * Fence (reboot) node1 'reason'}),
 *                which come before the resource changes
 * @param notes   configuration problems found while scheduling (a construct not yet
 *                supported, a constraint that names nothing), one line each
 */
public record Decision(TransitionGraph graph, List<String> scores, Summary summary, List<String> fencing,
                       List<String> notes) {
    public Decision {
        scores = List.copyOf(scores);
        fencing = List.copyOf(fencing);
        notes = List.copyOf(notes);
    }
}
