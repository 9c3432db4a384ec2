package org.paceline.cib.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paceline.cib.rules.RuleFixtures.and;
import static org.paceline.cib.rules.RuleFixtures.date;
import static org.paceline.cib.rules.RuleFixtures.inRangeFor;
import static org.paceline.cib.rules.RuleFixtures.spec;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DateExpressionTest {
    /** A Wednesday: ISO week 11 of 2024, day 73 of the year. */
    private static final Instant NOW = Instant.parse("2024-03-13T10:30:15Z");
    private static final RuleContext AT_NOW = RuleContext.at(NOW);

    private static boolean holds(DateExpression expression) {
        return RuleEvaluator.matches(expression, AT_NOW);
    }

    private static boolean holdsAt(DateExpression expression, String instant) {
        return RuleEvaluator.matches(expression, RuleContext.at(Instant.parse(instant)));
    }

    private static Optional<Instant> nextChange(DateExpression expression) {
        return RuleEvaluator.nextChange(and(expression), AT_NOW);
    }

    @Test
    void gt_holdsStrictlyAfterStart() {
        assertTrue(holds(date("gt", "2024-03-13T10:30:14Z", null)));
        assertFalse(holds(date("gt", "2024-03-13T10:30:15Z", null)));
        assertEquals(Optional.of(NOW.plusSeconds(1)), nextChange(date("gt", "2024-03-13T10:30:15Z", null)));
        assertEquals(Optional.empty(), nextChange(date("gt", "2024-01-01", null)));
    }

    @Test
    void lt_holdsStrictlyBeforeEnd() {
        assertTrue(holds(date("lt", null, "2024-03-13T10:30:16Z")));
        assertFalse(holds(date("lt", null, "2024-03-13T10:30:15Z")));
        assertEquals(Optional.of(Instant.parse("2024-03-14T00:00:00Z")), nextChange(date("lt", null, "2024-03-14")));
    }

    @Test
    void inRange_includesBothEnds() {
        assertTrue(holds(date("in_range", "2024-03-13T10:30:15Z", "2024-03-13T10:30:15Z")));
        assertTrue(holds(date("in_range", "2024-03-01", "2024-04-01")));
        assertFalse(holds(date("in_range", "2024-03-14", "2024-04-01")));
        assertFalse(holds(date("in_range", "2024-01-01", "2024-03-13T10:30:14Z")));
        assertTrue(holds(date(null, "2024-03-01", null)));
        assertTrue(holds(date("IN_RANGE", null, "2024-04-01")));
    }

    @Test
    void inRange_nextChange_isStartOrTheSecondAfterEnd() {
        assertEquals(Optional.of(Instant.parse("2024-03-14T00:00:00Z")),
                nextChange(date("in_range", "2024-03-14", "2024-04-01")));
        assertEquals(Optional.of(Instant.parse("2024-04-01T00:00:01Z")),
                nextChange(date("in_range", "2024-03-01", "2024-04-01")));
        assertEquals(Optional.empty(), nextChange(date("in_range", "2024-01-01", "2024-02-01")));
    }

    @Test
    void inRange_withDuration_endsAfterIt() {
        // Pacemaker Explained: "true if now is any time in the year 2005".
        var year2005 = inRangeFor("2005-001", "years", "1");
        assertTrue(holdsAt(year2005, "2005-07-01T00:00:00Z"));
        assertTrue(holdsAt(year2005, "2006-01-01T00:00:00Z"));
        assertFalse(holdsAt(year2005, "2006-01-01T00:00:01Z"));
        var month = inRangeFor("2024-01-31", "months", "1");
        assertTrue(holdsAt(month, "2024-02-29T00:00:00Z"));
        assertFalse(holdsAt(month, "2024-02-29T00:00:01Z"));
        var mixed = inRangeFor("2024-03-13T10:00:00Z", "weeks", "1", "days", "1", "hours", "2", "minutes", "3",
                "seconds", "4");
        assertTrue(holdsAt(mixed, "2024-03-21T12:03:04Z"));
        assertFalse(holdsAt(mixed, "2024-03-21T12:03:05Z"));
    }

    @Test
    void inRange_endGiven_ignoresDuration() {
        var expression = new DateExpression("d", "in_range", "2024-03-01", "2024-03-02", null,
                RuleFixtures.fields("years", "1"), null);
        assertFalse(holds(expression));
    }

    @Test
    void unreadableDates_behaveAsPacemaker() {
        // in_range leaves an unreadable bound out; gt and lt do not hold.
        assertTrue(holds(date("in_range", "yesterday", "2024-04-01")));
        assertFalse(holds(date("in_range", "yesterday", "never")));
        assertFalse(holds(date("gt", "yesterday", null)));
        assertFalse(holds(date("lt", null, "2024-02-30")));
        assertFalse(holds(date("gt", null, null)));
        assertFalse(holds(date("eq", "2024-03-13", null)));
        assertFalse(holds(new DateExpression("d", "date_spec", null, null, null, null, null)));
    }

    @Test
    void datesWithoutOffset_areReadInTheContextZone() {
        var tokyo = AT_NOW.withZone(ZoneId.of("Asia/Tokyo"));
        // 10:30:15Z is 19:30:15 in Tokyo.
        assertTrue(RuleEvaluator.matches(date("gt", "2024-03-13T19:30:00", null), tokyo));
        assertFalse(RuleEvaluator.matches(date("gt", "2024-03-13T19:31:00", null), tokyo));
        assertTrue(RuleEvaluator.matches(date("gt", "2024-03-13T19:30:00+09:00", null), AT_NOW));
        assertTrue(RuleEvaluator.matches(spec("hours", "19"), tokyo));
        assertTrue(RuleEvaluator.matches(date("in_range", "2019-09-20 21:00:00 -05:00",
                "2019-09-20 23:00:00 -05:00"), RuleContext.at(Instant.parse("2019-09-21T03:00:00Z"))));
    }

    @Test
    void dateSpec_eachField_singleValues() {
        assertTrue(holds(spec("years", "2024")));
        assertFalse(holds(spec("years", "2023")));
        assertTrue(holds(spec("months", "3")));
        assertTrue(holds(spec("monthdays", "13")));
        assertTrue(holds(spec("hours", "10")));
        assertTrue(holds(spec("minutes", "30")));
        assertTrue(holds(spec("seconds", "15")));
        assertFalse(holds(spec("seconds", "16")));
        assertTrue(holds(spec("yeardays", "73")));
        assertTrue(holds(spec("weekyears", "2024")));
        assertTrue(holds(spec("weeks", "11")));
        assertTrue(holds(spec("weekdays", "3")));
        assertFalse(holds(spec("weekdays", "4")));
    }

    @Test
    void dateSpec_weekYear_differsFromCalendarYear() {
        // 2005-01-01 is 2004-W53-6.
        var newYear = "2005-01-01T12:00:00Z";
        assertTrue(holdsAt(spec("years", "2005", "weekyears", "2004", "weeks", "53", "weekdays", "6"), newYear));
        assertFalse(holdsAt(spec("weekyears", "2005"), newYear));
    }

    @Test
    void dateSpec_ranges_includeBothEnds() {
        // Pacemaker Explained: "9 a.m. to 5 p.m. Monday through Friday" (16 lasts to 16:59:59).
        var workHours = spec("hours", "9-16", "weekdays", "1-5");
        assertTrue(holds(workHours));
        assertTrue(holdsAt(workHours, "2024-03-13T16:59:59Z"));
        assertFalse(holdsAt(workHours, "2024-03-13T17:00:00Z"));
        assertFalse(holdsAt(workHours, "2024-03-13T08:59:59Z"));
        assertFalse(holdsAt(workHours, "2024-03-16T10:00:00Z"));
        assertTrue(holds(spec("hours", "09-17")));
        assertTrue(holds(spec("monthdays", "10-")));
        assertFalse(holds(spec("monthdays", "14-")));
        assertTrue(holds(spec("months", "-3")));
        assertFalse(holds(spec("months", "-2")));
        assertFalse(holds(spec("hours", "17-9")));
    }

    @Test
    void dateSpec_unreadableRange_isIgnoredAsPacemakerDoes() {
        assertTrue(holds(spec("hours", "9-16x")));
        assertTrue(holds(spec("weekdays", "1,2")));
        assertTrue(holds(spec("hours", "-")));
        assertFalse(holds(spec("hours", "abc", "minutes", "31")));
        assertTrue(holds(spec()));
        assertTrue(holds(spec("moon", "4")));
    }

    @Test
    void dateSpec_nextChange_isTheNextBoundary() {
        // Inside 9-16 on a Wednesday: changes at 17:00.
        assertEquals(Optional.of(Instant.parse("2024-03-13T17:00:00Z")),
                nextChange(spec("hours", "9-16", "weekdays", "1-5")));
        // Outside: Friday's hours 9-16 start at 09:00 Friday.
        assertEquals(Optional.of(Instant.parse("2024-03-15T09:00:00Z")),
                nextChange(spec("hours", "9-16", "weekdays", "5")));
        assertEquals(Optional.of(Instant.parse("2024-03-13T10:31:00Z")), nextChange(spec("minutes", "30")));
        assertEquals(Optional.of(Instant.parse("2024-03-13T10:30:16Z")), nextChange(spec("seconds", "15")));
        assertEquals(Optional.of(Instant.parse("2024-04-01T00:00:00Z")), nextChange(spec("months", "3")));
        assertEquals(Optional.of(Instant.parse("2025-01-01T00:00:00Z")), nextChange(spec("years", "2024")));
        assertEquals(Optional.of(Instant.parse("2024-03-14T00:00:00Z")), nextChange(spec("weekdays", "3")));
        assertEquals(Optional.empty(), nextChange(spec("years", "2050")));
        assertEquals(Optional.empty(), nextChange(spec()));
    }

    @Test
    void dateSpec_isLeftOutOfPacemakersRecheck() {
        assertEquals(Optional.empty(), RuleEvaluator.nextChangeAsPacemaker(and(spec("hours", "9-16")), AT_NOW));
    }
}
