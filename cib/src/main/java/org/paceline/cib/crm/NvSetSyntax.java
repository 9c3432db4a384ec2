package org.paceline.cib.crm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.paceline.cib.NvPair;
import org.paceline.cib.NvSet;
import org.paceline.cib.SetKind;
import org.paceline.cib.rules.Rule;

/**
 * Reads the body of a set section ({@code params}, {@code meta}, {@code utilization},
 * {@code attributes}, {@code property}, ...):
 * {@code [$id=ID | $id-ref=REF] [SCORE:] [rule ...]... NAME=VALUE ...}.
 */
final class NvSetSyntax {
    private NvSetSyntax() {}

    /**
     * Reads a set whose section keyword was just taken.
     *
     * @param conventionalId the id the set gets when the text names none
     * @param stop           words that end the set (the statement's other section keywords)
     */
    static NvSet read(Reading reading, SetKind kind, String conventionalId, Predicate<Token> stop) {
        TokenCursor cursor = reading.cursor();
        String written = null;
        String idRef = null;
        if (cursor.nextMatches(t -> t.isPair("$id"))) {
            Token token = cursor.next("$id");
            written = reading.writtenId(token, token.value());
        } else if (cursor.nextMatches(t -> t.isPair("$id-ref"))) {
            idRef = cursor.next("$id-ref").value();
            return new NvSet(kind, null, idRef, null, List.of(), List.of(), null);
        }
        String score = null;
        if (cursor.nextMatches(Token::endsWithColon)) {
            Token token = cursor.next("a score");
            score = RuleSyntax.score(cursor, token, token.withoutColon());
        }
        String id = reading.idOr(written, conventionalId);
        var rules = new ArrayList<Rule>();
        while (cursor.take("rule")) {
            rules.add(RuleSyntax.read(reading, id));
        }
        return new NvSet(kind, id, null, score, rules, pairs(reading, id, stop), null);
    }

    /** Reads {@code NAME=VALUE} words up to a word that is not one, or a stop word. */
    static List<NvPair> pairs(Reading reading, String setId, Predicate<Token> stop) {
        TokenCursor cursor = reading.cursor();
        var pairs = new ArrayList<NvPair>();
        while (cursor.nextMatches(t -> t.isPair() && !stop.test(t))) {
            Token token = cursor.next("NAME=VALUE");
            if (token.name().startsWith("$")) {
                throw cursor.error(token, "unexpected " + TokenCursor.quote(token.name())
                        + " (set options such as $id come first, right after the section keyword)");
            }
            pairs.add(NvPair.of(reading.ids().make(IdConventions.pair(setId, token.name())), token.name(),
                    token.value()));
        }
        return pairs;
    }
}
