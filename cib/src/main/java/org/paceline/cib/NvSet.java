package org.paceline.cib;

import java.util.List;
import java.util.Optional;

import org.paceline.cib.rules.Rule;

/**
 * A set of name/value pairs (instance, meta, utilization or cluster properties).
 * Where several sets of one kind apply, rules and {@code score} decide which wins.
 *
 * @param idRef a reference to a set defined elsewhere, or null
 * @param score the set's precedence as written, or null
 * @param rules at most one in Pacemaker's schema; a list so that none is "no rule"
 */
public record NvSet(SetKind kind, String id, String idRef, String score, List<Rule> rules,
                    List<NvPair> pairs, Extras extras) {
    public NvSet {
        rules = List.copyOf(rules);
        pairs = List.copyOf(pairs);
        extras = extras == null ? Extras.NONE : extras;
    }

    public static NvSet of(SetKind kind, String id, List<NvPair> pairs) {
        return new NvSet(kind, id, null, null, List.of(), pairs, Extras.NONE);
    }

    /** The value of the first pair with this name. */
    public Optional<String> value(String name) {
        return pairs.stream().filter(p -> name.equals(p.name()) && p.value() != null)
                .map(NvPair::value).findFirst();
    }
}
