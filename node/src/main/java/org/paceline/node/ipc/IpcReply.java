package org.paceline.node.ipc;

import java.util.List;

import org.paceline.node.status.NodeEntry;
import org.paceline.node.status.ResourceLocation;

/** The daemon's answer to one {@link IpcRequest}. */
public sealed interface IpcReply {

    /** What a change answers: applied at a version, done with lines to print, or failed. */
    sealed interface Outcome extends IpcReply permits Failure, Done, Applied {}

    /**
     * The request could not be done.
     *
     * @param exitCode the Pacemaker exit code the face exits with (CRM_EX_*: 1 error, 4 insufficient
     *                 privileges, 105 no such object, 124 timeout, ...)
     * @param message  one line, without the command's name
     */
    record Failure(int exitCode, String message) implements Outcome {}

    /** Done; {@code lines} are what the face prints (may be empty). */
    record Done(List<String> lines) implements Outcome {
        public Done {
            lines = List.copyOf(lines);
        }
    }

    /** A CIB update applied and durable, at this version ({@code admin_epoch.epoch.num_updates}). */
    record Applied(String version) implements Outcome {}

    /** XML text: the CIB or one of its sections. */
    record CibXml(String xml) implements IpcReply {}

    /** Rendered status text (crm_mon's output). */
    record Text(String text, int exitCode) implements IpcReply {}

    /**
     * The CIB and the daemon's view of it: whose view it is and how fresh.
     *
     * @param cibXml      the whole CIB, status included
     * @param localNode   the node that answered
     * @param dcNode      the designated controller, or null while there is none
     * @param quorate     whether this node's partition has quorum
     * @param takenMillis when the view was taken (epoch milliseconds, the daemon's clock)
     * @param lastChange  what {@code Last change:} shows ("Thu Dec  3 12:00:00 2026 by root via cibadmin on pm01"), or null
     */
    record Status(String cibXml, String localNode, String dcNode, boolean quorate, long takenMillis,
                  String lastChange) implements IpcReply {}

    /** An attribute's value per node (node null for scopes without nodes); empty when absent. */
    record AttributeValues(List<NodeValue> values) implements IpcReply {
        public AttributeValues {
            values = List.copyOf(values);
        }
    }

    /**
     * The membership.
     *
     * @param partition the names of the nodes in this node's partition, in membership order
     */
    record Nodes(String localNode, String localNodeId, boolean quorate, List<NodeEntry> nodes,
                 List<String> partition) implements IpcReply {
        public Nodes {
            nodes = List.copyOf(nodes);
            partition = List.copyOf(partition);
        }
    }

    /** Fencing history, newest last. */
    record FenceEvents(List<FenceEvent> events) implements IpcReply {
        public FenceEvents {
            events = List.copyOf(events);
        }
    }

    /** Where a resource is active; empty when it is not. */
    record Locations(List<ResourceLocation> locations) implements IpcReply {
        public Locations {
            locations = List.copyOf(locations);
        }
    }

    /** One node's value of an attribute. */
    record NodeValue(String node, String value) {}


    /**
     * One fencing action and its end.
     *
     * @param state          pending, done or failed
     * @param completedMillis when it ended (epoch milliseconds), or 0 while pending
     */
    record FenceEvent(String target, String action, String delegate, String origin, String state,
                      long completedMillis) {}

}
