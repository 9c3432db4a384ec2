package org.paceline.scheduler.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;

import org.paceline.cib.resources.Primitive;
import org.paceline.cib.resources.Resource;
import org.paceline.cib.status.OperationRecord;

/**
 * One resource as a scheduling run sees it: a primitive, a group, a clone, or one
 * instance of a clone's child ({@code rsc1:0}), with what its history says of where it
 * runs, in which role, and what failed. Filled in while unpacking; read-only afterwards.
 */
public final class ResourceInstance {
    /** Which kind of resource. */
    public enum Variant { PRIMITIVE, GROUP, CLONE, BUNDLE }

    /** What to do when an operation fails ({@code on-fail}), from least to most severe as Pacemaker ranks them. */
    public enum OnFail {
        IGNORE, DEMOTE, RESTART, BLOCK, STOP, STANDBY, FENCE, RESET_REMOTE, RESTART_CONTAINER;

        /**
         * Whether {@code a} outranks {@code b}. Pacemaker's ranking is not a plain order: a
         * container restart or a remote reset outranks a restart but is outranked by fencing.
         */
        public static boolean moreSevere(OnFail a, OnFail b) {
            return a.compareTo(b) > 0;
        }
    }

    private final String id;
    private final String configId;
    private final Variant variant;
    private final Resource config;
    private final Primitive primitive;
    private final ResourceInstance parent;
    private final List<ResourceInstance> children = new ArrayList<>();
    private final SequencedMap<String, String> meta = new LinkedHashMap<>();
    private final SequencedMap<String, String> parameters = new LinkedHashMap<>();
    private final SequencedMap<String, String> utilization = new LinkedHashMap<>();
    final List<ClusterNode> runningOn = new ArrayList<>();
    final Map<ClusterNode, Role> roleOn = new LinkedHashMap<>();
    final Map<ClusterNode, List<OperationRecord>> history = new LinkedHashMap<>();
    final Map<ClusterNode, String> historyNames = new LinkedHashMap<>();
    final Map<ClusterNode, Integer> failCounts = new LinkedHashMap<>();
    final Map<ClusterNode, Long> lastFailure = new LinkedHashMap<>();
    final List<ClusterNode> failedOn = new ArrayList<>();
    /** Nodes the history bans it from: a hard error there, a stop that failed there. */
    final Map<ClusterNode, String> bannedFrom = new LinkedHashMap<>();
    Role role = Role.UNKNOWN;
    Role targetRole;
    OnFail onFail = OnFail.IGNORE;
    boolean managed = true;
    boolean maintenance;
    boolean failureIgnored;
    final Map<ClusterNode, Integer> failedProbes = new LinkedHashMap<>();
    boolean orphan;
    boolean failed;
    boolean blocked;
    boolean fatalFailure;
    String pendingTask;
    ClusterNode pendingNode;
    ResourceInstance container;
    // Read-only views made once: the accessors are called millions of times in a large run,
    // mostly by code the JIT has not compiled yet, which allocates each view it is handed.
    private final List<ResourceInstance> childrenView = Collections.unmodifiableList(children);
    private final Map<String, String> metaView = Collections.unmodifiableMap(meta);
    private final Map<String, String> parametersView = Collections.unmodifiableMap(parameters);
    private final Map<String, String> utilizationView = Collections.unmodifiableMap(utilization);
    private final List<ClusterNode> runningOnView = Collections.unmodifiableList(runningOn);
    private final Map<ClusterNode, Role> roleOnView = Collections.unmodifiableMap(roleOn);
    private final Map<ClusterNode, List<OperationRecord>> historyView = Collections.unmodifiableMap(history);
    private final Map<ClusterNode, String> historyNamesView = Collections.unmodifiableMap(historyNames);
    private final Map<ClusterNode, Integer> failCountsView = Collections.unmodifiableMap(failCounts);
    private final Map<ClusterNode, Long> lastFailureView = Collections.unmodifiableMap(lastFailure);

    ResourceInstance(String id, String configId, Variant variant, Resource config, Primitive primitive,
                     ResourceInstance parent) {
        this.id = id;
        this.configId = configId;
        this.variant = variant;
        this.config = config;
        this.primitive = primitive;
        this.parent = parent;
    }

    /** The id this run knows it by: the configured id, with {@code :N} for a clone instance. */
    public String id() {
        return id;
    }

    /** The configured id, without an instance number. */
    public String configId() {
        return configId;
    }

    public Variant variant() {
        return variant;
    }

    /** The configured resource this one comes from (for an instance: the clone's child). */
    public Resource config() {
        return config;
    }

    /** The primitive's definition, its template merged in; null for collectives. */
    public Primitive primitive() {
        return primitive;
    }

    public Optional<ResourceInstance> parent() {
        return Optional.ofNullable(parent);
    }

    public List<ResourceInstance> children() {
        return childrenView;
    }

    /** Meta attributes: its own, then inherited from its parents, then rsc_defaults. */
    public Map<String, String> meta() {
        return metaView;
    }

    public Map<String, String> parameters() {
        return parametersView;
    }

    public Map<String, String> utilization() {
        return utilizationView;
    }

    /** Where the history says it is active (more than one node: multiply active). */
    public List<ClusterNode> runningOn() {
        return runningOnView;
    }

    /** The role on each node where it is active. */
    public Map<ClusterNode, Role> roleOn() {
        return roleOnView;
    }

    /** Its recorded operations on each node, oldest call first. */
    public Map<ClusterNode, List<OperationRecord>> history() {
        return historyView;
    }

    /**
     * The name its history has on each node: an anonymous clone instance may have been
     * started as {@code rsc:3} or plain {@code rsc}, and the agent names its node
     * attributes (promotion scores) after that.
     */
    public Map<ClusterNode, String> historyNames() {
        return historyNamesView;
    }

    public Map<ClusterNode, Integer> failCounts() {
        return failCountsView;
    }

    /** Epoch seconds of the last failure on each node that has one. */
    public Map<ClusterNode, Long> lastFailure() {
        return lastFailureView;
    }

    /** Nodes where an operation of it failed (and has not been cleared by a later stop). */
    public List<ClusterNode> failedOn() {
        return Collections.unmodifiableList(failedOn);
    }

    public Map<ClusterNode, String> bannedFrom() {
        return Collections.unmodifiableMap(bannedFrom);
    }

    /** Its current role: the highest role of its instances or members for collectives. */
    public Role role() {
        return role;
    }

    /** The role its target-role meta attribute asks for, or null for no limit. */
    public Role targetRole() {
        return targetRole;
    }

    /** The policy of the most severe failure its history shows. */
    public OnFail onFail() {
        return onFail;
    }

    public boolean managed() {
        return managed;
    }

    /** In maintenance (its own meta attribute, the cluster's maintenance mode, or its node's): unmanaged, watched only. */
    public boolean maintenance() {
        return maintenance;
    }

    /** A failure was recorded and ignored because of {@code on-fail=ignore}. */
    public boolean failureIgnored() {
        return failureIgnored;
    }

    /**
     * Nodes where a probe found its agent missing, with the agent's exit code: it is read
     * as stopped there, and shown as such ("Stopped (Not installed)").
     */
    public Map<ClusterNode, Integer> failedProbes() {
        return Collections.unmodifiableMap(failedProbes);
    }

    /**
     * A clone (or an instance of one) whose instances are distinct: {@code globally-unique},
     * by default when {@code clone-node-max} exceeds 1; never for agents without instance
     * identity (only OCF and fencing agents have one).
     */
    public boolean unique() {
        ResourceInstance c = variant == Variant.CLONE ? this : clone().orElse(null);
        if (c == null) {
            return false;
        }
        for (ResourceInstance p : c.primitives()) {
            String agentClass = p.primitive() == null ? null : p.primitive().resourceClass();
            if (agentClass != null && !agentClass.equals("ocf") && !agentClass.equals("stonith")) {
                return false;
            }
        }
        String value = c.meta().get("globally-unique");
        if (value != null) {
            return org.paceline.cib.rules.Values.isTrue(value);
        }
        try {
            String nodeMax = c.meta().get("clone-node-max");
            return nodeMax != null && Integer.parseInt(nodeMax.trim()) > 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The top-level resource this one belongs to (itself when it has no parent). */
    public ResourceInstance top() {
        ResourceInstance t = this;
        while (t.parent != null) {
            t = t.parent;
        }
        return t;
    }

    /** Found in the status but no longer configured. */
    public boolean orphan() {
        return orphan;
    }

    public boolean failed() {
        return failed;
    }

    /** A failure with {@code on-fail=block}, or a stop that failed where it cannot be fenced. */
    public boolean blocked() {
        return blocked;
    }

    /** A failure that rules it out of every node (rc 6, not configured). */
    public boolean fatalFailure() {
        return fatalFailure;
    }

    /** An operation in flight (start, stop, promote, ...), or null. */
    public String pendingTask() {
        return pendingTask;
    }

    public ClusterNode pendingNode() {
        return pendingNode;
    }

    public boolean isCloneInstance() {
        return parent != null && parent.variant == Variant.CLONE
                || parent != null && parent.variant == Variant.GROUP && parent.isCloneInstance();
    }

    /** The clone this is an instance of (directly or through a group), if any. */
    public Optional<ResourceInstance> clone() {
        for (ResourceInstance p = parent; p != null; p = p.parent) {
            if (p.variant == Variant.CLONE) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public boolean isPromotable() {
        return clone().map(c -> c.config() instanceof org.paceline.cib.resources.Clone cc && cc.promotable())
                .orElse(variant == Variant.CLONE && config instanceof org.paceline.cib.resources.Clone cc
                        && cc.promotable());
    }

    /** This one and every resource below it, parents first. */
    public List<ResourceInstance> selfAndDescendants() {
        if (children.isEmpty()) {
            return List.of(this);
        }
        // One list for the whole tree: a list per level, copied into its parent's, was among a
        // large run's biggest allocations.
        var all = new ArrayList<ResourceInstance>();
        addSelfAndDescendants(all);
        return all;
    }

    private void addSelfAndDescendants(List<ResourceInstance> into) {
        into.add(this);
        for (int i = 0; i < children.size(); i++) {
            children.get(i).addSelfAndDescendants(into);
        }
    }

    /** This one and the collectives it belongs to, innermost first. */
    public List<ResourceInstance> selfAndAncestors() {
        var chain = new ArrayList<ResourceInstance>();
        for (ResourceInstance r = this; r != null; r = r.parent) {
            chain.add(r);
        }
        return chain;
    }

    /** The primitives at or below this one. */
    public List<ResourceInstance> primitives() {
        if (variant == Variant.PRIMITIVE && children.isEmpty()) {
            return List.of(this);
        }
        var primitives = new ArrayList<ResourceInstance>();
        for (ResourceInstance r : selfAndDescendants()) {
            if (r.variant == Variant.PRIMITIVE) {
                primitives.add(r);
            }
        }
        return Collections.unmodifiableList(primitives);
    }

    List<ResourceInstance> mutableChildren() {
        return children;
    }

    SequencedMap<String, String> mutableMeta() {
        return meta;
    }

    SequencedMap<String, String> mutableParameters() {
        return parameters;
    }

    SequencedMap<String, String> mutableUtilization() {
        return utilization;
    }

    @Override
    public String toString() {
        return id;
    }
}
