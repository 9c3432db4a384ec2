package org.paceline.cib.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;

import org.paceline.cib.NvPair;
import org.paceline.cib.NvSet;

/**
 * Combines several name/value sets of one kind (instance attributes, meta-attributes,
 * utilization, cluster properties) into the values in effect, as Pacemaker does.
 *
 * <p>Sets are taken from highest {@code score} to lowest; a set without a score (or with an
 * unreadable one) counts as 0, so it comes after positive scores and before negative ones, and
 * sets of equal score keep document order. A set whose rule does not hold is skipped (only the
 * first rule counts, as in Pacemaker). For each name the first set that gives it wins; a value
 * of {@code #default} (deprecated) removes what an earlier set gave. Sets and pairs that
 * reference others ({@code id-ref}) must be resolved by the caller.
 */
public final class AttributeSets {
    private AttributeSets() {}

    /** The values in effect, in the order they were first set. */
    public static SequencedMap<String, String> resolve(List<NvSet> sets, RuleContext context) {
        return resolve(sets, context, null);
    }

    /**
     * As {@link #resolve(List, RuleContext)}, with the set whose id is {@code firstSetId}
     * taken before all others whatever the scores: for cluster properties,
     * {@code cib-bootstrap-options}.
     */
    public static SequencedMap<String, String> resolve(List<NvSet> sets, RuleContext context, String firstSetId) {
        var values = new LinkedHashMap<String, String>();
        for (NvSet set : inPrecedenceOrder(sets, firstSetId)) {
            if (!set.rules().isEmpty() && !RuleEvaluator.matches(set.rules().getFirst(), context)) {
                continue;
            }
            for (NvPair pair : set.pairs()) {
                if (pair.name() == null || pair.value() == null) {
                    continue;
                }
                if (pair.value().equalsIgnoreCase("#default")) {
                    values.remove(pair.name());
                } else {
                    values.putIfAbsent(pair.name(), pair.value());
                }
            }
        }
        return Collections.unmodifiableSequencedMap(values);
    }

    /** The sets in the order they are applied: {@code firstSetId} (may be null), then by score. */
    public static List<NvSet> inPrecedenceOrder(List<NvSet> sets, String firstSetId) {
        var ordered = new ArrayList<>(sets);
        // List.sort is stable: sets of equal precedence keep document order.
        ordered.sort(Comparator.comparing((NvSet set) -> firstSetId == null || !firstSetId.equals(set.id()))
                .thenComparing(set -> Score.parse(set.score()), Comparator.reverseOrder()));
        return ordered;
    }

    /**
     * When the sets' rules may next change their answers (as Pacemaker computes a
     * transition's {@code recheck-by}: date_spec left out), or empty when no date decides.
     */
    public static Optional<Instant> nextChangeAsPacemaker(List<NvSet> sets, RuleContext context) {
        Optional<Instant> earliest = Optional.empty();
        for (NvSet set : sets) {
            if (set.rules().isEmpty()) {
                continue;
            }
            Optional<Instant> next = RuleEvaluator.nextChangeAsPacemaker(set.rules().getFirst(), context);
            if (next.isPresent() && (earliest.isEmpty() || next.get().isBefore(earliest.get()))) {
                earliest = next;
            }
        }
        return earliest;
    }
}
