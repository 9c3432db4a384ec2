package org.paceline.cib.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.paceline.cib.Configuration;
import org.paceline.cib.FencingLevel;
import org.paceline.cib.NvSet;
import org.paceline.cib.Tag;
import org.paceline.cib.access.AclSubject;
import org.paceline.cib.constraints.Constraint;
import org.paceline.cib.constraints.ResourceSet;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.resources.Resource;
import org.paceline.cib.resources.Template;
import org.paceline.cib.rules.Expression;
import org.paceline.cib.rules.Rule;

/** Every name that points somewhere points at something of the right kind. */
final class ReferenceCheck {
    private ReferenceCheck() {}

    static void run(Configuration config, Report report) {
        Set<String> allIds = IdDefinitions.of(config).stream().map(IdDefinitions.Definition::id)
                .collect(Collectors.toSet());
        Set<String> resources = config.allResources().map(Resource::id).collect(Collectors.toSet());
        Set<String> templates = config.templates().stream().map(Template::id).collect(Collectors.toSet());
        Set<String> tags = config.tags().stream().map(Tag::id).collect(Collectors.toSet());
        Set<String> constrainable = new HashSet<>(resources);
        constrainable.addAll(templates);
        constrainable.addAll(tags);

        for (Constraint constraint : config.constraints()) {
            for (String ref : constraint.resourceReferences()) {
                if (!constrainable.contains(ref)) {
                    report.error(constraint.id(), kind(constraint) + " \"" + constraint.id()
                            + "\": unknown resource \"" + ref + "\"");
                }
            }
            for (ResourceSet set : constraint.sets()) {
                idRef(set.idRef(), allIds, constraint.id(), "resource set", report);
            }
        }
        config.allResources().forEach(resource -> {
            if (resource instanceof Primitive p && p.template() != null && !templates.contains(p.template())) {
                report.error(p.id(), "resource \"" + p.id() + "\": unknown template \"" + p.template() + "\"");
            }
            sets(resource.sets(), resource.id(), allIds, report);
            if (resource instanceof Primitive p) {
                p.operations().forEach(op -> {
                    idRef(op.idRef(), allIds, p.id(), "operation", report);
                    sets(op.sets(), p.id(), allIds, report);
                });
            }
        });
        fencingDevices(config, report);
        for (Tag tag : config.tags()) {
            for (String ref : tag.references()) {
                if (!allIds.contains(ref)) {
                    report.error(tag.id(), "tag \"" + tag.id() + "\": unknown object \"" + ref + "\"");
                }
            }
        }
        Set<String> roles = config.acls().roles().stream().map(r -> r.id()).collect(Collectors.toSet());
        for (AclSubject subject : config.acls().subjects()) {
            for (String role : subject.roles()) {
                if (!roles.contains(role)) {
                    report.error(subject.id(), "ACL " + (subject.group() ? "group" : "target") + " \""
                            + subject.id() + "\": unknown role \"" + role + "\"");
                }
            }
        }
        sets(config.clusterProperties(), null, allIds, report);
        sets(config.resourceDefaults(), null, allIds, report);
        sets(config.operationDefaults(), null, allIds, report);
        config.nodes().forEach(node -> sets(node.sets(), node.id(), allIds, report));
    }

    private static void fencingDevices(Configuration config, Report report) {
        Set<String> devices = config.allResources()
                .filter(r -> r instanceof Primitive p && p.isFencingDevice()).map(Resource::id)
                .collect(Collectors.toSet());
        Set<String> resources = config.allResources().map(Resource::id).collect(Collectors.toSet());
        for (FencingLevel level : config.fencingTopology()) {
            List<String> listed = level.deviceList();
            if (listed.isEmpty()) {
                report.error(level.id(), "fencing level \"" + level.id() + "\": no devices");
            }
            for (String device : listed) {
                if (!resources.contains(device)) {
                    report.error(level.id(), "fencing level \"" + level.id() + "\" for " + target(level)
                            + ": unknown device \"" + device + "\"");
                } else if (!devices.contains(device)) {
                    report.error(level.id(), "fencing level \"" + level.id() + "\" for " + target(level)
                            + ": \"" + device + "\" is not a fencing device (class stonith)");
                }
            }
        }
    }

    private static void sets(List<NvSet> sets, String owner, Set<String> allIds, Report report) {
        for (NvSet set : sets) {
            String place = owner == null ? set.id() : owner;
            idRef(set.idRef(), allIds, place, "attribute set", report);
            set.pairs().forEach(pair -> idRef(pair.idRef(), allIds, place, "attribute", report));
            set.rules().forEach(rule -> rules(rule, place, allIds, report));
        }
    }

    private static void rules(Expression expression, String place, Set<String> allIds, Report report) {
        if (expression instanceof Rule rule) {
            idRef(rule.idRef(), allIds, place, "rule", report);
            rule.expressions().forEach(inner -> rules(inner, place, allIds, report));
        }
    }

    private static void idRef(String idRef, Set<String> allIds, String place, String what, Report report) {
        if (idRef != null && !allIds.contains(idRef)) {
            report.error(place, what + " refers to unknown id \"" + idRef + "\"");
        }
    }

    static String target(FencingLevel level) {
        if (level.target() != null) {
            return level.target();
        }
        if (level.targetPattern() != null) {
            return "nodes matching /" + level.targetPattern() + "/";
        }
        return "nodes with " + level.targetAttribute() + "=" + level.targetValue();
    }

    static String kind(Constraint constraint) {
        return switch (constraint) {
            case org.paceline.cib.constraints.Location l -> "location";
            case org.paceline.cib.constraints.Colocation c -> "colocation";
            case org.paceline.cib.constraints.Order o -> "order";
            case org.paceline.cib.constraints.TicketConstraint t -> "ticket constraint";
        };
    }
}
