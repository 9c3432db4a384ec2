package org.paceline.scheduler.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.paceline.cib.Configuration;
import org.paceline.cib.NvSet;
import org.paceline.cib.SetKind;
import org.paceline.cib.resources.Bundle;
import org.paceline.cib.resources.Clone;
import org.paceline.cib.resources.Group;
import org.paceline.cib.resources.Operation;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.resources.Resource;
import org.paceline.cib.resources.Template;
import org.paceline.cib.rules.AttributeSets;
import org.paceline.cib.rules.RuleContext;

/**
 * Builds the run's resources from the configuration: clones expanded into their
 * instances ({@code rsc:0} ... {@code rsc:N-1}), templates merged into primitives, meta
 * attributes resolved (own, then inherited from parents, then rsc_defaults).
 */
final class ResourceTree {
    private final ClusterState state;
    private final Configuration config;

    ResourceTree(ClusterState state) {
        this.state = state;
        this.config = state.cib().configuration();
    }

    void build() {
        for (Resource resource : config.resources()) {
            ResourceInstance top = create(resource, null, "");
            state.resources.add(top);
        }
        for (ClusterNode node : state.nodes) {
            if (node.kind() == ClusterNode.Kind.REMOTE) {
                node.connection = remoteConnection(node.name());
            } else if (node.kind() == ClusterNode.Kind.GUEST) {
                node.connection = guestContainer(node.name());
            }
        }
    }

    private ResourceInstance remoteConnection(String name) {
        ResourceInstance r = state.byId.get(name);
        return r != null && r.primitive() != null && RemoteNodes.isConnection(r.primitive()) ? r : null;
    }

    private ResourceInstance guestContainer(String name) {
        for (ResourceInstance r : state.allResources()) {
            if (r.variant() == ResourceInstance.Variant.PRIMITIVE && name.equals(r.meta().get("remote-node"))) {
                return r;
            }
        }
        return null;
    }

    private ResourceInstance create(Resource resource, ResourceInstance parent, String suffix) {
        return switch (resource) {
            case Primitive p -> {
                Primitive effective = withTemplate(p);
                var instance = new ResourceInstance(p.id() + suffix, p.id(), ResourceInstance.Variant.PRIMITIVE,
                        p, effective, parent);
                resolve(instance, effective.sets(), parent, effective);
                yield register(instance);
            }
            case Group g -> {
                var instance = new ResourceInstance(g.id() + suffix, g.id(), ResourceInstance.Variant.GROUP, g,
                        null, parent);
                resolve(instance, g.sets(), parent, null);
                register(instance);
                for (Primitive member : g.members()) {
                    instance.mutableChildren().add(create(member, instance, suffix));
                }
                yield instance;
            }
            case Clone c -> {
                var instance = new ResourceInstance(c.id() + suffix, c.id(), ResourceInstance.Variant.CLONE, c,
                        null, parent);
                resolve(instance, c.sets(), parent, null);
                register(instance);
                if (c.child() != null) {
                    int count = cloneMax(instance);
                    for (int i = 0; i < count; i++) {
                        instance.mutableChildren().add(create(c.child(), instance, ":" + i));
                    }
                }
                yield instance;
            }
            case Bundle b -> {
                var instance = new ResourceInstance(b.id() + suffix, b.id(), ResourceInstance.Variant.BUNDLE, b,
                        null, parent);
                resolve(instance, b.sets(), parent, null);
                state.notes.add("bundle \"" + b.id() + "\": bundles are not scheduled yet");
                yield register(instance);
            }
        };
    }

    /**
     * Adds one more instance to a clone for history that fits no instance: an orphan
     * when clone-max instances exist already.
     */
    ResourceInstance addInstance(ResourceInstance clone) {
        var c = (Clone) clone.config();
        int next = clone.children().size();
        ResourceInstance created = create(c.child(), clone, ":" + next);
        clone.mutableChildren().add(created);
        if (next >= cloneMax(clone)) {
            for (ResourceInstance r : created.selfAndDescendants()) {
                r.orphan = true;
            }
        }
        return created;
    }

    private ResourceInstance register(ResourceInstance instance) {
        manage(instance);
        state.byId.putIfAbsent(instance.id(), instance);
        return instance;
    }

    /** Whether the cluster may act on it, as configured: before any history is read. */
    void manage(ResourceInstance instance) {
        String isManaged = instance.meta().get("is-managed");
        if (isManaged != null && !isManaged.trim().equalsIgnoreCase("default")) {
            instance.managed = org.paceline.cib.rules.Values.isTrue(isManaged);
        }
        if (org.paceline.cib.rules.Values.isTrue(instance.meta().get("maintenance"))
                || state.options.maintenanceMode()) {
            instance.managed = false;
            instance.maintenance = true;
        }
    }

    private int cloneMax(ResourceInstance clone) {
        String max = clone.meta().get("clone-max");
        if (max != null) {
            try {
                return Math.max(0, Integer.parseInt(max.trim()));
            } catch (NumberFormatException e) {
                state.notes.add("clone \"" + clone.id() + "\": clone-max \"" + max + "\" is not a number");
            }
        }
        return state.nodes.size();
    }

    /** Meta attributes for a resource known only from the status: rsc_defaults. */
    void inheritDefaults(ResourceInstance instance) {
        resolve(instance, List.of(), null, instance.primitive());
    }

    private void resolve(ResourceInstance instance, List<NvSet> sets, ResourceInstance parent, Primitive agent) {
        RuleContext context = RuleContext.at(state.now());
        if (agent != null) {
            context = context.withResource(agent.resourceClass(), agent.provider(), agent.type());
        }
        var meta = instance.mutableMeta();
        meta.putAll(AttributeSets.resolve(SetReferences.resolve(kind(sets, SetKind.META), config), context));
        if (parent != null) {
            for (Map.Entry<String, String> entry : parent.meta().entrySet()) {
                meta.putIfAbsent(entry.getKey(), entry.getValue());
            }
        }
        AttributeSets.resolve(SetReferences.resolve(config.resourceDefaults(), config), context)
                .forEach(meta::putIfAbsent);
        instance.mutableParameters().putAll(AttributeSets.resolve(
                SetReferences.resolve(kind(sets, SetKind.INSTANCE), config), context));
        instance.mutableUtilization().putAll(AttributeSets.resolve(
                SetReferences.resolve(kind(sets, SetKind.UTILIZATION), config), context));
    }

    private static List<NvSet> kind(List<NvSet> sets, SetKind kind) {
        var ofKind = new java.util.ArrayList<NvSet>(sets.size());
        for (NvSet set : sets) {
            if (set.kind() == kind) {
                ofKind.add(set);
            }
        }
        return java.util.Collections.unmodifiableList(ofKind);
    }

    /** The primitive with its template's definition merged in: its own sets and operations win. */
    private Primitive withTemplate(Primitive p) {
        if (p.template() == null) {
            return p;
        }
        Template template = config.templates().stream().filter(t -> t.id().equals(p.template())).findFirst()
                .orElse(null);
        if (template == null) {
            state.notes.add("resource \"" + p.id() + "\": unknown template \"" + p.template() + "\"");
            return p;
        }
        var sets = new ArrayList<NvSet>(p.sets());
        sets.addAll(template.sets());
        var operations = new ArrayList<Operation>(p.operations());
        for (Operation op : template.operations()) {
            boolean overridden = p.operations().stream().anyMatch(own -> own.name() != null
                    && own.name().equals(op.name()) && java.util.Objects.equals(own.interval(), op.interval()));
            if (!overridden) {
                operations.add(op);
            }
        }
        return new Primitive(p.id(), template.resourceClass(), template.provider(), template.type(), p.template(),
                p.description(), sets, p.operationsAttributes(), operations, p.extras());
    }
}
