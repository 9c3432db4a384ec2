package org.paceline.cib.crm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.paceline.cib.Problem;
import org.paceline.cib.resources.Bundle;
import org.paceline.cib.resources.Clone;
import org.paceline.cib.resources.Group;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.resources.Resource;
import org.paceline.cib.resources.Template;

/**
 * Builds the resource tree from resource statements: each group takes in its members
 * and each clone its child, wherever in the text they are defined. What no group or
 * clone takes in stays at the top, in the order of its statement.
 */
final class ResourceTree {
    private final String file;
    private final Map<String, ResourceDeclaration> byId = new LinkedHashMap<>();
    /** Which statement took each resource in, by its id. */
    private final Map<String, String> parentOf = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private ResourceTree(String file) {
        this.file = file;
    }

    /** The resources and templates of a document, and the problems of linking them. */
    record Result(List<Resource> resources, List<Problem> problems) {}

    static Result build(String file, List<ResourceDeclaration> declarations, List<Template> templates) {
        var tree = new ResourceTree(file);
        for (ResourceDeclaration declaration : declarations) {
            tree.byId.putIfAbsent(declaration.id(), declaration);
        }
        tree.checkTemplates(declarations, templates.stream().map(Template::id).collect(Collectors.toSet()));
        return tree.link(declarations);
    }

    private void checkTemplates(List<ResourceDeclaration> declarations, Set<String> templateIds) {
        for (ResourceDeclaration declaration : declarations) {
            if (declaration instanceof ResourceDeclaration.OfPrimitive p && p.template() != null
                    && !templateIds.contains(p.primitive().template())) {
                problem(p.template(), "primitive " + TokenCursor.quote(p.id()) + ": unknown template "
                        + TokenCursor.quote(p.primitive().template()) + " (define it with rsc_template)");
            }
        }
    }

    private Result link(List<ResourceDeclaration> declarations) {
        var members = new HashMap<String, List<Primitive>>();
        for (ResourceDeclaration declaration : declarations) {
            if (declaration instanceof ResourceDeclaration.OfGroup group) {
                var taken = new ArrayList<Primitive>();
                for (Token member : group.members()) {
                    ResourceDeclaration memberDeclaration = take(member, group.id(), "group");
                    if (memberDeclaration instanceof ResourceDeclaration.OfPrimitive p) {
                        taken.add(p.primitive());
                    } else if (memberDeclaration instanceof ResourceDeclaration.OfComplete c
                            && c.resource() instanceof Primitive primitive) {
                        taken.add(primitive);
                    } else if (memberDeclaration != null) {
                        problem(member, "group " + TokenCursor.quote(group.id()) + ": "
                                + TokenCursor.quote(member.text()) + " is not a primitive (a group holds primitives only)");
                    }
                }
                members.put(group.id(), taken);
            }
        }
        var children = new HashMap<String, ResourceDeclaration>();
        for (ResourceDeclaration declaration : declarations) {
            if (declaration instanceof ResourceDeclaration.OfClone clone) {
                ResourceDeclaration child = take(clone.child(), clone.id(), clone.legacyMaster() ? "ms" : "clone");
                if (child instanceof ResourceDeclaration.OfClone || isComplete(child, Clone.class)) {
                    problem(clone.child(), (clone.legacyMaster() ? "ms " : "clone ") + TokenCursor.quote(clone.id())
                            + ": cannot hold " + TokenCursor.quote(child.id()) + ", which is itself a clone");
                } else if (isComplete(child, Bundle.class)) {
                    problem(clone.child(), (clone.legacyMaster() ? "ms " : "clone ") + TokenCursor.quote(clone.id())
                            + ": cannot hold " + TokenCursor.quote(child.id()) + ", which is a bundle");
                } else if (child != null) {
                    children.put(clone.id(), child);
                }
            }
        }
        var top = new ArrayList<Resource>();
        for (ResourceDeclaration declaration : declarations) {
            if (!parentOf.containsKey(declaration.id()) && byId.get(declaration.id()) == declaration) {
                top.add(resource(declaration, members, children));
            }
        }
        return new Result(top, problems);
    }

    /** Takes the named resource into {@code parentId}; null (with a problem) when it cannot be. */
    private ResourceDeclaration take(Token reference, String parentId, String parentKind) {
        ResourceDeclaration declaration = byId.get(reference.text());
        String prefix = parentKind + " " + TokenCursor.quote(parentId) + ": ";
        if (declaration == null) {
            problem(reference, prefix + "unknown resource " + TokenCursor.quote(reference.text()));
            return null;
        }
        if (declaration.id().equals(parentId)) {
            problem(reference, prefix + "cannot hold itself");
            return null;
        }
        String earlier = parentOf.putIfAbsent(declaration.id(), parentId);
        if (earlier != null) {
            problem(reference, prefix + TokenCursor.quote(reference.text()) + " is already in "
                    + TokenCursor.quote(earlier));
            return null;
        }
        return declaration;
    }

    private Resource resource(ResourceDeclaration declaration, Map<String, List<Primitive>> members,
                              Map<String, ResourceDeclaration> children) {
        return switch (declaration) {
            case ResourceDeclaration.OfPrimitive p -> p.primitive();
            case ResourceDeclaration.OfGroup g ->
                    new Group(g.id(), g.description(), members.getOrDefault(g.id(), List.of()), g.sets(), null);
            case ResourceDeclaration.OfClone c -> {
                ResourceDeclaration child = children.get(c.id());
                Resource childResource = child == null ? null : resource(child, members, children);
                yield new Clone(c.id(), c.description(), c.legacyMaster(), childResource, c.sets(), null);
            }
            case ResourceDeclaration.OfComplete c -> c.resource();
        };
    }

    private static boolean isComplete(ResourceDeclaration declaration, Class<? extends Resource> kind) {
        return declaration instanceof ResourceDeclaration.OfComplete c && kind.isInstance(c.resource());
    }

    private void problem(Token at, String message) {
        problems.add(new Problem(file, at.line(), at.column(), message));
    }
}
