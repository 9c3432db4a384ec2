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

/**
 * Prints a CIB's configuration as crm text, in the order of crmsh's {@code configure
 * show}: node, primitive and rsc_template, group, clone and ms, tag, location,
 * colocation, order, rsc_ticket, fencing_topology, property, rsc_defaults, op_defaults,
 * alert. Top-level resources print primitives first, then groups, clones and bundles,
 * each kind in document order: the order reading the text back gives them.
 *
 * <p>Ids the reader would make again are left out; other ids are written with
 * {@code $id=} where crm syntax has a place for them. What crm syntax cannot express
 * (unknown attributes or elements, ACLs, bundles, ids it has no place for...) is, by
 * {@link Mode}, a problem or an {@code xml} statement. The {@code cib} element's
 * attributes, the version and the status are not part of crm text.
 */
public final class CrmWriter {
    private static final int FREE_ROUNDS = 4;
    /** The configuration's sections, which its extras may record as written empty. */
    private static final Set<String> SECTIONS = Set.of("crm_config", "nodes", "resources", "constraints",
            "fencing-topology", "op_defaults", "rsc_defaults", "alerts", "acls", "tags");

    /** How the writer treats what crm syntax cannot express. */
    public enum Mode {
        /**
         * Text that reads back to the same model: anything crm syntax cannot express, an id
         * included, makes the result invalid, one problem per object, rather than being dropped.
         */
        STRICT,
        /**
         * What {@code crm configure show} prints: ids crm syntax has no place for are left out
         * (the reader makes its own), and every statement crm syntax cannot express otherwise
         * is printed whole as {@code xml <ELEMENT .../>} on one line. Nothing but such ids is
         * lost, and empty elements that only record that a container was written empty
         * ({@code <operations/>}, {@code <rsc_defaults/>}), which hold nothing. Never invalid
         * for a CIB the XML reader read.
         */
        DISPLAY
    }

    private CrmWriter() {}

    /** The configuration as crm text that reads back to the same model ({@link Mode#STRICT}). */
    public static Parsed<String> write(Cib cib) {
        return write(cib, Mode.STRICT);
    }

    public static Parsed<String> write(Cib cib, Mode mode) {
        // Ids written out change which ids the reader makes: print again with them reserved
        // until a printing writes out exactly what it reserved. After a few rounds, reserve
        // the union instead: the set only grows then, so the loop ends.
        Set<String> reserved = Set.of();
        for (int round = 0; ; round++) {
            var state = new WriterState(reserved, mode);
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

    private static String render(WriterState state, Configuration configuration) {
        var printed = new ArrayList<CrmText>();
        for (Node node : configuration.nodes()) {
            printed.addAll(state.statement(() -> ClusterText.node(state, node), () -> ConfigurationPart.node(node)));
        }
        ResourceOrder.print(state, configuration, printed);
        for (Tag tag : configuration.tags()) {
            printed.addAll(state.statement(() -> ClusterText.tag(state, tag), () -> ConfigurationPart.tag(tag)));
        }
        constraints(state, configuration.constraints(), printed);
        printed.addAll(ClusterText.fencingTopology(state, configuration.fencingTopology()));
        printed.addAll(ClusterText.nameValueStatements(state, "property", configuration.clusterProperties(),
                SetKind.CLUSTER_PROPERTY, IdConventions.CLUSTER_PROPERTIES));
        printed.addAll(ClusterText.nameValueStatements(state, "rsc_defaults", configuration.resourceDefaults(),
                SetKind.META, IdConventions.RESOURCE_DEFAULTS));
        printed.addAll(ClusterText.nameValueStatements(state, "op_defaults", configuration.operationDefaults(),
                SetKind.META, IdConventions.OPERATION_DEFAULTS));
        for (Alert alert : configuration.alerts()) {
            printed.addAll(state.statement(() -> ClusterText.alert(state, alert), () -> ConfigurationPart.alert(alert)));
        }
        if (!configuration.acls().isEmpty()) {
            if (state.display()) {
                printed.addAll(state.xml(ConfigurationPart.acls(configuration.acls())));
            } else {
                state.unwritable("acls", "access control lists cannot be written in crm syntax by this writer");
            }
        }
        if (state.display()) {
            printed.addAll(state.xml(ConfigurationPart.extras(state.shown(configuration.extras(), SECTIONS))));
        } else {
            state.noExtras(configuration.extras(), "configuration");
        }
        return join(printed);
    }

    private static void constraints(WriterState state, List<Constraint> constraints, List<CrmText> printed) {
        for (Constraint constraint : constraints) {
            if (constraint instanceof Location location) {
                printed.addAll(state.statement(() -> ConstraintText.location(state, location),
                        () -> ConfigurationPart.constraint(location)));
            }
        }
        for (Constraint constraint : constraints) {
            if (constraint instanceof Colocation colocation) {
                printed.addAll(state.statement(() -> ConstraintText.colocation(state, colocation),
                        () -> ConfigurationPart.constraint(colocation)));
            }
        }
        for (Constraint constraint : constraints) {
            if (constraint instanceof Order order) {
                printed.addAll(state.statement(() -> ConstraintText.order(state, order),
                        () -> ConfigurationPart.constraint(order)));
            }
        }
        for (Constraint constraint : constraints) {
            if (constraint instanceof TicketConstraint ticket) {
                printed.addAll(state.statement(() -> ConstraintText.ticket(state, ticket),
                        () -> ConfigurationPart.constraint(ticket)));
            }
        }
    }

    /** Statements one after another; a blank line between them, except between one-line statements of a kind. */
    private static String join(List<CrmText> printed) {
        var out = new StringBuilder();
        CrmText previous = null;
        for (CrmText statement : printed) {
            boolean together = previous != null && previous.keyword().equals(statement.keyword())
                    && previous.lineCount() == 1 && statement.lineCount() == 1;
            if (previous != null && !together) {
                out.append('\n');
            }
            out.append(statement.render());
            previous = statement;
        }
        return out.toString();
    }
}
