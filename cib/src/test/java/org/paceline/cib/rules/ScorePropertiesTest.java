package org.paceline.cib.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ScorePropertiesTest {
    private static final int INF = Score.INFINITY;

    @Provide
    Arbitrary<Integer> scores() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-INF, INF),
                Arbitraries.of(-INF, INF, 0, INF - 1, -INF + 1),
                Arbitraries.integers().between(-1000, 1000));
    }

    @Property
    void add_isCommutative(@ForAll("scores") int a, @ForAll("scores") int b) {
        assertEquals(Score.add(a, b), Score.add(b, a));
    }

    @Property
    void add_withMinusInfinity_isAssociative(@ForAll("scores") int a, @ForAll("scores") int b,
                                             @ForAll("scores") int c) {
        if (a != -INF && b != -INF && c != -INF) {
            return;
        }
        assertEquals(-INF, Score.add(Score.add(a, b), c));
        assertEquals(-INF, Score.add(a, Score.add(b, c)));
    }

    @Property
    void add_withInfinityAndNoFiniteSumReachingMinusInfinity_isAssociative(
            @ForAll("scores") int b, @ForAll("scores") int c) {
        if (b == -INF || c == -INF || Score.add(b, c) == -INF) {
            return;
        }
        assertEquals(INF, Score.add(Score.add(INF, b), c));
        assertEquals(INF, Score.add(INF, Score.add(b, c)));
        assertEquals(Score.add(Score.add(b, INF), c), Score.add(b, Score.add(INF, c)));
    }

    @Property
    void add_withoutClamping_isAssociative(@ForAll @IntRange(min = -333_333, max = 333_333) int a,
                                           @ForAll @IntRange(min = -333_333, max = 333_333) int b,
                                           @ForAll @IntRange(min = -333_333, max = 333_333) int c) {
        assertEquals(Score.add(Score.add(a, b), c), Score.add(a, Score.add(b, c)));
    }

    @Property
    void add_minusInfinity_absorbsEverything(@ForAll("scores") int a) {
        assertEquals(-INF, Score.add(-INF, a));
        assertEquals(-INF, Score.add(a, -INF));
    }

    @Property
    void add_infinity_absorbsAllButMinusInfinity(@ForAll("scores") int a) {
        assertEquals(a == -INF ? -INF : INF, Score.add(INF, a));
    }

    @Property
    void add_staysWithinInfinity(@ForAll int a, @ForAll int b) {
        int sum = Score.add(a, b);
        assertTrue(sum >= -INF && sum <= INF);
    }

    @Property
    void add_zero_isIdentityWithinRange(@ForAll("scores") int a) {
        assertEquals(a, Score.add(a, 0));
    }

    @Property
    void parse_ofFormat_givesTheScoreBack(@ForAll @IntRange(min = -INF, max = INF) int score) {
        assertEquals(score, Score.parse(Score.format(score)));
        assertEquals(score, Score.parseStrict(Score.format(score), NodeHealthScores.DEFAULT).getAsInt());
    }

    @Property
    void parse_anyText_neverThrowsAndStaysInRange(@ForAll String text) {
        int score = Score.parse(text);
        assertTrue(score >= -INF && score <= INF);
        Score.parseStrict(text, NodeHealthScores.DEFAULT);
        Score.read(text, NodeHealthScores.DEFAULT, org.paceline.cib.SourceMap.none("-"), "x");
    }

    @Property
    void scale_staysWithinInfinity(@ForAll("scores") int score, @ForAll float factor) {
        int scaled = Score.scale(score, factor);
        assertTrue(scaled >= -INF && scaled <= INF);
    }
}
