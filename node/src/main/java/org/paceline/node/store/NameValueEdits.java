package org.paceline.node.store;

import static org.paceline.node.store.CibUpdates.problem;

import java.util.ArrayList;
import java.util.List;

import org.paceline.cib.NvPair;
import org.paceline.cib.NvSet;
import org.paceline.cib.Parsed;
import org.paceline.cib.SetKind;

/**
 * Setting and removing one name/value pair in an owner's list of sets, the way
 * {@code crm_attribute} does: an existing pair keeps its id and place, a new one is
 * named {@code <set id>-<name>}.
 */
final class NameValueEdits {
    private NameValueEdits() {}

    /**
     * The sets with {@code name} set to {@code value} in the sets of {@code kind} (sets of
     * other kinds pass through in place).
     *
     * @param setId        the set to write into, created when absent; null to update the one
     *                     pair of that name, else to add to the first set without rules or
     *                     reference, else to a new set named {@code defaultSetId}
     * @param owner        how problems name the owner
     */
    static Parsed<List<NvSet>> set(List<NvSet> sets, SetKind kind, String setId, String name, String value,
                                   String defaultSetId, String owner) {
        String target = setId;
        if (target == null) {
            var holding = sets.stream().filter(s -> s.kind() == kind)
                    .filter(s -> s.pairs().stream().anyMatch(p -> name.equals(p.name()))).toList();
            if (holding.size() > 1) {
                return Parsed.invalid(problem(owner + ": \"" + name + "\" is set in several sets ("
                        + String.join(", ", holding.stream().map(NvSet::id).toList()) + "): name the set to change"));
            }
            target = holding.isEmpty()
                    ? sets.stream().filter(s -> s.kind() == kind && s.rules().isEmpty() && s.idRef() == null)
                            .map(NvSet::id).findFirst().orElse(defaultSetId)
                    : holding.getFirst().id();
        }
        String setName = target;
        var existing = sets.stream().filter(s -> setName.equals(s.id())).findFirst();
        if (existing.isEmpty()) {
            var grown = new ArrayList<>(sets);
            grown.add(NvSet.of(kind, setName, List.of(NvPair.of(setName + "-" + name, name, value))));
            return Parsed.valid(grown);
        }
        NvSet set = existing.get();
        if (set.kind() != kind) {
            return Parsed.invalid(problem(owner + ": set \"" + setName + "\" is " + set.kind().element()
                    + ", not " + kind.element()));
        }
        if (set.idRef() != null) {
            return Parsed.invalid(problem(owner + ": set \"" + setName + "\" refers to set \"" + set.idRef()
                    + "\": change that one"));
        }
        return Parsed.valid(sets.stream().map(s -> s == set ? withPair(s, name, value) : s).toList());
    }

    /** The sets without any pair named {@code name}, in the one set {@code setId} or in every set of {@code kind}. */
    static List<NvSet> delete(List<NvSet> sets, SetKind kind, String setId, String name) {
        return sets.stream().map(s -> s.kind() == kind && (setId == null || setId.equals(s.id()))
                ? withPairs(s, s.pairs().stream().filter(p -> !name.equals(p.name())).toList())
                : s).toList();
    }

    private static NvSet withPair(NvSet set, String name, String value) {
        if (set.pairs().stream().noneMatch(p -> name.equals(p.name()))) {
            var pairs = new ArrayList<>(set.pairs());
            pairs.add(NvPair.of(set.id() + "-" + name, name, value));
            return withPairs(set, pairs);
        }
        return withPairs(set, set.pairs().stream()
                .map(p -> name.equals(p.name()) ? new NvPair(p.id(), p.idRef(), p.name(), value, p.extras()) : p)
                .toList());
    }

    private static NvSet withPairs(NvSet set, List<NvPair> pairs) {
        return pairs.equals(set.pairs()) ? set
                : new NvSet(set.kind(), set.id(), set.idRef(), set.score(), set.rules(), pairs, set.extras());
    }
}
