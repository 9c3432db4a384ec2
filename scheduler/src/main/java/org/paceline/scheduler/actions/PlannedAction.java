package org.paceline.scheduler.actions;

import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ResourceInstance;

/**
 * One action a transition may take: a resource's start, stop, promote or demote on a
 * node, or a collective's pseudo action (start, running, stop, stopped, ...). It is
 * optional until something requires it, and runnable until something it depends on
 * cannot happen; {@code reason} says which.
 */
public final class PlannedAction {
    private final ResourceInstance resource;
    private final String task;
    private final ClusterNode node;
    private final boolean pseudo;
    boolean optional;
    boolean runnable = true;
    String reason;

    private final String label;

    PlannedAction(ResourceInstance resource, String task, ClusterNode node, boolean pseudo, boolean optional) {
        this(resource, task, node, pseudo, optional, null);
    }

    /** @param label how reasons name it, when not "resource task" (Pacemaker's one-or-more gates) */
    PlannedAction(ResourceInstance resource, String task, ClusterNode node, boolean pseudo, boolean optional,
                  String label) {
        this.resource = resource;
        this.task = task;
        this.node = node;
        this.pseudo = pseudo;
        this.optional = optional;
        this.label = label;
    }

    public ResourceInstance resource() {
        return resource;
    }

    public String task() {
        return task;
    }

    /** Where it runs; null for pseudo actions and for a start that has nowhere to go. */
    public ClusterNode node() {
        return node;
    }

    public boolean pseudo() {
        return pseudo;
    }

    public boolean optional() {
        return optional;
    }

    public boolean runnable() {
        return runnable;
    }

    public String reason() {
        return reason;
    }

    /** How reasons name it: {@code rsc1 start}, {@code grp running}. */
    String label() {
        return label != null ? label : resource.id() + " " + task;
    }

    @Override
    public String toString() {
        return label() + (node == null ? "" : " on " + node.name()) + (optional ? " (optional)" : "")
                + (runnable ? "" : " (unrunnable)");
    }
}
