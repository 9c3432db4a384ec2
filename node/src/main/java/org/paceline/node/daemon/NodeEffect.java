package org.paceline.node.daemon;

import org.paceline.cib.Cib;
import org.paceline.node.store.UpdateOutcome;

/** What a {@link NodeCore} asks its loop to do, in the order given. */
public sealed interface NodeEffect {

    /** Persist this copy of the CIB, then report {@link NodeEvent.CibWritten}. */
    record WriteCib(Cib cib) implements NodeEffect {}

    /** Send a message to one member (dropped when it is not in the view). */
    record Send(String toNode, ClusterMessage message) implements NodeEffect {}

    /** Answer a local client's update. */
    record AnswerClient(String requestId, UpdateOutcome outcome) implements NodeEffect {}

    /** A line for the full log. */
    record Log(DaemonLog.Severity severity, String part, String text) implements NodeEffect {}
}
