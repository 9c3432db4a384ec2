package org.paceline.node.ipc;

import java.util.List;

import org.paceline.cib.Cib;
import org.paceline.node.status.DaemonView;
import org.paceline.node.store.CibUpdate;

/**
 * What the node daemon gives the operator faces; {@link IpcServer} turns each request
 * into one call. A null node means the local node, except in {@link #cleanup}.
 *
 * <p>Calls come from many virtual threads at once (one per connection) and may block
 * until their answer is known (a CIB update until it is durable, a fence request until
 * the fencer has a result); the implementation serialises what must be. Nothing here
 * may throw for a user's mistake: that is a {@link IpcReply.Failure} with the Pacemaker
 * exit code and one line. What the server derives itself from {@link #cib()} and
 * {@link #view()} (the XML of {@code cibadmin -Q}, crm_mon's text, {@code crm_resource -W})
 * is not asked of the daemon.
 */
public interface LocalDaemon {

    /** The newest CIB, status included. */
    Cib cib();

    /** Membership, quorum and DC as this node sees them now. */
    DaemonView view();

    /** Applies one update whole or not at all; answers once it is durable (Applied) or rejected (Failure). */
    IpcReply.Outcome apply(CibUpdate update);

    /**
     * An attribute's values: for {@link AttributeScope#STATUS} attrd's current value (which
     * may be newer than the CIB while a dampening delay runs); empty when absent.
     */
    List<IpcReply.NodeValue> readAttribute(AttributeScope scope, String node, String name, boolean allNodes);

    /**
     * Sets an attribute. For {@link AttributeScope#STATUS} with attrd's semantics: the value
     * is written to the CIB after the dampening delay ({@code dampenMillis}, -1 to keep the
     * attribute's delay) unless it changes back meanwhile; a null value changes only the delay.
     */
    IpcReply.Outcome writeAttribute(AttributeScope scope, String node, String name, String value, long dampenMillis);

    /** Removes an attribute; an absent one is not an error. */
    IpcReply.Outcome removeAttribute(AttributeScope scope, String node, String name);

    /** Fences (or, for {@link FenceAction#CONFIRM}, records as fenced) a node; answers with the result. */
    IpcReply.Outcome fence(String target, FenceAction action);

    /** Fencing history of one node, or of all with null; oldest first. */
    List<IpcReply.FenceEvent> fenceHistory(String node);

    /** Forgets fencing history of one node, or of all with null. */
    IpcReply.Outcome cleanFenceHistory(String node);

    /** The fence devices registered with this node's fencer, by id. */
    List<String> fenceDevices();

    /**
     * Forgets a resource's history and fail-counts so that it is probed again
     * ({@code crm_resource -C}); {@link IpcReply.Done} lines are what crm_resource prints
     * ("Cleaned up vip on pm01").
     *
     * @param resource null for every resource with history
     * @param node     null for every node
     */
    IpcReply.Outcome cleanup(String resource, String node);
}
