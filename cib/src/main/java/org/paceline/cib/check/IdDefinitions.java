package org.paceline.cib.check;

import java.util.ArrayList;
import java.util.List;

import org.paceline.cib.Alert;
import org.paceline.cib.AlertRecipient;
import org.paceline.cib.Configuration;
import org.paceline.cib.FencingLevel;
import org.paceline.cib.Node;
import org.paceline.cib.NvPair;
import org.paceline.cib.NvSet;
import org.paceline.cib.Tag;
import org.paceline.cib.access.AclPermission;
import org.paceline.cib.access.AclRole;
import org.paceline.cib.access.AclSubject;
import org.paceline.cib.constraints.Colocation;
import org.paceline.cib.constraints.Constraint;
import org.paceline.cib.constraints.Location;
import org.paceline.cib.constraints.Order;
import org.paceline.cib.constraints.ResourceSet;
import org.paceline.cib.constraints.TicketConstraint;
import org.paceline.cib.resources.Bundle;
import org.paceline.cib.resources.Clone;
import org.paceline.cib.resources.Group;
import org.paceline.cib.resources.Operation;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.resources.Resource;
import org.paceline.cib.resources.Template;
import org.paceline.cib.rules.AttributeExpression;
import org.paceline.cib.rules.DateExpression;
import org.paceline.cib.rules.Expression;
import org.paceline.cib.rules.OperationExpression;
import org.paceline.cib.rules.ResourceExpression;
import org.paceline.cib.rules.Rule;

/**
 * Every id a configuration defines, in document order, with what defines it and the
 * top-level object it belongs to (so that a problem deep inside can still be placed).
 */
final class IdDefinitions {
    /**
     * @param what  what the id names, in the user's words ("resource", "operation", ...)
     * @param owner the id of the enclosing top-level object, for placing problems
     */
    record Definition(String id, String what, String owner) {}

    private final List<Definition> definitions = new ArrayList<>();

    static List<Definition> of(Configuration configuration) {
        var walk = new IdDefinitions();
        walk.configuration(configuration);
        return walk.definitions;
    }

    private void configuration(Configuration c) {
        sets(c.clusterProperties(), null);
        for (Node node : c.nodes()) {
            // Node ids live in a namespace of their own: a remote node shares its id with
            // the resource that connects it.
            sets(node.sets(), node.id());
        }
        for (Template template : c.templates()) {
            define(template.id(), "template", template.id());
            sets(template.sets(), template.id());
            operations(template.operations(), template.id());
        }
        for (Resource resource : c.resources()) {
            resource(resource);
        }
        for (Constraint constraint : c.constraints()) {
            constraint(constraint);
        }
        for (FencingLevel level : c.fencingTopology()) {
            define(level.id(), "fencing level", level.id());
        }
        sets(c.resourceDefaults(), null);
        sets(c.operationDefaults(), null);
        for (Alert alert : c.alerts()) {
            define(alert.id(), "alert", alert.id());
            sets(alert.sets(), alert.id());
            for (AlertRecipient recipient : alert.recipients()) {
                define(recipient.id(), "alert recipient", alert.id());
                sets(recipient.sets(), alert.id());
            }
        }
        for (AclSubject subject : c.acls().subjects()) {
            define(subject.id(), subject.group() ? "ACL group" : "ACL target", subject.id());
        }
        for (AclRole role : c.acls().roles()) {
            define(role.id(), "ACL role", role.id());
            for (AclPermission permission : role.permissions()) {
                define(permission.id(), "ACL permission", role.id());
            }
        }
        for (Tag tag : c.tags()) {
            define(tag.id(), "tag", tag.id());
        }
    }

    private void resource(Resource resource) {
        String id = resource.id();
        switch (resource) {
            case Primitive p -> {
                define(id, "resource", id);
                operations(p.operations(), id);
            }
            case Group g -> define(id, "group", id);
            case Clone c -> define(id, c.promotable() ? "promotable clone" : "clone", id);
            case Bundle b -> define(id, "bundle", id);
        }
        sets(resource.sets(), id);
        for (Resource child : resource.children()) {
            resource(child);
        }
    }

    private void operations(List<Operation> operations, String owner) {
        for (Operation op : operations) {
            define(op.id(), "operation", owner);
            sets(op.sets(), owner);
        }
    }

    private void constraint(Constraint constraint) {
        String id = constraint.id();
        define(id, "constraint", id);
        if (constraint instanceof Location location) {
            for (Rule rule : location.rules()) {
                expression(rule, id);
            }
        }
        for (ResourceSet set : constraint.sets()) {
            define(set.id(), "resource set", id);
        }
        // The remaining kinds carry no nested ids beyond their sets.
        switch (constraint) {
            case Location l -> { }
            case Colocation c -> { }
            case Order o -> { }
            case TicketConstraint t -> { }
        }
    }

    private void sets(List<NvSet> sets, String owner) {
        for (NvSet set : sets) {
            String setOwner = owner == null ? set.id() : owner;
            define(set.id(), "attribute set", setOwner);
            for (Rule rule : set.rules()) {
                expression(rule, setOwner);
            }
            for (NvPair pair : set.pairs()) {
                define(pair.id(), "attribute", setOwner);
            }
        }
    }

    private void expression(Expression expression, String owner) {
        define(expression.id(), expression instanceof Rule ? "rule" : "rule expression", owner);
        switch (expression) {
            case Rule rule -> {
                for (Expression inner : rule.expressions()) {
                    expression(inner, owner);
                }
            }
            case DateExpression date -> {
                if (date.dateSpec() != null) {
                    define(date.dateSpec().id(), "date specification", owner);
                }
                if (date.duration() != null) {
                    define(date.duration().id(), "duration", owner);
                }
            }
            case AttributeExpression a -> { }
            case ResourceExpression r -> { }
            case OperationExpression o -> { }
        }
    }

    private void define(String id, String what, String owner) {
        if (id != null && !id.isEmpty()) {
            definitions.add(new Definition(id, what, owner == null ? id : owner));
        }
    }
}
