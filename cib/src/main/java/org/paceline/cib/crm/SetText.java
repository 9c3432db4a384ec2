package org.paceline.cib.crm;

import java.util.ArrayList;
import java.util.List;

import org.paceline.cib.NvPair;
import org.paceline.cib.NvSet;
import org.paceline.cib.rules.Rule;

/** Prints name/value sets: {@code KEYWORD [$id=ID] [SCORE:] [rule ...]} and the pairs. */
final class SetText {
    private SetText() {}

    /** A set as a section of its owner's statement: the keyword line, then one pair a line. */
    static void section(WriterState state, CrmText text, int level, String keyword, NvSet set, String conventionalId,
                        String owner) {
        var header = new ArrayList<String>();
        header.add(keyword);
        List<String> pairs = headerAndPairs(state, set, conventionalId, owner, header);
        text.line(level, header.toArray(String[]::new));
        for (String pair : pairs) {
            text.line(level + 1, pair);
        }
    }

    /**
     * Adds the set's header words to {@code header} and returns its pairs as words, deciding
     * ids in the order the reader makes them: the set's, its rules', its pairs'.
     */
    static List<String> headerAndPairs(WriterState state, NvSet set, String conventionalId, String owner,
                                       List<String> header) {
        return headerAndPairs(state, set, conventionalId, owner, header, false);
    }

    /** As above; with {@code nameIt}, the set's id is written out even where the reader would make it. */
    static List<String> headerAndPairs(WriterState state, NvSet set, String conventionalId, String owner,
                                       List<String> header, boolean nameIt) {
        String label = owner + " set " + TokenCursor.quote(set.id() == null ? String.valueOf(set.idRef()) : set.id());
        state.noExtras(set.extras(), label);
        if (set.idRef() != null) {
            if (set.id() != null || !set.pairs().isEmpty() || !set.rules().isEmpty() || set.score() != null) {
                state.unwritable(label, "a set that refers to another ($id-ref) cannot also have an id, a score, "
                        + "rules or pairs in crm syntax");
            }
            header.add(CrmText.option("$id-ref", set.idRef()));
            return List.of();
        }
        WriterState.Decision id;
        if (nameIt && set.id() != null) {
            state.statementId(set.id());
            id = new WriterState.Decision(set.id(), false);
        } else {
            id = state.decide(set.id(), conventionalId);
        }
        header.addAll(id.words());
        if (set.score() != null) {
            if (!CrmWords.isScore(set.score())) {
                state.unwritable(label, "score " + TokenCursor.quote(set.score()) + " is not a score crm syntax reads");
            }
            header.add(set.score() + ":");
        }
        for (Rule rule : set.rules()) {
            header.add(RuleText.rule(state, rule, id.id(), label));
        }
        return pairs(state, set.pairs(), id.id(), label);
    }

    static List<String> pairs(WriterState state, List<NvPair> pairs, String setId, String owner) {
        var words = new ArrayList<String>();
        for (NvPair pair : pairs) {
            String label = owner + " pair " + TokenCursor.quote(String.valueOf(pair.name()));
            state.noExtras(pair.extras(), label);
            if (pair.idRef() != null) {
                state.unwritable(label, "refers to another pair ($id-ref), which crm syntax cannot express");
            }
            if (pair.value() == null) {
                state.unwritable(label, "has no value, which crm syntax cannot express");
            }
            if (pair.name() == null || pair.name().isEmpty() || pair.name().startsWith("$")
                    || pair.name().codePoints().anyMatch(c -> Character.isWhitespace(c) || c == '=' || c == '"')) {
                state.unwritable(label, "its name cannot be written as NAME=VALUE");
            }
            state.implied(pair.id(), IdConventions.pair(setId, String.valueOf(pair.name())), label);
            String value = state.printable(pair.value() == null ? "" : pair.value(), label);
            words.add(CrmText.pair(pair.name(), value));
        }
        return words;
    }
}
