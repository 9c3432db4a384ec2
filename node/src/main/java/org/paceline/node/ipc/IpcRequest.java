package org.paceline.node.ipc;

import org.paceline.node.status.StatusOptions;

import org.paceline.node.store.CibUpdate;

/**
 * What a face asks the local daemon, one request per connection exchange. A null node
 * means the local node throughout.
 */
public sealed interface IpcRequest {

    /**
     * The CIB as XML ({@code cibadmin -Q}).
     *
     * @param section a configuration section's element name or {@code status}, or null for the whole CIB
     */
    record QueryCib(String section) implements IpcRequest {}

    /** The CIB with the daemon's view of it: answered with {@link IpcReply.Status}. */
    record QueryStatus() implements IpcRequest {}

    /** crm_mon's text or XML, rendered by the daemon from its status (the client stays small and fast). */
    record ShowStatus(StatusOptions options) implements IpcRequest {}

    /** A change to the CIB, applied whole or not at all. */
    record ApplyUpdate(CibUpdate update) implements IpcRequest {}

    /**
     * An attribute's value.
     *
     * @param allNodes every node's value ({@code attrd_updater -A}); {@code node} is then ignored
     */
    record ReadAttribute(AttributeScope scope, String node, String name, boolean allNodes) implements IpcRequest {}

    /**
     * An attribute set.
     *
     * @param value        null to change only the dampening delay ({@code attrd_updater -Y -d})
     * @param dampenMillis the delay before a transient change is written, or -1 to leave it as it is
     */
    record WriteAttribute(AttributeScope scope, String node, String name, String value, long dampenMillis)
            implements IpcRequest {}

    /** An attribute removed; removing one that is absent succeeds. */
    record RemoveAttribute(AttributeScope scope, String node, String name) implements IpcRequest {}

    /** The membership as this node sees it: answered with {@link IpcReply.Nodes}. */
    record ListNodes() implements IpcRequest {}

    /** A node fenced (or confirmed down); the reply comes when the fencer has a result. */
    record Fence(String target, FenceAction action) implements IpcRequest {}

    /** Fencing history, of one node or, with a null node, of all. */
    record FenceHistory(String node) implements IpcRequest {}

    /** Fencing history forgotten ({@code stonith_admin --cleanup --history}), of one node or all. */
    record CleanFenceHistory(String node) implements IpcRequest {}

    /** The fence devices registered with the fencer ({@code stonith_admin -L}). */
    record ListFenceDevices() implements IpcRequest {}

    /**
     * A resource's operation history and fail-counts forgotten so that it is probed again.
     *
     * @param resource null for every resource
     * @param node     null for every node (this one's meaning differs from the others: not the local node)
     */
    record Cleanup(String resource, String node) implements IpcRequest {}

    /** Where a resource is active and in what role ({@code crm_resource -W}). */
    record Locate(String resource) implements IpcRequest {}
}
