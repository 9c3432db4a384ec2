package org.paceline.scheduler.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.paceline.cib.Cib;

/**
 * The cluster as one scheduling run sees it: options, nodes, resources with their
 * current state. Made by {@link #unpack(Cib, Instant)}; read-only afterwards.
 */
public final class ClusterState {
    private final Cib cib;
    private final Instant now;
    final List<ClusterNode> nodes = new ArrayList<>();
    final List<ResourceInstance> resources = new ArrayList<>();
    final Map<String, ResourceInstance> byId = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();
    ClusterOptions options;
    private boolean sealed;
    private List<ResourceInstance> everyResource;
    boolean haveQuorum;

    ClusterState(Cib cib, Instant now) {
        this.cib = cib;
        this.now = now;
    }

    /** Reads the CIB's configuration and status as the scheduler does; never throws on a readable CIB. */
    public static ClusterState unpack(Cib cib, Instant now) {
        return new Unpacking(cib, now).run();
    }

    public Cib cib() {
        return cib;
    }

    public Instant now() {
        return now;
    }

    public ClusterOptions options() {
        return options;
    }

    public boolean haveQuorum() {
        return haveQuorum;
    }

    /** Nodes in the order of the configuration's nodes section. */
    public List<ClusterNode> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    public Optional<ClusterNode> node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /**
     * Top-level resources in Pacemaker's order: by priority (highest first), configuration order
     * among equals; then orphans found only in the status, in the order found.
     */
    public List<ResourceInstance> resources() {
        return Collections.unmodifiableList(resources);
    }

    /** Any resource or instance by the id this run knows it by ({@code rsc1}, {@code rsc1:0}). */
    public Optional<ResourceInstance> resource(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every resource at every depth, parents first, in order. */
    public List<ResourceInstance> allResources() {
        if (everyResource != null) {
            return everyResource;
        }
        var all = new ArrayList<ResourceInstance>();
        resources.forEach(r -> all.addAll(r.selfAndDescendants()));
        return sealed ? (everyResource = Collections.unmodifiableList(all)) : all;
    }

    /** Unpacking is over: nothing is added any more, so the list of every resource can be kept. */
    void seal() {
        sealed = true;
    }

    /** What unpacking could not use, one line each (a construct not supported yet, a bad value). */
    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }
}
