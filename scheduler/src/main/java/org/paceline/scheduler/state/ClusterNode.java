package org.paceline.scheduler.state;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;

/**
 * A node as one scheduling run sees it: who it is, whether it can run resources, and
 * its attributes. Filled in while unpacking; read-only afterwards.
 */
public final class ClusterNode {
    /** What kind of node it is. */
    public enum Kind { MEMBER, REMOTE, GUEST, PING }

    private final String id;
    private final String name;
    private final Kind kind;
    private final SequencedMap<String, String> attributes = new LinkedHashMap<>();
    private final SequencedMap<String, String> utilization = new LinkedHashMap<>();
    boolean online;
    boolean unclean;
    boolean pending;
    boolean standby;
    boolean standbyOnFail;
    boolean maintenance;
    boolean shutdown;
    boolean expectedUp;
    boolean unseen = true;
    boolean dc;
    boolean remoteRequiresReset;
    String fenceReason;
    /** For a remote node, its connection resource; for a guest node, the resource it runs in. */
    ResourceInstance connection;
    final java.util.List<ResourceInstance> running = new java.util.ArrayList<>();

    ClusterNode(String id, String name, Kind kind) {
        this.id = id;
        this.name = name;
        this.kind = kind;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    /** Permanent attributes from the nodes section, overridden by transient ones from the status. */
    public Map<String, String> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    public Map<String, String> utilization() {
        return Collections.unmodifiableMap(utilization);
    }

    public boolean online() {
        return online;
    }

    /** Must be fenced before anything it may run is recovered elsewhere. */
    public boolean unclean() {
        return unclean;
    }

    /** A member that has not finished joining: cannot run resources yet. */
    public boolean pending() {
        return pending;
    }

    public boolean standby() {
        return standby;
    }

    /** Put in standby by a failure with {@code on-fail=standby}. */
    public boolean standbyOnFail() {
        return standbyOnFail;
    }

    public boolean maintenance() {
        return maintenance;
    }

    public boolean shutdown() {
        return shutdown;
    }

    /** The node's status section said it is expected to be up (expected=member). */
    public boolean expectedUp() {
        return expectedUp;
    }

    /** No status entry was found for it. */
    public boolean unseen() {
        return unseen;
    }

    public boolean isDc() {
        return dc;
    }

    /** Why it must be fenced, when it must. */
    public String fenceReason() {
        return fenceReason;
    }

    /** The primitives its history shows active here, in the order they were read. */
    public java.util.List<ResourceInstance> runningResources() {
        return Collections.unmodifiableList(running);
    }

    /** For a remote node, its connection resource; for a guest node, the resource it runs in; else empty. */
    public java.util.Optional<ResourceInstance> connection() {
        return java.util.Optional.ofNullable(connection);
    }

    public boolean isRemote() {
        return kind == Kind.REMOTE || kind == Kind.GUEST;
    }

    /** Whether resources may be placed here at all (online, clean, not standby, not pending, not shutting down). */
    public boolean canRunResources() {
        return online && !unclean && !standby && !standbyOnFail && !pending && !shutdown && !maintenance;
    }

    SequencedMap<String, String> mutableAttributes() {
        return attributes;
    }

    SequencedMap<String, String> mutableUtilization() {
        return utilization;
    }

    @Override
    public String toString() {
        return name;
    }
}
