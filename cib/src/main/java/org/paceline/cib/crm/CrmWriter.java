package org.paceline.cib.crm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.paceline.cib.Alert;
import org.paceline.cib.Cib;
import org.paceline.cib.Configuration;
import org.paceline.cib.Node;
import org.paceline.cib.Parsed;
import org.paceline.cib.SetKind;
import org.paceline.cib.Tag;
import org.paceline.cib.constraints.Colocation;
import org.paceline.cib.constraints.Constraint;
import org.paceline.cib.constraints.Location;
import org.paceline.cib.constraints.Order;
import org.paceline.cib.constraints.TicketConstraint;
import org.paceline.cib.resources.Bundle;
import org.paceline.cib.resources.Clone;
import org.paceline.cib.resources.Group;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.resources.Resource;
import org.paceline.cib.resources.Template;

/**
 * Prints a CIB's configuration as canonical crm text, in the order of crmsh's
 * {@code configure show}: node, primitive and rsc_template, group, clone and ms, tag,
 * location, colocation, order, rsc_ticket, fencing_topology, property, rsc_defaults,
 * op_defaults, alert.
 *
 * <p>Ids the reader would make again are left out; other ids are written with
 * {@code $id=} where crm syntax has a place for them. What crm syntax cannot express
 * (unknown attributes or elements, ACLs, bundles, ids it has no place for) makes the
 * result invalid, one problem per object, rather than being dropped. The {@code cib}
 * element's attributes, the version and the status are not part of crm text.
 */
public final class CrmWriter {
    private static final int FREE_ROUNDS = 4;

    private CrmWriter() {}

    public static Parsed<String> write(Cib cib) {
        // Ids written out change which ids the reader makes: print again with them reserved
        // until a printing writes out exactly what it reserved. After a few rounds, reserve
        // the union instead: the set only grows then, so the loop ends.
        Set<String> reserved = Set.of();
        for (int round = 0; ; round++) {
            var state = new WriterState(reserved);
            String text = render(state, cib.configuration());
            if (state.writtenOut().equals(reserved)) {
                return state.problems().isEmpty() ? Parsed.valid(text) : Parsed.invalid(state.problems());
            }
            var next = new HashSet<>(state.writtenOut());
            if (round >= FREE_ROUNDS) {
                next.addAll(reserved);
            }
            reserved = next;
        }
    }

    private record Printed(String keyword, CrmText text) {}

    private static String render(WriterState state, Configuration configuration) {
        var printed = new ArrayList<Printed>();
        for (Node node : configuration.nodes()) {
            printed.add(new Printed("node", ClusterText.node(state, node)));
        }
        resources(state, configuration, printed);
        for (Tag tag : configuration.tags()) {
            printed.add(new Printed("tag", ClusterText.tag(state, tag)));
        }
        constraints(state, configuration.constraints(), printed);
        if (!configuration.fencingTopology().isEmpty()) {
            printed.add(new Printed("fencing_topology", ClusterText.fencingTopology(state,
                    configuration.fencingTopology())));
        }
        ClusterText.nameValueStatements(state, "property", configuration.clusterProperties(),
                SetKind.CLUSTER_PROPERTY, IdConventions.CLUSTER_PROPERTIES)
                .forEach(text -> printed.add(new Printed("property", text)));
        ClusterText.nameValueStatements(state, "rsc_defaults", configuration.resourceDefaults(), SetKind.META,
                IdConventions.RESOURCE_DEFAULTS).forEach(text -> printed.add(new Printed("rsc_defaults", text)));
        ClusterText.nameValueStatements(state, "op_defaults", configuration.operationDefaults(), SetKind.META,
                IdConventions.OPERATION_DEFAULTS).forEach(text -> printed.add(new Printed("op_defaults", text)));
        for (Alert alert : configuration.alerts()) {
            printed.add(new Printed("alert", ClusterText.alert(state, alert)));
        }
        if (!configuration.acls().isEmpty()) {
            state.unwritable("acls", "access control lists cannot be written in crm syntax by this writer");
        }
        state.noExtras(configuration.extras(), "configuration");
        return join(printed);
    }

    private static void resources(WriterState state, Configuration configuration, List<Printed> printed) {
        List<Resource> all = configuration.allResources().toList();
        for (Template template : configuration.templates()) {
            printed.add(new Printed("rsc_template", ResourceText.template(state, template)));
        }
        for (Resource resource : all) {
            if (resource instanceof Primitive primitive) {
                printed.add(new Printed("primitive", ResourceText.primitive(state, primitive)));
            } else if (resource instanceof Bundle bundle) {
                state.unwritable("bundle " + TokenCursor.quote(bundle.id()), "bundles cannot be written in crm syntax "
                        + "by this writer");
            }
        }
        for (Resource resource : all) {
            if (resource instanceof Group group) {
                printed.add(new Printed("group", ResourceText.group(state, group)));
            }
        }
        for (Resource resource : all) {
            if (resource instanceof Clone clone) {
                printed.add(new Printed("clone", ResourceText.clone(state, clone)));
            }
        }
    }

    private static void constraints(WriterState state, List<Constraint> constraints, List<Printed> printed) {
        for (Constraint constraint : constraints) {
            if (constraint instanceof Location location) {
                printed.add(new Printed("location", ConstraintText.location(state, location)));
            }
        }
        for (Constraint constraint : constraints) {
            if (constraint instanceof Colocation colocation) {
                printed.add(new Printed("colocation", ConstraintText.colocation(state, colocation)));
            }
        }
        for (Constraint constraint : constraints) {
            if (constraint instanceof Order order) {
                printed.add(new Printed("order", ConstraintText.order(state, order)));
            }
        }
        for (Constraint constraint : constraints) {
            if (constraint instanceof TicketConstraint ticket) {
                printed.add(new Printed("rsc_ticket", ConstraintText.ticket(state, ticket)));
            }
        }
    }

    /** Statements one after another; a blank line between them, except between one-line statements of a kind. */
    private static String join(List<Printed> printed) {
        var out = new StringBuilder();
        Printed previous = null;
        for (Printed statement : printed) {
            boolean together = previous != null && previous.keyword().equals(statement.keyword())
                    && previous.text().lineCount() == 1 && statement.text().lineCount() == 1;
            if (previous != null && !together) {
                out.append('\n');
            }
            out.append(statement.text().render());
            previous = statement;
        }
        return out.toString();
    }
}
