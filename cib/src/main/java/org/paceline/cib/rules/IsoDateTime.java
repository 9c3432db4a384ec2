package org.paceline.cib.rules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;

import org.paceline.cib.Parsed;
import org.paceline.cib.SourceMap;

/**
 * A date, with or without a time of day and a UTC offset, in one of the ISO 8601 forms
 * Pacemaker reads: calendar {@code 2005-01-20}, ordinal {@code 2005-020}, week
 * {@code 2005-W03-4} (and their forms without hyphens), then optionally {@code T} or a space,
 * a time {@code 12:00:00} ({@code 12:00}, {@code 120000}, fractions of a second), and
 * {@code Z} or an offset {@code +09:00} ({@code +0900}, {@code +09}), blanks allowed before it.
 *
 * <p>Without a time the date means its midnight; without an offset the time is local, in
 * whatever zone the reader lives in (Pacemaker uses the node's local time zone).
 *
 * @param date   the calendar date (ordinal and week forms are converted)
 * @param time   the time of day, or null when none was written
 * @param offset the UTC offset, or null when none was written
 */
public record IsoDateTime(LocalDate date, LocalTime time, ZoneOffset offset) {
    static final String EXPECTED = "expected an ISO 8601 date such as 2005-01-20, 2005-020 or 2005-W03-4,"
            + " optionally followed by a time such as T12:00:00 and Z or an offset such as +09:00";

    public IsoDateTime {
        if (date == null) {
            throw new IllegalArgumentException("an ISO 8601 date-time has a date");
        }
    }

    /** The text as a date-time, or a problem saying what is wrong and what was expected. */
    public static Parsed<IsoDateTime> parse(String text) {
        return parse(text, SourceMap.none("-"), null);
    }

    /** As {@link #parse(String)}, with a problem placed at the element with id {@code id}. */
    public static Parsed<IsoDateTime> parse(String text, SourceMap sources, String id) {
        if (text == null) {
            return Parsed.invalid(sources.problem(id, "no date given; " + EXPECTED));
        }
        TextCursor cursor = new TextCursor(text.strip());
        var result = new Reading(cursor);
        IsoDateTime value = result.dateTime();
        if (value == null) {
            return Parsed.invalid(sources.problem(id, "\"" + text + "\" is not a date: " + result.mistake
                    + "; " + EXPECTED));
        }
        return Parsed.valid(value);
    }

    /** The moment this names, reading a missing offset as local time in {@code zone}. */
    public Instant toInstant(ZoneId zone) {
        return toZoned(zone).toInstant();
    }

    /** This date-time in its own offset, or in {@code zone} when none was written. */
    public ZonedDateTime toZoned(ZoneId zone) {
        LocalDateTime local = date.atTime(time == null ? LocalTime.MIDNIGHT : time);
        return offset == null ? local.atZone(zone) : local.atZone(offset);
    }

    /** The calendar form, as it parses back: {@code 2005-01-20T12:00:00+09:00}. */
    public String format() {
        var out = new StringBuilder(32);
        pad(out, date.getYear(), 4).append('-');
        pad(out, date.getMonthValue(), 2).append('-');
        pad(out, date.getDayOfMonth(), 2);
        if (time != null) {
            out.append('T');
            pad(out, time.getHour(), 2).append(':');
            pad(out, time.getMinute(), 2).append(':');
            pad(out, time.getSecond(), 2);
            if (time.getNano() != 0) {
                out.append('.');
                pad(out, time.getNano(), 9);
            }
        }
        if (offset != null) {
            out.append(offset.getTotalSeconds() == 0 ? "Z" : offset.getId());
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return format();
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }

    /** One attempt at reading a date-time: the value, or what went wrong. */
    static final class Reading {
        private final TextCursor cursor;
        String mistake;

        Reading(TextCursor cursor) {
            this.cursor = cursor;
        }

        /** The whole text as a date-time, or null with {@link #mistake} set. */
        IsoDateTime dateTime() {
            IsoDateTime value = dateTimePrefix();
            if (value != null && !cursor.atEnd()) {
                return fail("unexpected \"" + cursor.rest() + "\" after the date");
            }
            return value;
        }

        /** A date-time at the cursor, leaving the cursor after it (a period goes on with "/"). */
        IsoDateTime dateTimePrefix() {
            LocalDate date = date();
            if (date == null) {
                return null;
            }
            boolean separated = cursor.peek() == 'T' || cursor.peek() == ' ' && TextCursor.isDigit(nextAfterBlanks());
            if (!separated) {
                return new IsoDateTime(date, null, null);
            }
            if (!cursor.accept('T')) {
                cursor.skipBlanks();
            }
            int[] dayCarry = {0};
            LocalTime time = time(dayCarry);
            if (time == null) {
                return null;
            }
            ZoneOffset offset = null;
            int beforeBlanks = cursor.position();
            cursor.skipBlanks();
            char c = cursor.peek();
            if (c == 'Z' || c == '+' || c == '-') {
                offset = offset();
                if (offset == null) {
                    return null;
                }
            } else {
                // Not an offset: leave what follows to the caller (a period goes on with "/").
                cursor.moveTo(beforeBlanks);
            }
            return new IsoDateTime(date.plusDays(dayCarry[0]), time, offset);
        }

        private char nextAfterBlanks() {
            int ahead = 0;
            while (Score.isBlank(cursor.peek(ahead)) && cursor.peek(ahead) != 0) {
                ahead++;
            }
            return cursor.peek(ahead);
        }

        private LocalDate date() {
            int yearDigits = cursor.digitsAhead();
            if (yearDigits == 0) {
                return fail("it does not start with a year");
            }
            if (yearDigits == 7 || yearDigits == 8) {
                return basicDate(yearDigits);
            }
            if (yearDigits > 4) {
                return fail("a year has at most 4 digits");
            }
            int year = cursor.number(yearDigits);
            if (yearDigits == 4 && cursor.accept('W')) {
                int week = cursor.number(2);
                if (week == TextCursor.NO_DIGITS) {
                    return fail("\"W\" is not followed by a 2-digit week number");
                }
                return weekDate(year, week, cursor.digitsAhead() == 1 ? cursor.number(1) : 1);
            }
            if (!cursor.accept('-')) {
                return fail("the year is not followed by \"-\"");
            }
            if (cursor.accept('W')) {
                int week = cursor.number(Math.min(2, Math.max(1, cursor.digitsAhead())));
                if (week == TextCursor.NO_DIGITS) {
                    return fail("\"W\" is not followed by a week number");
                }
                int weekday = 1;
                if (cursor.accept('-')) {
                    weekday = cursor.number(1);
                    if (weekday == TextCursor.NO_DIGITS) {
                        return fail("the week is not followed by a weekday 1-7");
                    }
                }
                return weekDate(year, week, weekday);
            }
            int firstDigits = cursor.digitsAhead();
            if (firstDigits == 0 || firstDigits > 3) {
                return fail("the year is not followed by a month (1-12) or a day of the year (1-366)");
            }
            int first = cursor.number(firstDigits);
            if (!cursor.accept('-')) {
                return ordinalDate(year, first);
            }
            int dayDigits = cursor.digitsAhead();
            if (dayDigits == 0 || dayDigits > 2 || firstDigits > 2) {
                return fail("expected year-month-day");
            }
            return calendarDate(year, first, cursor.number(dayDigits));
        }

        private LocalDate basicDate(int digits) {
            int year = cursor.number(4);
            return digits == 8 ? calendarDate(year, cursor.number(2), cursor.number(2))
                    : ordinalDate(year, cursor.number(3));
        }

        private LocalDate calendarDate(int year, int month, int day) {
            if (month < 1 || month > 12) {
                return fail("month " + month + " is not 1-12");
            }
            int days = YearMonth.of(year, month).lengthOfMonth();
            if (day < 1 || day > days) {
                return fail("day " + day + " is not 1-" + days + " in " + year + "-" + month);
            }
            return LocalDate.of(year, month, day);
        }

        private LocalDate ordinalDate(int year, int dayOfYear) {
            int days = Year.of(year).length();
            if (dayOfYear < 1 || dayOfYear > days) {
                return fail("day of the year " + dayOfYear + " is not 1-" + days + " in " + year);
            }
            return LocalDate.ofYearDay(year, dayOfYear);
        }

        private LocalDate weekDate(int weekYear, int week, int weekday) {
            if (weekYear < 1) {
                return fail("week years start at 1");
            }
            LocalDate fourthOfJanuary = LocalDate.of(weekYear, 1, 4);
            long weeks = IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(fourthOfJanuary).getMaximum();
            if (week < 1 || week > weeks) {
                return fail("week " + week + " is not 1-" + weeks + " in " + weekYear);
            }
            if (weekday < 1 || weekday > 7) {
                return fail("weekday " + weekday + " is not 1-7");
            }
            LocalDate firstMonday = fourthOfJanuary.minusDays(fourthOfJanuary.getDayOfWeek().getValue()
                    - DayOfWeek.MONDAY.getValue());
            return firstMonday.plusDays((week - 1) * 7L + weekday - 1);
        }

        private LocalTime time(int[] dayCarry) {
            int hourDigits = cursor.digitsAhead();
            int hour;
            int minute = 0;
            int second = 0;
            int nano = 0;
            if (hourDigits == 4 || hourDigits == 6) {
                hour = cursor.number(2);
                minute = cursor.number(2);
                second = hourDigits == 6 ? cursor.number(2) : 0;
            } else if (hourDigits == 1 || hourDigits == 2) {
                hour = cursor.number(hourDigits);
                if (cursor.accept(':')) {
                    minute = cursor.number(2);
                    if (minute == TextCursor.NO_DIGITS) {
                        return fail("the hour is not followed by 2-digit minutes");
                    }
                    if (cursor.accept(':')) {
                        second = cursor.number(2);
                        if (second == TextCursor.NO_DIGITS) {
                            return fail("the minutes are not followed by 2-digit seconds");
                        }
                    }
                }
            } else {
                return fail("expected a time of day such as 12:00:00");
            }
            if (cursor.peek() == '.' || cursor.peek() == ',') {
                cursor.accept(cursor.peek());
                int fractionDigits = cursor.digitsAhead();
                if (fractionDigits == 0 || fractionDigits > 9) {
                    return fail("a fraction of a second has 1-9 digits");
                }
                nano = cursor.number(fractionDigits);
                for (int i = fractionDigits; i < 9; i++) {
                    nano *= 10;
                }
            }
            if (hour == 24 && minute == 0 && second == 0 && nano == 0) {
                dayCarry[0] = 1;
                return LocalTime.MIDNIGHT;
            }
            if (hour > 23) {
                return fail("hour " + hour + " is not 0-23");
            }
            if (minute > 59) {
                return fail("minute " + minute + " is not 0-59");
            }
            if (second > 59) {
                return fail("second " + second + " is not 0-59");
            }
            return LocalTime.of(hour, minute, second, nano);
        }

        private ZoneOffset offset() {
            if (cursor.accept('Z')) {
                return ZoneOffset.UTC;
            }
            int sign = cursor.accept('-') ? -1 : 1;
            if (sign > 0) {
                cursor.accept('+');
            }
            int hours = cursor.number(2);
            if (hours == TextCursor.NO_DIGITS) {
                return fail("an offset is Z or +/- followed by 2-digit hours, as in +09:00");
            }
            int minutes = 0;
            boolean colon = cursor.accept(':');
            if (colon || cursor.digitsAhead() > 0) {
                minutes = cursor.number(2);
                if (minutes == TextCursor.NO_DIGITS) {
                    return fail("the offset's hours are not followed by 2-digit minutes");
                }
            }
            if (hours > 18 || minutes > 59 || hours == 18 && minutes > 0) {
                return fail("offset " + (sign < 0 ? "-" : "+") + hours + ":" + minutes + " is beyond 18 hours");
            }
            return ZoneOffset.ofTotalSeconds(sign * (hours * 3600 + minutes * 60));
        }

        <T> T fail(String why) {
            if (mistake == null) {
                mistake = why;
            }
            return null;
        }
    }
}
