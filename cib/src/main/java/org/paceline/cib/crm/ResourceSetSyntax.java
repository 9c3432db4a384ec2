package org.paceline.cib.crm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.paceline.cib.Attrs;
import org.paceline.cib.constraints.ResourceSet;

/**
 * Reads the resources of a constraint: {@code RSC[:SUFFIX]} words, {@code ( ... )} sets
 * (sequential=false) and {@code [ ... ]} sets (sequential=false, require-all=false). A
 * bracketed set may carry its own options ({@code sequential=true}, {@code score=..},
 * {@code $id=..}). Consecutive bare words with the same suffix form one sequential set.
 * The suffix is a role in colocations and tickets, an action in orders.
 */
final class ResourceSetSyntax {
    private static final Set<String> SET_OPTIONS = Set.of("sequential", "require-all", "action", "role", "score",
            "kind", "ordering");

    private ResourceSetSyntax() {}

    /** A resource written bare or a bracketed set. */
    sealed interface Item permits Bare, Bracketed {}

    /** A resource written bare, with its suffix (or null). */
    record Bare(Token token, String resource, String suffix) implements Item {}

    /** A bracketed set, its id not yet made. */
    record Bracketed(String writtenId, Attrs attributes, List<String> resources) implements Item {}

    /** What was read: bare words and bracketed sets in text order. */
    record Items(List<Item> items) {
        boolean bareOnly() {
            return items.stream().allMatch(i -> i instanceof Bare);
        }

        List<Bare> bare() {
            return items.stream().map(Bare.class::cast).toList();
        }
    }

    /**
     * Reads items up to a {@code NAME=VALUE} word, a closing brace or the end.
     *
     * @param suffixName "role" or "action"
     * @param suffixes   the words a suffix may be
     */
    static Items read(Reading reading, String suffixName, Set<String> suffixes) {
        TokenCursor cursor = reading.cursor();
        var items = new ArrayList<Item>();
        while (!cursor.atEnd() && !cursor.nextMatches(Token::isPair) && !cursor.nextIs("}")) {
            Token token = cursor.next("a resource");
            if (token.is("(") || token.is("[")) {
                items.add(bracketed(reading, token, suffixName, suffixes));
            } else if (token.is(")") || token.is("]")) {
                throw cursor.error(token, "unbalanced " + TokenCursor.quote(token.text()) + " (no set is open)");
            } else if (token.endsWithColon() || token.is("{")) {
                throw cursor.error(token, "unexpected " + TokenCursor.quote(token.text()) + " (expected a resource)");
            } else {
                items.add(bare(cursor, token, suffixName, suffixes));
            }
        }
        if (items.isEmpty()) {
            throw cursor.unexpected("resources");
        }
        return new Items(items);
    }

    /** The sets the items stand for, with ids made from the constraint's id in order. */
    static List<ResourceSet> sets(Reading reading, String constraintId, Items items, String suffixName) {
        var sets = new ArrayList<ResourceSet>();
        var run = new ArrayList<Bare>();
        for (Item item : items.items()) {
            if (item instanceof Bare bare) {
                if (!run.isEmpty() && !java.util.Objects.equals(run.getFirst().suffix(), bare.suffix())) {
                    sets.add(bareSet(reading, constraintId, run, suffixName));
                    run.clear();
                }
                run.add(bare);
            } else {
                if (!run.isEmpty()) {
                    sets.add(bareSet(reading, constraintId, run, suffixName));
                    run.clear();
                }
                var set = (Bracketed) item;
                String id = reading.idOr(set.writtenId(), IdConventions.resourceSet(constraintId));
                sets.add(new ResourceSet(id, null, set.attributes(), set.resources(), null));
            }
        }
        if (!run.isEmpty()) {
            sets.add(bareSet(reading, constraintId, run, suffixName));
        }
        return sets;
    }

    private static ResourceSet bareSet(Reading reading, String constraintId, List<Bare> run, String suffixName) {
        String id = reading.ids().make(IdConventions.resourceSet(constraintId));
        Attrs attributes = Attrs.of(suffixName, run.getFirst().suffix());
        return new ResourceSet(id, null, attributes, run.stream().map(Bare::resource).toList(), null);
    }

    static Bare bare(TokenCursor cursor, Token token, String suffixName, Set<String> suffixes) {
        String text = token.text();
        int colon = token.quoted() ? -1 : text.indexOf(':');
        if (colon < 0) {
            return new Bare(token, text, null);
        }
        String resource = text.substring(0, colon);
        String suffix = text.substring(colon + 1);
        if (resource.isEmpty()) {
            throw cursor.error(token, "missing the resource before " + TokenCursor.quote(":" + suffix));
        }
        if (!suffixes.contains(suffix)) {
            throw cursor.error(token, "unknown " + suffixName + " " + TokenCursor.quote(suffix) + " (expected one of: "
                    + String.join(", ", RuleSyntax.sorted(suffixes)) + ")");
        }
        return new Bare(token, resource, suffix);
    }

    private static Bracketed bracketed(Reading reading, Token open, String suffixName, Set<String> suffixes) {
        TokenCursor cursor = reading.cursor();
        String close = open.is("(") ? ")" : "]";
        var attributes = new LinkedHashMap<String, String>();
        attributes.put("sequential", "false");
        if (open.is("[")) {
            attributes.put("require-all", "false");
        }
        var explicit = new LinkedHashMap<String, String>();
        String writtenId = null;
        String suffix = null;
        var resources = new ArrayList<String>();
        while (true) {
            if (cursor.atEnd()) {
                throw cursor.error(open, "unbalanced " + TokenCursor.quote(open.text()) + " (missing "
                        + TokenCursor.quote(close) + ")");
            }
            Token token = cursor.next("a resource");
            if (token.is(close)) {
                break;
            }
            if (token.is(")") || token.is("]") || token.is("(") || token.is("[") || token.is("{") || token.is("}")) {
                throw cursor.error(token, "unbalanced " + TokenCursor.quote(token.text()) + " inside "
                        + TokenCursor.quote(open.text()) + " (expected " + TokenCursor.quote(close) + ")");
            }
            if (token.isPair("$id")) {
                writtenId = reading.writtenId(token, token.value());
            } else if (token.isPair()) {
                if (!SET_OPTIONS.contains(token.name())) {
                    throw cursor.error(token, "unknown set option " + TokenCursor.quote(token.name())
                            + " (expected one of: " + String.join(", ", RuleSyntax.sorted(SET_OPTIONS)) + ", $id)");
                }
                explicit.put(token.name(), token.value());
            } else {
                Bare bare = bare(cursor, token, suffixName, suffixes);
                if (!resources.isEmpty() && !java.util.Objects.equals(suffix, bare.suffix())) {
                    throw cursor.error(token, "the resources of one set share one " + suffixName);
                }
                suffix = bare.suffix();
                resources.add(bare.resource());
            }
        }
        if (resources.isEmpty()) {
            throw cursor.error(open, "empty set " + TokenCursor.quote(open.text() + " " + close));
        }
        if (suffix != null) {
            attributes.put(suffixName, suffix);
        }
        attributes.putAll(explicit);
        return new Bracketed(writtenId, Attrs.of((Map<String, String>) attributes), resources);
    }
}
