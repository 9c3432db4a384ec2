package org.paceline.scheduler.graph;

import java.util.SequencedMap;

/**
 * One action of a transition graph.
 *
 * <p>{@code key} is Pacemaker's operation key: {@code RSC_TASK_INTERVALMS}
 * ({@code rsc1_monitor_10000}, {@code ms1_promote_0}); for clone instances the key
 * names the clone's child without its instance number and {@code ResourceAction.longId}
 * carries it ({@code rsc1:1}).
 */
public sealed interface GraphAction permits ResourceAction, PseudoAction, ClusterAction {
    /** Unique within one graph. */
    int id();

    /** start, stop, monitor, promote, demote, notify, migrate_to, ..., stonith, do_shutdown, ... */
    String task();

    String key();

    /** The {@code CRM_meta_*} and other attributes passed with the action, by name. */
    SequencedMap<String, String> attributes();
}
