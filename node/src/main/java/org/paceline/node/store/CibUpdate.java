package org.paceline.node.store;

import org.paceline.cib.Cib;
import org.paceline.cib.Configuration;
import org.paceline.cib.Parsed;
import org.paceline.cib.constraints.Constraint;
import org.paceline.cib.resources.Resource;
import org.paceline.cib.status.OperationRecord;

/**
 * One change a client asks of the CIB, applied whole or not at all.
 *
 * <p>Configuration changes bump the epoch; status changes (operation history, transient
 * attributes, node state) bump num_updates. Fields are raw values as Pacemaker writes
 * them; a null where a value is needed is a rejected update, never an exception.
 */
public sealed interface CibUpdate {

    /**
     * The CIB with this update applied, exactly as the store applies it (version bumped,
     * the same copy when nothing changes), or the problems that refuse it. Lets a part
     * that writes through the store (the controller) see its own writes before they
     * come back committed.
     */
    default Parsed<Cib> applyTo(Cib cib) {
        return CibUpdates.apply(cib, this);
    }

    /** Whether this update changes the configuration (epoch) rather than the status (num_updates). */
    default boolean changesConfiguration() {
        return switch (this) {
            case ReplaceConfiguration u -> true;
            case ReplaceSection u -> true;
            case SetAttribute u -> true;
            case DeleteAttribute u -> true;
            case AddResource u -> true;
            case ReplaceResource u -> true;
            case DeleteResource u -> true;
            case AddConstraint u -> true;
            case ReplaceConstraint u -> true;
            case DeleteConstraint u -> true;
            case RecordOperation u -> false;
            case ForgetResourceHistory u -> false;
            case SetTransientAttribute u -> false;
            case DeleteTransientAttribute u -> false;
            case ClearTransientAttributes u -> false;
            case UpdateNodeState u -> false;
            case SetCibAttribute u -> false;
        };
    }

    /** The whole configuration section replaced ({@code cibadmin --replace -o configuration}). */
    record ReplaceConfiguration(Configuration configuration) implements CibUpdate {}

    /** One section of the configuration replaced by the same section of {@code source}. */
    record ReplaceSection(ConfigurationSection section, Configuration source) implements CibUpdate {}

    /**
     * A name/value pair set, as {@code crm_attribute} and {@code crm_resource --meta} do.
     *
     * @param setId the set to write into, created when absent; null to update the one pair
     *              of that name, or to add to the owner's first plain set (created with
     *              Pacemaker's default id when there is none)
     */
    record SetAttribute(AttributeOwner owner, String setId, String name, String value) implements CibUpdate {}

    /**
     * A name/value pair removed; removing one that is not there changes nothing.
     *
     * @param setId the set to remove it from, or null for every set of the owner
     */
    record DeleteAttribute(AttributeOwner owner, String setId, String name) implements CibUpdate {}

    /** A new top-level resource, appended after the others. */
    record AddResource(Resource resource) implements CibUpdate {}

    /** The resource with the same id, at any depth, replaced where it stands. */
    record ReplaceResource(Resource resource) implements CibUpdate {}

    /** A resource removed with its children; refused while a constraint or tag names it. */
    record DeleteResource(String id) implements CibUpdate {}

    /** A new constraint, appended; every resource it names must exist. */
    record AddConstraint(Constraint constraint) implements CibUpdate {}

    /** The constraint with the same id replaced where it stands. */
    record ReplaceConstraint(Constraint constraint) implements CibUpdate {}

    /** A constraint removed. */
    record DeleteConstraint(String id) implements CibUpdate {}

    /**
     * An operation result recorded in a node's history, replacing the entry of the same key
     * as Pacemaker does ({@code <resource>_last_0}, {@code <resource>_last_failure_0},
     * {@code <resource>_<operation>_<intervalMillis>}); the store sets the record's id.
     *
     * @param node          the node's name (uname)
     * @param resourceClass the agent's class, used when the resource has no history on the node yet
     */
    record RecordOperation(String node, String resource, String resourceClass, String provider, String type,
                           OperationRecord result) implements CibUpdate {}

    /** A resource's whole history on a node removed, as a cleanup does; nothing when there is none. */
    record ForgetResourceHistory(String node, String resource) implements CibUpdate {}

    /** A node's transient attribute set (Pacemaker's {@code status-<nodeid>} set). */
    record SetTransientAttribute(String node, String name, String value) implements CibUpdate {}

    /** A node's transient attribute removed; nothing when it is not there. */
    record DeleteTransientAttribute(String node, String name) implements CibUpdate {}

    /** All of a node's transient attributes removed, as when it leaves the cluster. */
    record ClearTransientAttributes(String node) implements CibUpdate {}

    /**
     * An attribute of the {@code cib} element itself that the DC keeps: {@code crm_feature_set}
     * (without it Pacemaker's scheduler reads only legacy fail counts), {@code dc-uuid},
     * {@code have-quorum}. Never a version attribute: the store owns those.
     */
    record SetCibAttribute(String name, String value) implements CibUpdate {}

    /**
     * A node's membership fields in {@code node_state}; a null field is left as it is.
     *
     * @param nodeId the id to give a node_state created now, or null for the configured
     *               node's id (the name when the node is not configured)
     */
    record UpdateNodeState(String node, String nodeId, String inCcm, String crmd, String join, String expected)
            implements CibUpdate {}
}
