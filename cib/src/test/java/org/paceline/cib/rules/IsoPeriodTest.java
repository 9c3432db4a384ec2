package org.paceline.cib.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Parsed;

class IsoPeriodTest {

    private static IsoPeriod valid(String text) {
        var parsed = IsoPeriod.parse(text);
        assertTrue(parsed.isValid(), () -> text + ": " + parsed);
        return parsed.orThrow();
    }

    private static String problem(String text) {
        var parsed = IsoPeriod.parse(text);
        assertTrue(parsed instanceof Parsed.Invalid<IsoPeriod>, text + " should not parse");
        return ((Parsed.Invalid<IsoPeriod>) parsed).problems().getFirst().message();
    }

    @Test
    void parse_startAndEnd_givesBoth() {
        var period = valid("2005-01-01/2005-12-31T23:59:59Z");
        assertEquals("2005-01-01/2005-12-31T23:59:59Z", period.format());
        assertEquals(ZonedDateTime.of(2005, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC),
                period.endIn(ZoneOffset.UTC).orElseThrow());
    }

    @Test
    void parse_startAndDuration_computesTheEnd() {
        var period = valid("2005-001/P1Y");
        assertEquals(ZonedDateTime.of(2006, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), period.endIn(ZoneOffset.UTC).orElseThrow());
        assertEquals("2005-01-01/P1Y", period.format());
        assertEquals(valid("2005-01-01T10:00:00 / PT1H").duration(), new IsoDuration(0, 0, 0, 0, 1, 0, 0));
    }

    @Test
    void parse_durationAndEnd_computesTheStart() {
        var period = valid("P1M/2005-03-31");
        assertEquals(ZonedDateTime.of(2005, 2, 28, 0, 0, 0, 0, ZoneOffset.UTC),
                period.startIn(ZoneOffset.UTC).orElseThrow());
    }

    @Test
    void parse_badText_saysWhichSideIsWrong() {
        assertTrue(problem("2005-01-01").contains("there is no \"/\""));
        assertTrue(problem("2005-13-01/P1D").contains("its start: month 13 is not 1-12"));
        assertTrue(problem("2005-01-01/P1X").contains("its duration: \"X\" is not a unit"));
        assertTrue(problem("2005-01-01/2005-02-30").contains("its end: day 30"));
        assertTrue(problem("P1D/P2D").contains("at most one duration"));
    }
}
