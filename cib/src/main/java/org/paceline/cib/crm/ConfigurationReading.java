package org.paceline.cib.crm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import org.paceline.cib.Alert;
import org.paceline.cib.Attrs;
import org.paceline.cib.Configuration;
import org.paceline.cib.Extras;
import org.paceline.cib.FencingLevel;
import org.paceline.cib.Node;
import org.paceline.cib.NvSet;
import org.paceline.cib.Problem;
import org.paceline.cib.SetKind;
import org.paceline.cib.SourceMap;
import org.paceline.cib.Tag;
import org.paceline.cib.access.Acls;
import org.paceline.cib.constraints.Constraint;
import org.paceline.cib.resources.Template;

/**
 * One reading of a whole crm document: each statement in turn into the configuration's
 * lists, then resources linked into their groups and clones. A statement with a mistake
 * gives its first problem and is left out; the next statement is read all the same.
 */
final class ConfigurationReading {
    private final String file;
    private final IdSpace ids;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private final List<ResourceDeclaration> declarations = new ArrayList<>();
    private final List<Template> templates = new ArrayList<>();
    private final List<Constraint> constraints = new ArrayList<>();
    private final List<NvSet> clusterProperties = new ArrayList<>();
    private final List<NvSet> resourceDefaults = new ArrayList<>();
    private final List<NvSet> operationDefaults = new ArrayList<>();
    private final List<FencingLevel> fencingLevels = new ArrayList<>();
    private final FencingTopologySyntax fencing = new FencingTopologySyntax();
    private final List<Tag> tags = new ArrayList<>();
    private final List<Alert> alerts = new ArrayList<>();
    private Acls acls = Acls.NONE;
    private Extras extras = Extras.NONE;
    private Statement everyNodeFencing;

    /** @param reserved the ids the text writes out, known from an earlier reading */
    ConfigurationReading(String file, Set<String> reserved) {
        this.file = file;
        this.ids = new IdSpace(reserved);
    }

    ConfigurationReading read(List<Statement> statements) {
        for (Statement statement : statements) {
            if (statement.problem() != null) {
                problems.add(statement.problem());
            } else {
                ids.statementAt(statement.line(), statement.column());
                var cursor = new TokenCursor(file, statement);
                try {
                    statement(statement, new Reading(cursor, ids));
                } catch (CrmSyntaxError error) {
                    problems.add(error.problem());
                }
            }
        }
        return this;
    }

    /** Every id the text writes out. */
    Set<String> writtenIds() {
        return ids.written();
    }

    List<Problem> problems() {
        return problems;
    }

    SourceMap sourceMap() {
        return ids.sourceMap(file);
    }

    /** The configuration; also adds the problems of linking resources into problems(). */
    Configuration configuration() {
        var tree = ResourceTree.build(file, declarations, templates);
        problems.addAll(tree.problems());
        var levels = new ArrayList<>(fencingLevels);
        if (fencing.hasLevelsForEveryNode()) {
            ids.statementAt(everyNodeFencing.line(), everyNodeFencing.column());
            if (nodes.isEmpty()) {
                problems.add(new Problem(file, everyNodeFencing.line(), everyNodeFencing.column(),
                        "fencing_topology lists devices for every node, but no node statement names a node"));
            }
            levels.addAll(fencing.forEveryNode(ids, nodes.stream().map(Node::uname).toList()));
        }
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return new Configuration(clusterProperties, nodes, tree.resources(), templates, constraints,
                resourceDefaults, operationDefaults, levels, alerts, acls, tags, extras);
    }

    /** Adds what an {@code xml} statement holds, after what the statements before it gave. */
    private void add(Configuration part, Token at) {
        clusterProperties.addAll(part.clusterProperties());
        nodes.addAll(part.nodes());
        part.resources().forEach(resource -> declarations.add(new ResourceDeclaration.OfComplete(resource, at)));
        templates.addAll(part.templates());
        constraints.addAll(part.constraints());
        resourceDefaults.addAll(part.resourceDefaults());
        operationDefaults.addAll(part.operationDefaults());
        fencingLevels.addAll(part.fencingTopology());
        alerts.addAll(part.alerts());
        tags.addAll(part.tags());
        Acls more = part.acls();
        acls = new Acls(concat(acls.subjects(), more.subjects()), concat(acls.roles(), more.roles()),
                merge(acls.extras(), more.extras()));
        extras = merge(extras, part.extras());
    }

    private static Extras merge(Extras first, Extras second) {
        if (second.isEmpty()) {
            return first;
        }
        var attributes = new LinkedHashMap<>(first.attributes().asMap());
        second.attributes().asMap().forEach(attributes::putIfAbsent);
        return new Extras(Attrs.of(attributes), concat(first.children(), second.children()));
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        var all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private void statement(Statement statement, Reading reading) {
        TokenCursor cursor = reading.cursor();
        Token keyword = cursor.next("a statement");
        switch (keyword.quoted() ? "" : keyword.text()) {
            case "node" -> nodes.add(ClusterStatements.node(reading));
            case "primitive" -> declarations.add(ResourceStatements.primitive(reading));
            case "rsc_template" -> templates.add(ResourceStatements.template(reading));
            case "group" -> declarations.add(ResourceStatements.group(reading));
            case "clone" -> declarations.add(ResourceStatements.clone(reading, false));
            case "ms", "master" -> declarations.add(ResourceStatements.clone(reading, true));
            case "location" -> constraints.add(ConstraintStatements.location(reading));
            case "colocation", "collocation" -> constraints.add(ConstraintStatements.colocation(reading));
            case "order" -> constraints.add(ConstraintStatements.order(reading));
            case "rsc_ticket" -> constraints.add(ConstraintStatements.ticket(reading));
            case "property" -> ClusterStatements.nameValueStatement(reading, SetKind.CLUSTER_PROPERTY,
                    IdConventions.CLUSTER_PROPERTIES, clusterProperties);
            case "rsc_defaults" -> ClusterStatements.nameValueStatement(reading, SetKind.META,
                    IdConventions.RESOURCE_DEFAULTS, resourceDefaults);
            case "op_defaults" -> ClusterStatements.nameValueStatement(reading, SetKind.META,
                    IdConventions.OPERATION_DEFAULTS, operationDefaults);
            case "fencing_topology" -> {
                fencingLevels.addAll(fencing.read(reading));
                if (fencing.hasLevelsForEveryNode() && everyNodeFencing == null) {
                    everyNodeFencing = statement;
                }
            }
            case "tag" -> tags.add(ClusterStatements.tag(reading));
            case "alert" -> alerts.add(ClusterStatements.alert(reading));
            case "xml" -> add(XmlStatementSyntax.read(reading), keyword);
            default -> throw cursor.error(keyword, "unknown statement " + TokenCursor.quote(keyword.text())
                    + " (expected one of: " + CrmWords.expectedStatements() + ")");
        }
    }
}
