package org.paceline.node.store;

import org.paceline.cib.SetKind;

/** Whose name/value sets a {@link CibUpdate.SetAttribute} or {@link CibUpdate.DeleteAttribute} edits. */
public sealed interface AttributeOwner {

    /** The kind of set the pairs live in. */
    default SetKind kind() {
        return switch (this) {
            case ClusterProperties o -> SetKind.CLUSTER_PROPERTY;
            case ResourceDefaults o -> SetKind.META;
            case OperationDefaults o -> SetKind.META;
            case NodeAttributes o -> SetKind.INSTANCE;
            case ResourceMeta o -> SetKind.META;
            case ResourceParameters o -> SetKind.INSTANCE;
        };
    }

    /** How problems name the owner: {@code resource "vip" meta attributes}. */
    default String description() {
        return switch (this) {
            case ClusterProperties o -> "cluster properties";
            case ResourceDefaults o -> "resource defaults";
            case OperationDefaults o -> "operation defaults";
            case NodeAttributes o -> "node \"" + o.node() + "\" attributes";
            case ResourceMeta o -> "resource \"" + o.resource() + "\" meta attributes";
            case ResourceParameters o -> "resource \"" + o.resource() + "\" parameters";
        };
    }

    /** The {@code crm_config} properties. */
    record ClusterProperties() implements AttributeOwner {}

    /** The {@code rsc_defaults} meta attributes. */
    record ResourceDefaults() implements AttributeOwner {}

    /** The {@code op_defaults} meta attributes. */
    record OperationDefaults() implements AttributeOwner {}

    /**
     * A configured node's permanent attributes (instance attributes in {@code nodes}).
     *
     * @param node the node's name (uname)
     */
    record NodeAttributes(String node) implements AttributeOwner {}

    /** A resource's meta attributes ({@code target-role}, {@code is-managed}, ...), at any depth. */
    record ResourceMeta(String resource) implements AttributeOwner {}

    /** A resource's instance attributes (the agent's parameters), at any depth. */
    record ResourceParameters(String resource) implements AttributeOwner {}
}
