package org.paceline.scheduler.placement;

import org.paceline.scheduler.state.ResourceInstance;
import org.paceline.scheduler.state.Role;

/**
 * One colocation between two resources: {@code dependent} is placed relative to
 * {@code primary}, which is placed first.
 *
 * @param dependentRole the dependent's role it applies to, or null for any
 * @param primaryRole   the primary's role it refers to, or null for any
 * @param nodeAttribute the node attribute that defines "the same place"
 * @param influence     whether the dependent's preferences pull on where the primary goes
 */
record ColocationEdge(String id, ResourceInstance dependent, ResourceInstance primary, int score,
                      Role dependentRole, Role primaryRole, String nodeAttribute, boolean influence) {
    boolean mandatory() {
        return score >= org.paceline.cib.rules.Score.INFINITY;
    }

    boolean againstMandatory() {
        return score <= -org.paceline.cib.rules.Score.INFINITY;
    }
}
