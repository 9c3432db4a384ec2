package org.paceline.node.store;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.paceline.cib.NvSet;
import org.paceline.cib.resources.Bundle;
import org.paceline.cib.resources.Clone;
import org.paceline.cib.resources.Group;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.resources.Resource;

/**
 * The resources section as a tree: finding a resource's parent, and rebuilding the tree
 * with one resource changed or removed at any depth.
 */
final class ResourceTree {
    private ResourceTree() {}

    /** The resource whose direct child has this id; empty for a top-level or unknown id. */
    static Optional<Resource> parentOf(List<Resource> resources, String id) {
        return resources.stream().flatMap(Resource::selfAndDescendants)
                .filter(r -> r.children().stream().anyMatch(child -> id.equals(child.id())))
                .findFirst();
    }

    /**
     * Whether {@code child} may stand where {@code parent} holds one: a group holds
     * primitives, a clone a primitive or a group, a bundle a primitive.
     */
    static boolean fits(Resource parent, Resource child) {
        return switch (parent) {
            case Primitive p -> false;
            case Group g -> child instanceof Primitive;
            case Clone c -> child instanceof Primitive || child instanceof Group;
            case Bundle b -> child instanceof Primitive;
        };
    }

    /**
     * The tree with the resource of this id changed; the change must keep it fit for its
     * parent (see {@link #fits}).
     */
    static List<Resource> change(List<Resource> resources, String id, UnaryOperator<Resource> change) {
        return resources.stream().map(r -> changeIn(r, id, change)).toList();
    }

    /** The tree without the resource of this id; a clone's only child is not removed this way. */
    static List<Resource> remove(List<Resource> resources, String id) {
        return resources.stream().filter(r -> !id.equals(r.id())).map(r -> removeIn(r, id)).toList();
    }

    /** The resource with other sets, everything else kept. */
    static Resource withSets(Resource resource, List<NvSet> sets) {
        return switch (resource) {
            case Primitive p -> new Primitive(p.id(), p.resourceClass(), p.provider(), p.type(), p.template(),
                    p.description(), sets, p.operationsAttributes(), p.operations(), p.extras());
            case Group g -> new Group(g.id(), g.description(), g.members(), sets, g.extras());
            case Clone c -> new Clone(c.id(), c.description(), c.legacyMaster(), c.child(), sets, c.extras());
            case Bundle b -> new Bundle(b.id(), b.description(), b.containerKind(), b.containerAttributes(),
                    b.networkAttributes(), b.portMappings(), b.storageAttributes(), b.storageMappings(),
                    b.primitive(), sets, b.extras());
        };
    }

    private static Resource changeIn(Resource resource, String id, UnaryOperator<Resource> change) {
        if (id.equals(resource.id())) {
            return change.apply(resource);
        }
        return switch (resource) {
            case Primitive p -> p;
            case Group g -> new Group(g.id(), g.description(),
                    g.members().stream().map(m -> (Primitive) changeIn(m, id, change)).toList(), g.sets(), g.extras());
            case Clone c -> c.child() == null ? c
                    : new Clone(c.id(), c.description(), c.legacyMaster(), changeIn(c.child(), id, change),
                    c.sets(), c.extras());
            case Bundle b -> b.primitive() == null ? b : withPrimitive(b, (Primitive) changeIn(b.primitive(), id, change));
        };
    }

    private static Resource removeIn(Resource resource, String id) {
        return switch (resource) {
            case Primitive p -> p;
            case Group g -> new Group(g.id(), g.description(),
                    g.members().stream().filter(m -> !id.equals(m.id())).toList(), g.sets(), g.extras());
            case Clone c -> c.child() == null ? c
                    : new Clone(c.id(), c.description(), c.legacyMaster(), removeIn(c.child(), id), c.sets(), c.extras());
            case Bundle b -> b.primitive() == null ? b
                    : withPrimitive(b, id.equals(b.primitive().id()) ? null : b.primitive());
        };
    }

    private static Bundle withPrimitive(Bundle b, Primitive primitive) {
        return new Bundle(b.id(), b.description(), b.containerKind(), b.containerAttributes(),
                b.networkAttributes(), b.portMappings(), b.storageAttributes(), b.storageMappings(),
                primitive, b.sets(), b.extras());
    }
}
