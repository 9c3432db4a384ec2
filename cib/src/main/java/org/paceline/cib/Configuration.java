package org.paceline.cib;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.paceline.cib.access.Acls;
import org.paceline.cib.constraints.Constraint;
import org.paceline.cib.resources.Resource;
import org.paceline.cib.resources.Template;

/**
 * The configuration section: what the administrator said, as opposed to the status
 * the cluster observed. Lists keep document order, which Pacemaker gives meaning to
 * (resources are placed in that order when scores tie).
 *
 * @param clusterProperties the {@code crm_config} sets
 * @param extras            unknown children of {@code configuration}
 */
public record Configuration(
        List<NvSet> clusterProperties,
        List<Node> nodes,
        List<Resource> resources,
        List<Template> templates,
        List<Constraint> constraints,
        List<NvSet> resourceDefaults,
        List<NvSet> operationDefaults,
        List<FencingLevel> fencingTopology,
        List<Alert> alerts,
        Acls acls,
        List<Tag> tags,
        Extras extras) {

    public static final Configuration EMPTY = new Configuration(
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), Acls.NONE, List.of(), Extras.NONE);

    public Configuration {
        clusterProperties = List.copyOf(clusterProperties);
        nodes = List.copyOf(nodes);
        resources = List.copyOf(resources);
        templates = List.copyOf(templates);
        constraints = List.copyOf(constraints);
        resourceDefaults = List.copyOf(resourceDefaults);
        operationDefaults = List.copyOf(operationDefaults);
        fencingTopology = List.copyOf(fencingTopology);
        alerts = List.copyOf(alerts);
        acls = acls == null ? Acls.NONE : acls;
        tags = List.copyOf(tags);
        extras = extras == null ? Extras.NONE : extras;
    }

    /** Every resource at any depth (groups' members, clones' children), parents first. */
    public Stream<Resource> allResources() {
        return resources.stream().flatMap(Resource::selfAndDescendants);
    }

    public Optional<Resource> resource(String id) {
        return allResources().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<Node> node(String uname) {
        return nodes.stream().filter(n -> uname.equals(n.uname())).findFirst();
    }

    /**
     * A cluster property by name, also under its older name, from the first set that
     * has it (rules deciding between sets are the scheduler's business).
     */
    public Optional<String> clusterProperty(ClusterOption option) {
        for (NvSet set : clusterProperties) {
            for (String name : option.names()) {
                Optional<String> value = set.value(name);
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    public Configuration withResources(List<Resource> newResources) {
        return new Configuration(clusterProperties, nodes, newResources, templates, constraints,
                resourceDefaults, operationDefaults, fencingTopology, alerts, acls, tags, extras);
    }

    public Configuration withConstraints(List<Constraint> newConstraints) {
        return new Configuration(clusterProperties, nodes, resources, templates, newConstraints,
                resourceDefaults, operationDefaults, fencingTopology, alerts, acls, tags, extras);
    }

    public Configuration withNodes(List<Node> newNodes) {
        return new Configuration(clusterProperties, newNodes, resources, templates, constraints,
                resourceDefaults, operationDefaults, fencingTopology, alerts, acls, tags, extras);
    }

    public Configuration withClusterProperties(List<NvSet> newSets) {
        return new Configuration(newSets, nodes, resources, templates, constraints,
                resourceDefaults, operationDefaults, fencingTopology, alerts, acls, tags, extras);
    }
}
