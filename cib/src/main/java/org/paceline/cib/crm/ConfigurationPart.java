package org.paceline.cib.crm;

import java.util.List;

import org.paceline.cib.Alert;
import org.paceline.cib.Configuration;
import org.paceline.cib.Extras;
import org.paceline.cib.FencingLevel;
import org.paceline.cib.Node;
import org.paceline.cib.NvSet;
import org.paceline.cib.Tag;
import org.paceline.cib.access.Acls;
import org.paceline.cib.constraints.Constraint;
import org.paceline.cib.resources.Resource;
import org.paceline.cib.resources.Template;

/**
 * A configuration that holds one object and nothing else: what one {@code xml}
 * statement prints, and what reading it gives back.
 */
final class ConfigurationPart {
    private ConfigurationPart() {}

    static Configuration node(Node node) {
        return Configuration.EMPTY.withNodes(List.of(node));
    }

    static Configuration resource(Resource resource) {
        return Configuration.EMPTY.withResources(List.of(resource));
    }

    static Configuration template(Template template) {
        return of(List.of(), List.of(template), List.of(), List.of(), List.of(), List.of(), List.of(), Acls.NONE,
                List.of(), Extras.NONE);
    }

    static Configuration constraint(Constraint constraint) {
        return Configuration.EMPTY.withConstraints(List.of(constraint));
    }

    static Configuration tag(Tag tag) {
        return of(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Acls.NONE,
                List.of(tag), Extras.NONE);
    }

    static Configuration alert(Alert alert) {
        return of(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(alert), Acls.NONE,
                List.of(), Extras.NONE);
    }

    static Configuration fencingLevel(FencingLevel level) {
        return of(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(level), List.of(), Acls.NONE,
                List.of(), Extras.NONE);
    }

    static Configuration acls(Acls acls) {
        return of(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), acls, List.of(),
                Extras.NONE);
    }

    static Configuration extras(Extras extras) {
        return of(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Acls.NONE, List.of(),
                extras);
    }

    /**
     * A set of {@code property}, {@code rsc_defaults} or {@code op_defaults}, told apart by
     * the statement's keyword since their sets can be of one kind.
     */
    static Configuration nameValueSet(String keyword, NvSet set) {
        List<NvSet> one = List.of(set);
        return switch (keyword) {
            case "property" -> Configuration.EMPTY.withClusterProperties(one);
            case "rsc_defaults" -> of(List.of(), List.of(), List.of(), one, List.of(), List.of(), List.of(),
                    Acls.NONE, List.of(), Extras.NONE);
            case "op_defaults" -> of(List.of(), List.of(), List.of(), List.of(), one, List.of(), List.of(),
                    Acls.NONE, List.of(), Extras.NONE);
            default -> throw new IllegalStateException("no configuration section holds the sets of " + keyword);
        };
    }

    private static Configuration of(List<NvSet> clusterProperties, List<Template> templates,
                                    List<Constraint> constraints, List<NvSet> resourceDefaults,
                                    List<NvSet> operationDefaults, List<FencingLevel> fencingTopology,
                                    List<Alert> alerts, Acls acls, List<Tag> tags, Extras extras) {
        return new Configuration(clusterProperties, List.of(), List.of(), templates, constraints, resourceDefaults,
                operationDefaults, fencingTopology, alerts, acls, tags, extras);
    }
}
