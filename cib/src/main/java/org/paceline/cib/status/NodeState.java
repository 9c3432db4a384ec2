package org.paceline.cib.status;

import java.util.List;

import org.paceline.cib.Extras;
import org.paceline.cib.NvSet;

/**
 * One node's state as the cluster saw it ({@code node_state}).
 *
 * @param inCcm    "true"/"false", or since Pacemaker 2.1.7 the time it joined; null when absent
 * @param crmd     "online"/"offline", or the time the controller joined; null when absent
 * @param join     down, pending, member or banned; null when absent
 * @param expected the join state it is expected to reach; null when absent
 * @param transientAttributes its transient attributes, or null when there is no such element
 * @param lrm      its operation history, or null when there is no such element
 * @param extras   other attributes (ha, shutdown, remote_node, crm-debug-origin, ...)
 */
public record NodeState(String id, String uname, String inCcm, String crmd, String join, String expected,
                        TransientAttributes transientAttributes, OperationHistory lrm, Extras extras) {
    public NodeState {
        extras = extras == null ? Extras.NONE : extras;
    }

    public List<NvSet> transientSets() {
        return transientAttributes == null ? List.of() : transientAttributes.sets();
    }

    public List<ResourceHistory> resourceHistories() {
        return lrm == null ? List.of() : lrm.resources();
    }
}
