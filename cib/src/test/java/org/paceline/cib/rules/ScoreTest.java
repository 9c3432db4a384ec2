package org.paceline.cib.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Parsed;
import org.paceline.cib.SourceMap;

class ScoreTest {
    private static final int INF = Score.INFINITY;
    private static final NodeHealthScores HEALTH = new NodeHealthScores(-INF, -10, 5);

    @Test
    void parse_infinitySpellings_giveInfinity() {
        for (String text : new String[] {"INFINITY", "+INFINITY", "infinity", "Infinity", "inf", "+inf", "INF"}) {
            assertEquals(INF, Score.parse(text), text);
        }
        for (String text : new String[] {"-INFINITY", "-infinity", "-inf", "-Inf"}) {
            assertEquals(-INF, Score.parse(text), text);
        }
    }

    @Test
    void parse_integers_areBoundedToInfinity() {
        assertEquals(100, Score.parse("100"));
        assertEquals(-5, Score.parse("-5"));
        assertEquals(7, Score.parse("+7"));
        assertEquals(INF, Score.parse("1000000"));
        assertEquals(INF, Score.parse("2000000"));
        assertEquals(-INF, Score.parse("-99999999999999999999999"));
        assertEquals(999_999, Score.parse("999999"));
    }

    @Test
    void parse_textAfterDigits_isIgnoredAsPacemakerDoes() {
        assertEquals(100, Score.parse("100abc"));
        assertEquals(12, Score.parse("  12 "));
    }

    @Test
    void parse_notAScore_givesZero() {
        assertEquals(0, Score.parse(null));
        assertEquals(0, Score.parse(""));
        assertEquals(0, Score.parse("abc"));
        assertEquals(0, Score.parse("-"));
    }

    @Test
    void parse_healthWords_takeTheClusterValues() {
        assertEquals(-INF, Score.parse("red"));
        assertEquals(0, Score.parse("yellow"));
        assertEquals(-10, Score.parse("Yellow", HEALTH));
        assertEquals(5, Score.parse("GREEN", HEALTH));
    }

    @Test
    void parseStrict_trailingText_isNotAScore() {
        assertEquals(OptionalInt.empty(), Score.parseStrict("100abc", HEALTH));
        assertEquals(OptionalInt.empty(), Score.parseStrict("", HEALTH));
        assertEquals(OptionalInt.empty(), Score.parseStrict(null, HEALTH));
        assertEquals(OptionalInt.of(100), Score.parseStrict(" 100 ", HEALTH));
        assertEquals(OptionalInt.of(-INF), Score.parseStrict("-INFINITY", HEALTH));
        assertEquals(OptionalInt.of(-10), Score.parseStrict("yellow", HEALTH));
    }

    @Test
    void read_notAScore_reportsWhereAndWhatWasExpected() {
        var sources = new SourceMap("cib.xml", java.util.Map.of("loc1", new SourceMap.Position(12, 5)));
        var result = Score.read("lots", HEALTH, sources, "loc1");
        var invalid = (Parsed.Invalid<Integer>) result;
        assertEquals("cib.xml:12:5: expected a score (an integer, INFINITY, -INFINITY, red, yellow or green)"
                + " but found \"lots\"", invalid.problems().getFirst().oneLine());
        assertEquals(Parsed.valid(INF), Score.read("INFINITY", HEALTH, sources, "loc1"));
    }

    @Test
    void add_minusInfinity_winsOverInfinity() {
        assertEquals(-INF, Score.add(INF, -INF));
        assertEquals(-INF, Score.add(-INF, INF));
        assertEquals(-INF, Score.add(-INF, 5));
        assertEquals(INF, Score.add(INF, -999_999));
    }

    @Test
    void add_finiteSums_areBoundedToInfinity() {
        assertEquals(300, Score.add(100, 200));
        assertEquals(INF, Score.add(600_000, 400_000));
        assertEquals(INF, Score.add(900_000, 900_000));
        assertEquals(-INF, Score.add(-900_000, -900_000));
        assertEquals(999_999, Score.add(999_998, 1));
    }

    @Test
    void add_withClamping_isNotAssociative() {
        int left = Score.add(Score.add(900_000, 900_000), -900_000);
        int right = Score.add(900_000, Score.add(900_000, -900_000));
        assertEquals(INF, left);
        assertEquals(900_000, right);
        // A finite sum clamped to -INFINITY then beats +INFINITY: not associative even with an infinity.
        assertEquals(INF, Score.add(Score.add(INF, -999_999), -999_999));
        assertEquals(-INF, Score.add(INF, Score.add(-999_999, -999_999)));
    }

    @Test
    void format_infinities_areSpelledOut() {
        assertEquals("INFINITY", Score.format(INF));
        assertEquals("-INFINITY", Score.format(-INF));
        assertEquals("INFINITY", Score.format(Integer.MAX_VALUE));
        assertEquals("100", Score.format(100));
        assertEquals("-7", Score.format(-7));
        assertEquals("0", Score.format(0));
    }

    @Test
    void scale_roundsHalfAwayFromZero() {
        assertEquals(50, Score.scale(100, 0.5f));
        assertEquals(-50, Score.scale(-100, 0.5f));
        assertEquals(2, Score.scale(5, 0.3f));
        assertEquals(-2, Score.scale(-5, 0.3f));
        assertEquals(INF, Score.scale(INF, 1.0f));
        assertEquals(INF, Score.scale(INF, 2.0f));
        assertEquals(-INF, Score.scale(INF, -1.0f));
    }

    @Test
    void scale_smallFactor_neverErasesANonZeroScore() {
        assertEquals(1, Score.scale(3, 0.0001f));
        assertEquals(-1, Score.scale(3, -0.0001f));
        // Pacemaker takes the factor's sign, not the product's.
        assertEquals(1, Score.scale(-3, 0.0001f));
        assertEquals(0, Score.scale(0, 0.5f));
        assertEquals(0, Score.scale(10, 0f));
    }

    @Test
    void colocationFactor_infinityColocation_passesTheFactorOn() {
        assertEquals(1.0f, Score.colocationFactor(1.0f, INF));
        assertEquals(0.5f, Score.colocationFactor(1.0f, 500_000));
        assertEquals(50, Score.scale(100, Score.colocationFactor(1.0f, 500_000)));
    }

    @Test
    void isInfinite_onlyAtTheBounds() {
        assertTrue(Score.isInfinite(INF));
        assertTrue(Score.isInfinite(-INF));
        assertFalse(Score.isInfinite(999_999));
    }
}
