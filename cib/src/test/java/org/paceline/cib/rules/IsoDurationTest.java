package org.paceline.cib.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Parsed;

class IsoDurationTest {

    private static IsoDuration valid(String text) {
        var parsed = IsoDuration.parse(text);
        assertTrue(parsed.isValid(), () -> text + ": " + parsed);
        return parsed.orThrow();
    }

    private static String problem(String text) {
        var parsed = IsoDuration.parse(text);
        assertTrue(parsed instanceof Parsed.Invalid<IsoDuration>, text + " should not parse");
        return ((Parsed.Invalid<IsoDuration>) parsed).problems().getFirst().message();
    }

    @Test
    void parse_everyPart_keepsCalendarPartsApart() {
        assertEquals(new IsoDuration(1, 2, 3, 4, 5, 6, 7), valid("P1Y2M3W4DT5H6M7S"));
        assertEquals(new IsoDuration(0, 0, 0, 0, 0, 0, 10), valid("PT10S"));
        assertEquals(new IsoDuration(0, 0, 0, 0, 0, 1, 0), valid("PT1M"));
        assertEquals(new IsoDuration(0, 1, 0, 0, 0, 0, 0), valid("P1M"));
    }

    @Test
    void parse_badText_saysWhatIsWrong() {
        assertTrue(problem("10S").contains("it does not start with P"));
        assertTrue(problem("P").contains("P is not followed by any amount"));
        assertTrue(problem("PT").contains("T is not followed by hours, minutes or seconds"));
        assertTrue(problem("P1D2Y").contains("unit Y is repeated or out of order"));
        assertTrue(problem("P1X").contains("\"X\" is not a unit"));
        assertTrue(problem("P1").contains("an amount is not followed by a unit"));
        assertTrue(problem("P1DT").contains("T is not followed"));
        assertTrue(problem(null).contains("no duration given"));
    }

    @Test
    void addTo_oneMonth_isACalendarMonthNotThirtyDays() {
        var start = ZonedDateTime.of(2005, 1, 31, 12, 0, 0, 0, ZoneOffset.UTC);
        assertEquals(ZonedDateTime.of(2005, 2, 28, 12, 0, 0, 0, ZoneOffset.UTC), valid("P1M").addTo(start).orElseThrow());
        assertEquals(ZonedDateTime.of(2006, 3, 4, 13, 0, 1, 0, ZoneOffset.UTC),
                valid("P1Y1M4DT1H1S").addTo(start).orElseThrow());
    }

    @Test
    void of_durationElement_ignoresValuesThatAreNotIntegers() {
        var fields = RuleFixtures.fields("years", "1", "weeks", "2", "hours", "x", "seconds", "30");
        assertEquals(new IsoDuration(1, 0, 2, 0, 0, 0, 30), IsoDuration.of(fields));
    }

    @Test
    void format_parsesBack() {
        assertEquals("P1Y2M3W4DT5H6M7S", valid("P1Y2M3W4DT5H6M7S").format());
        assertEquals("PT10S", valid("PT10S").format());
        assertEquals("PT0S", valid("P0D").format());
    }
}
