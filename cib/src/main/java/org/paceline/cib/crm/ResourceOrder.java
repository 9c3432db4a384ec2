package org.paceline.cib.crm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.paceline.cib.Configuration;
import org.paceline.cib.resources.Bundle;
import org.paceline.cib.resources.Clone;
import org.paceline.cib.resources.Group;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.resources.Resource;
import org.paceline.cib.resources.Template;

/**
 * Prints templates and resources: {@code rsc_template}, {@code primitive}, {@code group},
 * {@code clone} and {@code ms} statements, and bundles and other resources crm syntax
 * cannot express as {@code xml} statements when displaying.
 *
 * <p>The reader keeps top-level resources in the order of their statements, so the
 * top-level resources are printed by kind (primitives, groups, clones, bundles), each
 * kind in document order, and every statement of a kind follows that order: the text
 * then reads back in the order it was printed from, and prints again the same.
 */
final class ResourceOrder {
    private ResourceOrder() {}

    static void print(WriterState state, Configuration configuration, List<CrmText> printed) {
        for (Template template : configuration.templates()) {
            printed.addAll(state.statement(() -> ResourceText.template(state, template),
                    () -> ConfigurationPart.template(template)));
        }
        List<Resource> top = inReadingOrder(configuration.resources());
        Set<Resource> whole = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Resource> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        if (state.display()) {
            top.forEach(resource -> decideWhole(state, resource, whole, inside));
        }
        List<Resource> all = top.stream().flatMap(Resource::selfAndDescendants)
                .filter(resource -> !inside.contains(resource)).toList();
        for (Resource resource : all) {
            if (resource instanceof Primitive primitive) {
                printed.addAll(state.statement(() -> ResourceText.primitive(state, primitive),
                        () -> ConfigurationPart.resource(primitive)));
            }
        }
        for (Resource resource : all) {
            if (resource instanceof Group group) {
                printed.addAll(collective(state, group, whole, () -> ResourceText.group(state, group)));
            }
        }
        for (Resource resource : all) {
            if (resource instanceof Clone clone) {
                printed.addAll(collective(state, clone, whole, () -> ResourceText.clone(state, clone)));
            }
        }
        for (Resource resource : all) {
            if (resource instanceof Bundle bundle) {
                if (state.display()) {
                    printed.addAll(state.xml(ConfigurationPart.resource(bundle)));
                } else {
                    state.unwritable("bundle " + TokenCursor.quote(bundle.id()), "bundles cannot be written in crm "
                            + "syntax by this writer");
                }
            }
        }
    }

    /** Top-level resources in the order reading their statements back gives: by kind, then document order. */
    static List<Resource> inReadingOrder(List<Resource> resources) {
        var ordered = new ArrayList<>(resources);
        // List.sort is stable: resources of one kind keep document order.
        ordered.sort(Comparator.comparingInt(ResourceOrder::kindRank));
        return ordered;
    }

    private static int kindRank(Resource resource) {
        return switch (resource) {
            case Primitive p -> 0;
            case Group g -> 1;
            case Clone c -> 2;
            case Bundle b -> 3;
        };
    }

    private static List<CrmText> collective(WriterState state, Resource resource, Set<Resource> whole,
                                            Supplier<CrmText> crm) {
        if (whole.contains(resource)) {
            return state.xml(ConfigurationPart.resource(resource));
        }
        return state.statement(crm, () -> ConfigurationPart.resource(resource));
    }

    /**
     * Decides, top down, which groups and clones crm syntax cannot express: such a one is
     * printed whole as XML, what it holds inside it. Its members and child are printed as
     * statements of their own otherwise, so they are decided on their own.
     */
    private static void decideWhole(WriterState state, Resource resource, Set<Resource> whole, Set<Resource> inside) {
        boolean xml = switch (resource) {
            case Primitive p -> false;
            case Bundle b -> true;
            case Group g -> fails(state, () -> ResourceText.group(state, g));
            case Clone c -> fails(state, () -> ResourceText.clone(state, c))
                    || c.child() instanceof Clone || c.child() instanceof Bundle;
        };
        if (xml) {
            whole.add(resource);
            resource.children().forEach(child -> child.selfAndDescendants().forEach(inside::add));
        } else {
            resource.children().forEach(child -> decideWhole(state, child, whole, inside));
        }
    }

    /** Whether crm syntax cannot express the statement; what printing it did is undone either way. */
    private static boolean fails(WriterState state, Supplier<CrmText> print) {
        WriterState.Mark mark = state.mark();
        print.get();
        boolean failed = state.failedSince(mark);
        state.rollback(mark);
        return failed;
    }
}
