package org.paceline.node.store;

import org.paceline.cib.Configuration;

/** A section of the configuration that {@link CibUpdate.ReplaceSection} replaces, by its element name. */
public enum ConfigurationSection {
    CLUSTER_PROPERTIES("crm_config"),
    NODES("nodes"),
    RESOURCES("resources"),
    CONSTRAINTS("constraints"),
    RESOURCE_DEFAULTS("rsc_defaults"),
    OPERATION_DEFAULTS("op_defaults"),
    FENCING_TOPOLOGY("fencing-topology"),
    ALERTS("alerts"),
    ACLS("acls"),
    TAGS("tags");

    private final String element;

    ConfigurationSection(String element) {
        this.element = element;
    }

    /** The section's element in Pacemaker's XML ({@code cibadmin -o}'s argument). */
    public String element() {
        return element;
    }

    /** {@code into} with this section taken from {@code from}; every other section stays. */
    public Configuration copy(Configuration from, Configuration into) {
        var c = into;
        return switch (this) {
            case CLUSTER_PROPERTIES -> c.withClusterProperties(from.clusterProperties());
            case NODES -> c.withNodes(from.nodes());
            case RESOURCES -> new Configuration(c.clusterProperties(), c.nodes(), from.resources(),
                    from.templates(), c.constraints(), c.resourceDefaults(), c.operationDefaults(),
                    c.fencingTopology(), c.alerts(), c.acls(), c.tags(), c.extras());
            case CONSTRAINTS -> c.withConstraints(from.constraints());
            case RESOURCE_DEFAULTS -> new Configuration(c.clusterProperties(), c.nodes(), c.resources(),
                    c.templates(), c.constraints(), from.resourceDefaults(), c.operationDefaults(),
                    c.fencingTopology(), c.alerts(), c.acls(), c.tags(), c.extras());
            case OPERATION_DEFAULTS -> new Configuration(c.clusterProperties(), c.nodes(), c.resources(),
                    c.templates(), c.constraints(), c.resourceDefaults(), from.operationDefaults(),
                    c.fencingTopology(), c.alerts(), c.acls(), c.tags(), c.extras());
            case FENCING_TOPOLOGY -> new Configuration(c.clusterProperties(), c.nodes(), c.resources(),
                    c.templates(), c.constraints(), c.resourceDefaults(), c.operationDefaults(),
                    from.fencingTopology(), c.alerts(), c.acls(), c.tags(), c.extras());
            case ALERTS -> new Configuration(c.clusterProperties(), c.nodes(), c.resources(),
                    c.templates(), c.constraints(), c.resourceDefaults(), c.operationDefaults(),
                    c.fencingTopology(), from.alerts(), c.acls(), c.tags(), c.extras());
            case ACLS -> new Configuration(c.clusterProperties(), c.nodes(), c.resources(),
                    c.templates(), c.constraints(), c.resourceDefaults(), c.operationDefaults(),
                    c.fencingTopology(), c.alerts(), from.acls(), c.tags(), c.extras());
            case TAGS -> new Configuration(c.clusterProperties(), c.nodes(), c.resources(),
                    c.templates(), c.constraints(), c.resourceDefaults(), c.operationDefaults(),
                    c.fencingTopology(), c.alerts(), c.acls(), from.tags(), c.extras());
        };
    }
}
