package org.paceline.cib.crm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.paceline.cib.constraints.Colocation;
import org.paceline.cib.constraints.Location;
import org.paceline.cib.constraints.Order;
import org.paceline.cib.constraints.ResourceSet;
import org.paceline.cib.constraints.TicketConstraint;
import org.paceline.cib.rules.Rule;

/** Prints {@code location}, {@code colocation}, {@code order} and {@code rsc_ticket} statements. */
final class ConstraintText {
    private static final Set<String> SET_OPTIONS = Set.of("sequential", "require-all", "action", "role", "score",
            "kind", "ordering");

    private ConstraintText() {}

    static CrmText location(WriterState state, Location location) {
        String label = "location " + TokenCursor.quote(location.id());
        state.noExtras(location.extras(), label);
        var text = head(state, "location", location.id(), label);
        int targets = (location.resource() != null ? 1 : 0) + (location.resourcePattern() != null ? 1 : 0)
                + (location.sets().isEmpty() ? 0 : 1);
        if (targets != 1) {
            state.unwritable(label, "names its resource by exactly one of: an id, a pattern or sets");
        }
        if (location.resource() != null) {
            text.append(resource(state, location.resource(), label));
        } else if (location.resourcePattern() != null) {
            String pattern = location.resourcePattern();
            if (pattern.codePoints().anyMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'')) {
                state.unwritable(label, "pattern " + TokenCursor.quote(pattern) + " cannot be written as one word");
            }
            text.append("/" + pattern + "/");
        } else if (!location.sets().isEmpty()) {
            text.append("{").append(sets(state, location.id(), location.sets(), "role", CrmWords.ROLES, label)
                    .toArray(String[]::new)).append("}");
        }
        if (location.role() != null) {
            RuleText.checkWord(state, location.role(), CrmWords.ROLES, label, "role");
            text.append(CrmText.option("role", location.role()));
        }
        if (location.resourceDiscovery() != null) {
            text.append(CrmText.option("resource-discovery", location.resourceDiscovery()));
        }
        if ((location.score() == null) != (location.node() == null)) {
            state.unwritable(label, "a score needs a node and a node a score in crm syntax");
        }
        if (location.score() != null) {
            score(state, location.score(), label);
            text.append(location.score() + ":", CrmText.word(String.valueOf(location.node())));
        }
        if (location.score() == null && location.rules().isEmpty()) {
            state.unwritable(label, "has neither a score for a node nor rules");
        }
        for (Rule rule : location.rules()) {
            text.line(1, RuleText.rule(state, rule, location.id(), label));
        }
        return text;
    }

    static CrmText colocation(WriterState state, Colocation colocation) {
        String label = "colocation " + TokenCursor.quote(colocation.id());
        state.noExtras(colocation.extras(), label);
        var text = head(state, "colocation", colocation.id(), label);
        if (colocation.score() == null) {
            state.unwritable(label, "a colocation without a score cannot be written in crm syntax");
        } else {
            score(state, colocation.score(), label);
            text.append(colocation.score() + ":");
        }
        if (colocation.sets().isEmpty()) {
            text.append(reference(state, colocation.resource(), colocation.resourceRole(), CrmWords.ROLES, label),
                    reference(state, colocation.withResource(), colocation.withResourceRole(), CrmWords.ROLES, label));
        } else {
            simpleAndSets(state, colocation.resource() != null || colocation.withResource() != null, label);
            List<String> words = sets(state, colocation.id(), colocation.sets(), "role", CrmWords.ROLES, label);
            notReadAsSimple(state, words, 2, label);
            text.append(words.toArray(String[]::new));
        }
        if (colocation.nodeAttribute() != null) {
            text.append(CrmText.option("node-attribute", colocation.nodeAttribute()));
        }
        return text;
    }

    static CrmText order(WriterState state, Order order) {
        String label = "order " + TokenCursor.quote(order.id());
        state.noExtras(order.extras(), label);
        var text = head(state, "order", order.id(), label);
        if (order.kind() != null && order.score() != null) {
            state.unwritable(label, "has both a kind and a score");
        }
        if (order.kind() != null) {
            RuleText.checkWord(state, order.kind(), CrmWords.ORDER_KINDS, label, "kind");
            text.append(order.kind() + ":");
        } else if (order.score() != null) {
            score(state, order.score(), label);
            text.append(order.score() + ":");
        }
        if (order.sets().isEmpty()) {
            text.append(reference(state, order.first(), order.firstAction(), CrmWords.ACTIONS, label),
                    reference(state, order.then(), order.thenAction(), CrmWords.ACTIONS, label));
        } else {
            simpleAndSets(state, order.first() != null || order.then() != null, label);
            List<String> words = sets(state, order.id(), order.sets(), "action", CrmWords.ACTIONS, label);
            notReadAsSimple(state, words, 2, label);
            text.append(words.toArray(String[]::new));
        }
        if (order.symmetrical() != null) {
            RuleText.checkWord(state, order.symmetrical(), Set.of("true", "false"), label, "symmetrical");
            text.append(CrmText.option("symmetrical", order.symmetrical()));
        }
        return text;
    }

    static CrmText ticket(WriterState state, TicketConstraint ticket) {
        String label = "rsc_ticket " + TokenCursor.quote(ticket.id());
        state.noExtras(ticket.extras(), label);
        var text = head(state, "rsc_ticket", ticket.id(), label);
        if (ticket.ticket() == null || CrmText.needsQuotes(ticket.ticket())) {
            state.unwritable(label, "ticket " + TokenCursor.quote(String.valueOf(ticket.ticket()))
                    + " cannot be written as one word");
        }
        text.append(ticket.ticket() + ":");
        if (ticket.sets().isEmpty()) {
            text.append(reference(state, ticket.resource(), ticket.resourceRole(), CrmWords.ROLES, label));
        } else {
            simpleAndSets(state, ticket.resource() != null, label);
            List<String> words = sets(state, ticket.id(), ticket.sets(), "role", CrmWords.ROLES, label);
            notReadAsSimple(state, words, 1, label);
            text.append(words.toArray(String[]::new));
        }
        if (ticket.lossPolicy() != null) {
            text.append(CrmText.option("loss-policy", ticket.lossPolicy()));
        }
        return text;
    }

    private static CrmText head(WriterState state, String keyword, String id, String label) {
        state.statementId(id);
        return new CrmText(keyword, CrmText.word(state.printable(id, label)));
    }

    private static void score(WriterState state, String score, String label) {
        if (!CrmWords.isScore(score)) {
            state.unwritable(label, "score " + TokenCursor.quote(score) + " is not a score crm syntax reads");
        }
    }

    private static String resource(WriterState state, String id, String label) {
        if (id == null || CrmText.needsQuotes(id)) {
            state.unwritable(label, "resource " + TokenCursor.quote(String.valueOf(id))
                    + " cannot be written as one word");
        }
        return String.valueOf(id);
    }

    /** {@code RSC} or {@code RSC:SUFFIX}. */
    private static String reference(WriterState state, String id, String suffix, Set<String> suffixes, String label) {
        String resource = resource(state, id, label);
        if (suffix == null) {
            return resource;
        }
        RuleText.checkWord(state, suffix, suffixes, label, "role or action");
        return resource + ":" + suffix;
    }

    private static void simpleAndSets(WriterState state, boolean simpleToo, String label) {
        if (simpleToo) {
            state.unwritable(label, "names resources both directly and in sets");
        }
    }

    /** Sets printed as bare words only, as many as a plain constraint has, would read back as one. */
    private static void notReadAsSimple(WriterState state, List<String> words, int plainCount, String label) {
        boolean bare = words.stream().noneMatch(w -> w.equals("(") || w.equals("["));
        if (bare && words.size() == plainCount) {
            state.unwritable(label, "its sets would read back as a constraint without sets; crm syntax cannot "
                    + "tell them apart");
        }
    }

    /** The sets as words: bare where the reader would make the same set from them, else bracketed. */
    private static List<String> sets(WriterState state, String constraintId, List<ResourceSet> sets, String suffixName,
                                     Set<String> suffixes, String label) {
        var words = new ArrayList<String>();
        ResourceSet previousBare = null;
        for (ResourceSet set : sets) {
            String setLabel = label + " set " + TokenCursor.quote(String.valueOf(set.id()));
            state.noExtras(set.extras(), setLabel);
            if (set.idRef() != null) {
                state.unwritable(setLabel, "a set that refers to another ($id-ref) cannot be written in crm syntax");
            }
            if (set.resources().isEmpty()) {
                state.unwritable(setLabel, "an empty set cannot be written in crm syntax");
            }
            var options = new LinkedHashMap<>(set.attributes().asMap());
            String suffix = options.remove(suffixName);
            // A set without options has a place for its id only in brackets, which make it
            // sequential=false: when displaying, its id is one crm syntax has no place for.
            WriterState.Decision id = state.display() && options.isEmpty()
                    ? new WriterState.Decision(state.implied(set.id(), IdConventions.resourceSet(constraintId),
                            setLabel), true)
                    : state.decide(set.id(), IdConventions.resourceSet(constraintId));
            boolean bare = id.leftOut() && options.isEmpty()
                    && (previousBare == null || !Objects.equals(previousBare.attribute(suffixName).orElse(null), suffix));
            if (bare) {
                for (String resource : set.resources()) {
                    words.add(reference(state, resource, suffix, suffixes, setLabel));
                }
                previousBare = set;
                continue;
            }
            previousBare = null;
            String open;
            if ("false".equals(options.get("sequential")) && "false".equals(options.get("require-all"))) {
                open = "[";
                options.remove("sequential");
                options.remove("require-all");
            } else if ("false".equals(options.get("sequential"))) {
                open = "(";
                options.remove("sequential");
            } else if (options.containsKey("sequential")) {
                open = "(";
            } else {
                state.unwritable(setLabel, "crm syntax brackets a set with options or its own id, which makes it "
                        + "sequential=false unless it says sequential=true; this set leaves sequential unset");
                open = "(";
            }
            words.add(open);
            words.addAll(id.words());
            for (String resource : set.resources()) {
                words.add(reference(state, resource, suffix, suffixes, setLabel));
            }
            options.forEach((name, value) -> {
                if (!SET_OPTIONS.contains(name)) {
                    state.unwritable(setLabel, "set option " + TokenCursor.quote(name) + " cannot be written");
                }
                words.add(CrmText.option(name, value));
            });
            words.add(open.equals("(") ? ")" : "]");
        }
        return words;
    }
}
