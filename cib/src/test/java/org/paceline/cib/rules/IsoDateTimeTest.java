package org.paceline.cib.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Parsed;

class IsoDateTimeTest {

    private static IsoDateTime valid(String text) {
        var parsed = IsoDateTime.parse(text);
        assertTrue(parsed.isValid(), () -> text + ": " + parsed);
        return parsed.orThrow();
    }

    private static String problem(String text) {
        var parsed = IsoDateTime.parse(text);
        assertTrue(parsed instanceof Parsed.Invalid<IsoDateTime>, text + " should not parse");
        return ((Parsed.Invalid<IsoDateTime>) parsed).problems().getFirst().message();
    }

    @Test
    void parse_calendarDate_hasNoTimeOrOffset() {
        assertEquals(new IsoDateTime(LocalDate.of(2005, 1, 20), null, null), valid("2005-01-20"));
        assertEquals(LocalDate.of(2005, 1, 20), valid("20050120").date());
        assertEquals(LocalDate.of(2005, 1, 5), valid("2005-1-5").date());
    }

    @Test
    void parse_ordinalDate_isConvertedToCalendar() {
        assertEquals(LocalDate.of(2005, 1, 20), valid("2005-020").date());
        assertEquals(LocalDate.of(2005, 1, 1), valid("2005-001").date());
        assertEquals(LocalDate.of(2004, 12, 31), valid("2004-366").date());
        assertEquals(LocalDate.of(2005, 1, 20), valid("2005020").date());
    }

    @Test
    void parse_weekDate_isConvertedToCalendar() {
        assertEquals(LocalDate.of(2005, 1, 20), valid("2005-W03-4").date());
        assertEquals(LocalDate.of(2005, 1, 1), valid("2004-W53-6").date());
        assertEquals(LocalDate.of(2005, 1, 17), valid("2005-W03").date());
        assertEquals(LocalDate.of(2005, 1, 20), valid("2005W034").date());
    }

    @Test
    void parse_timeAfterTOrSpace_isKept() {
        var expected = new IsoDateTime(LocalDate.of(2005, 1, 20), LocalTime.of(12, 0, 0), null);
        assertEquals(expected, valid("2005-01-20T12:00:00"));
        assertEquals(expected, valid("2005-01-20 12:00:00"));
        assertEquals(expected, valid("2005-01-20T120000"));
        assertEquals(expected, valid("2005-01-20T12:00"));
        assertEquals(LocalTime.of(9, 5, 7, 250_000_000), valid("2005-01-20T09:05:07.25").time());
    }

    @Test
    void parse_offsets_areKept() {
        assertEquals(ZoneOffset.UTC, valid("2005-01-20T12:00:00Z").offset());
        assertEquals(ZoneOffset.ofHours(9), valid("2005-01-20T12:00:00+09:00").offset());
        assertEquals(ZoneOffset.ofHoursMinutes(-5, -30), valid("2005-01-20T12:00:00-0530").offset());
        assertEquals(ZoneOffset.ofHours(-5), valid("2019-09-20 21:00:00 -05:00").offset());
        assertEquals(ZoneOffset.ofHours(2), valid("2005-01-20T12:00:00+02").offset());
    }

    @Test
    void parse_hour24_isMidnightOfTheNextDay() {
        assertEquals(new IsoDateTime(LocalDate.of(2005, 1, 21), LocalTime.MIDNIGHT, null),
                valid("2005-01-20T24:00:00"));
    }

    @Test
    void toInstant_withoutOffset_isReadInTheGivenZone() {
        assertEquals(Instant.parse("2005-01-20T00:00:00Z"), valid("2005-01-20").toInstant(ZoneOffset.UTC));
        assertEquals(Instant.parse("2005-01-20T03:00:00Z"),
                valid("2005-01-20T12:00:00").toInstant(ZoneId.of("Asia/Tokyo")));
        assertEquals(Instant.parse("2005-01-20T03:00:00Z"),
                valid("2005-01-20T12:00:00+09:00").toInstant(ZoneId.of("Europe/Paris")));
    }

    @Test
    void format_isTheCalendarForm() {
        assertEquals("2005-01-20", valid("2005-020").format());
        assertEquals("2005-01-20T12:00:00Z", valid("2005-W03-4 12:00:00 Z").format());
        assertEquals("2005-01-20T12:00:00+09:00", valid("2005-01-20T12:00:00+0900").format());
        assertEquals("0099-01-01T00:00:00.500000000", valid("99-01-01T00:00:00.5").format());
    }

    @Test
    void parse_badText_saysWhatIsWrongAndWhatWasExpected() {
        assertEquals("\"2005-13-01\" is not a date: month 13 is not 1-12; " + IsoDateTime.EXPECTED,
                problem("2005-13-01"));
        assertTrue(problem("2005-02-29").contains("day 29 is not 1-28 in 2005-2"));
        assertTrue(problem("2005-367").contains("day of the year 367 is not 1-365"));
        assertTrue(problem("2005-W54-1").contains("week 54 is not 1-52 in 2005"));
        assertTrue(problem("2004-W53-8").contains("weekday 8 is not 1-7"));
        assertTrue(problem("2005-01-20T25:00:00").contains("hour 25 is not 0-23"));
        assertTrue(problem("2005-01-20T12:61").contains("minute 61 is not 0-59"));
        assertTrue(problem("2005-01-20T12:00:00+19:00").contains("beyond 18 hours"));
        assertTrue(problem("2005-01-20T12:00:00 tomorrow").contains("unexpected \" tomorrow\""));
        assertTrue(problem("tomorrow").contains("it does not start with a year"));
        assertTrue(problem("").contains("it does not start with a year"));
        assertTrue(problem("2005-01-20T").contains("expected a time of day"));
    }

    @Test
    void parse_null_isReportedNotThrown() {
        var parsed = IsoDateTime.parse(null);
        assertTrue(parsed instanceof Parsed.Invalid<IsoDateTime>);
    }
}
