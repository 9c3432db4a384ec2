package org.paceline.node.controller;

import org.paceline.node.executor.OpResult;

/**
 * A node's answer to an {@link OperationRequest}: what the agent returned, under the
 * node's own call number (Pacemaker's {@code call-id}, which orders a node's history).
 *
 * @param callId the node's call number, counting up from 1 for each operation it starts
 */
public record OperationReport(OperationRequest request, int callId, OpResult result) {

    /** Whether the result is the one the transition expected, and the executor completed it. */
    public boolean succeeded() {
        if (request.task().equals("notify")) {
            // Pacemaker ignores how notifications end: they never fail a transition.
            return true;
        }
        return result.status() == org.paceline.node.executor.ExecutorStatus.DONE && result.rc() == request.expectedRc();
    }
}
