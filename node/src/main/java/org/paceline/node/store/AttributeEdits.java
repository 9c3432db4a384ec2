package org.paceline.node.store;

import static org.paceline.node.store.CibUpdates.problem;

import java.util.List;
import java.util.Optional;

import org.paceline.cib.Configuration;
import org.paceline.cib.Node;
import org.paceline.cib.NvSet;
import org.paceline.cib.Parsed;
import org.paceline.cib.resources.Resource;

/** Setting and deleting a name/value pair of the configuration: cluster properties, defaults, nodes, resources. */
final class AttributeEdits {
    private AttributeEdits() {}

    static Parsed<Configuration> set(Configuration configuration, CibUpdate.SetAttribute update) {
        var owner = update.owner();
        if (owner == null || update.name() == null || update.name().isBlank()) {
            return Parsed.invalid(problem("the attribute's owner or name is missing"));
        }
        if (update.value() == null) {
            return Parsed.invalid(problem(owner.description() + ": no value for \"" + update.name()
                    + "\" (delete the attribute to unset it)"));
        }
        return CibUpdates.then(setsOf(configuration, owner), sets -> NameValueEdits.set(sets, owner.kind(),
                        update.setId(), update.name(), update.value(), defaultSetId(configuration, owner),
                        owner.description()))
                .map(sets -> withSets(configuration, owner, sets));
    }

    static Parsed<Configuration> delete(Configuration configuration, CibUpdate.DeleteAttribute update) {
        var owner = update.owner();
        if (owner == null || update.name() == null || update.name().isBlank()) {
            return Parsed.invalid(problem("the attribute's owner or name is missing"));
        }
        return setsOf(configuration, owner)
                .map(sets -> NameValueEdits.delete(sets, owner.kind(), update.setId(), update.name()))
                .map(sets -> withSets(configuration, owner, sets));
    }

    /** All the owner's sets, of every kind, in document order; a problem when the owner does not exist. */
    private static Parsed<List<NvSet>> setsOf(Configuration configuration, AttributeOwner owner) {
        return switch (owner) {
            case AttributeOwner.ClusterProperties o -> Parsed.valid(configuration.clusterProperties());
            case AttributeOwner.ResourceDefaults o -> Parsed.valid(configuration.resourceDefaults());
            case AttributeOwner.OperationDefaults o -> Parsed.valid(configuration.operationDefaults());
            case AttributeOwner.NodeAttributes o -> node(configuration, o.node()).map(Node::sets)
                    .map(Parsed::valid).orElseGet(() -> Parsed.invalid(problem("no node \"" + o.node()
                            + "\" in the nodes section")));
            case AttributeOwner.ResourceMeta o -> resourceSets(configuration, o.resource());
            case AttributeOwner.ResourceParameters o -> resourceSets(configuration, o.resource());
        };
    }

    private static Parsed<List<NvSet>> resourceSets(Configuration configuration, String id) {
        Optional<Resource> resource = id == null ? Optional.empty() : configuration.resource(id);
        return resource.map(Resource::sets).map(Parsed::valid)
                .orElseGet(() -> Parsed.invalid(problem("no resource \"" + id + "\"")));
    }

    /** The id Pacemaker's tools give a set they create for this owner. */
    private static String defaultSetId(Configuration configuration, AttributeOwner owner) {
        return switch (owner) {
            case AttributeOwner.ClusterProperties o -> "cib-bootstrap-options";
            case AttributeOwner.ResourceDefaults o -> "rsc-options";
            case AttributeOwner.OperationDefaults o -> "op-options";
            case AttributeOwner.NodeAttributes o -> "nodes-" + node(configuration, o.node())
                    .map(n -> n.id() == null ? o.node() : n.id()).orElse(o.node());
            case AttributeOwner.ResourceMeta o -> o.resource() + "-meta_attributes";
            case AttributeOwner.ResourceParameters o -> o.resource() + "-instance_attributes";
        };
    }

    private static Configuration withSets(Configuration c, AttributeOwner owner, List<NvSet> sets) {
        return switch (owner) {
            case AttributeOwner.ClusterProperties o -> c.withClusterProperties(sets);
            case AttributeOwner.ResourceDefaults o -> new Configuration(c.clusterProperties(), c.nodes(),
                    c.resources(), c.templates(), c.constraints(), sets, c.operationDefaults(),
                    c.fencingTopology(), c.alerts(), c.acls(), c.tags(), c.extras());
            case AttributeOwner.OperationDefaults o -> new Configuration(c.clusterProperties(), c.nodes(),
                    c.resources(), c.templates(), c.constraints(), c.resourceDefaults(), sets,
                    c.fencingTopology(), c.alerts(), c.acls(), c.tags(), c.extras());
            case AttributeOwner.NodeAttributes o -> c.withNodes(c.nodes().stream()
                    .map(n -> o.node().equals(n.uname())
                            ? new Node(n.id(), n.uname(), n.type(), n.description(), sets, n.extras()) : n)
                    .toList());
            case AttributeOwner.ResourceMeta o -> c.withResources(
                    ResourceTree.change(c.resources(), o.resource(), r -> ResourceTree.withSets(r, sets)));
            case AttributeOwner.ResourceParameters o -> c.withResources(
                    ResourceTree.change(c.resources(), o.resource(), r -> ResourceTree.withSets(r, sets)));
        };
    }

    private static Optional<Node> node(Configuration configuration, String uname) {
        return uname == null ? Optional.empty() : configuration.node(uname);
    }
}
