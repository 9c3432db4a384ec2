package org.paceline.cib.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.OptionalLong;

import org.paceline.cib.Attrs;

/**
 * A {@code date_spec} read into ranges: a cron-like test of the local date and time, field
 * by field (years, months, monthdays, hours, minutes, seconds, yeardays, weekyears, weeks,
 * weekdays), each a single value {@code 9}, a range {@code 9-16}, or an open range
 * {@code 9-} or {@code -16}. A field not written, or written as something that is not a
 * range, does not constrain (Pacemaker ignores such a field). {@code moon} is ignored.
 */
final class DateSpec {
    /** How far ahead {@link #nextChange} looks before giving up: a little over eight years. */
    private static final int DAYS_SEARCHED = 8 * 366;
    private static final int SECONDS_PER_DAY = 86_400;

    private final Range years;
    private final Range months;
    private final Range monthdays;
    private final Range hours;
    private final Range minutes;
    private final Range seconds;
    private final Range yeardays;
    private final Range weekyears;
    private final Range weeks;
    private final Range weekdays;

    private DateSpec(Attrs fields) {
        years = Range.parse(fields.getOrNull("years"));
        months = Range.parse(fields.getOrNull("months"));
        monthdays = Range.parse(fields.getOrNull("monthdays"));
        hours = Range.parse(fields.getOrNull("hours"));
        minutes = Range.parse(fields.getOrNull("minutes"));
        seconds = Range.parse(fields.getOrNull("seconds"));
        yeardays = Range.parse(fields.getOrNull("yeardays"));
        weekyears = Range.parse(fields.getOrNull("weekyears"));
        weeks = Range.parse(fields.getOrNull("weeks"));
        weekdays = Range.parse(fields.getOrNull("weekdays"));
    }

    static DateSpec of(DateFields fields) {
        return new DateSpec(fields.fields());
    }

    boolean matches(LocalDateTime time) {
        return dayMatches(time.toLocalDate()) && timeMatches(time.toLocalTime().toSecondOfDay());
    }

    /**
     * The first whole second after {@code nowEpochSecond} at which the match result differs
     * from the result at {@code nowEpochSecond}, searched day by day for about eight years;
     * empty when it does not change within that time.
     */
    OptionalLong nextChange(long nowEpochSecond, ZoneId zone) {
        LocalDateTime now = LocalDateTime.ofInstant(Instant.ofEpochSecond(nowEpochSecond), zone);
        boolean current = matches(now);
        int[] changes = timeOfDayChanges();
        LocalDate day = now.toLocalDate();
        if (dayMatches(day)) {
            int secondOfDay = now.toLocalTime().toSecondOfDay();
            for (int change : changes) {
                if (change > secondOfDay) {
                    return later(day, change, zone, nowEpochSecond);
                }
            }
        }
        for (int i = 1; i <= DAYS_SEARCHED; i++) {
            day = day.plusDays(1);
            boolean dayMatch = dayMatches(day);
            if ((dayMatch && timeMatches(0)) != current) {
                return later(day, 0, zone, nowEpochSecond);
            }
            if (dayMatch && changes.length > 0) {
                // The day starts as now and the time of day changes during it.
                return later(day, changes[0], zone, nowEpochSecond);
            }
        }
        return OptionalLong.empty();
    }

    private boolean dayMatches(LocalDate day) {
        return Range.holds(years, day.getYear())
                && Range.holds(months, day.getMonthValue())
                && Range.holds(monthdays, day.getDayOfMonth())
                && Range.holds(yeardays, day.getDayOfYear())
                && Range.holds(weekyears, day.get(IsoFields.WEEK_BASED_YEAR))
                && Range.holds(weeks, day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                && Range.holds(weekdays, day.getDayOfWeek().getValue());
    }

    private boolean timeMatches(int secondOfDay) {
        return Range.holds(hours, secondOfDay / 3600)
                && Range.holds(minutes, secondOfDay / 60 % 60)
                && Range.holds(seconds, secondOfDay % 60);
    }

    /** The seconds of the day (after midnight) at which the time-of-day test changes result. */
    private int[] timeOfDayChanges() {
        int step = seconds != null ? 1 : minutes != null ? 60 : hours != null ? 3600 : SECONDS_PER_DAY;
        var changes = new ArrayList<Integer>();
        boolean previous = timeMatches(0);
        for (int second = step; second < SECONDS_PER_DAY; second += step) {
            boolean match = timeMatches(second);
            if (match != previous) {
                changes.add(second);
                previous = match;
            }
        }
        return changes.stream().mapToInt(Integer::intValue).toArray();
    }

    private static OptionalLong later(LocalDate day, int secondOfDay, ZoneId zone, long nowEpochSecond) {
        long at = day.atStartOfDay().plusSeconds(secondOfDay).atZone(zone).toEpochSecond();
        // A daylight-saving jump may map the local time before now; recheck a second later then.
        return OptionalLong.of(Math.max(at, nowEpochSecond + 1));
    }

    /**
     * One field's bounds; -1 means open, as in Pacemaker (fields are never negative).
     */
    private record Range(long low, long high) {
        private static final long OPEN = -1;

        static boolean holds(Range range, long value) {
            return range == null
                    || (range.low == OPEN || value >= range.low) && (range.high == OPEN || value <= range.high);
        }

        /** {@code N}, {@code N-M}, {@code N-} or {@code -M}; null when absent or not a range. */
        static Range parse(String text) {
            if (text == null || text.isEmpty() || text.equals("-")) {
                return null;
            }
            if (text.charAt(0) == '-') {
                long[] high = scan(text, 1);
                return high == null || high[1] != text.length() ? null : new Range(OPEN, high[0]);
            }
            long[] low = scan(text, 0);
            if (low == null) {
                return null;
            }
            int rest = (int) low[1];
            if (rest == text.length()) {
                return new Range(low[0], low[0]);
            }
            if (text.charAt(rest) != '-') {
                return null;
            }
            if (rest + 1 == text.length()) {
                return new Range(low[0], OPEN);
            }
            long[] high = scan(text, rest + 1);
            return high == null || high[1] != text.length() ? null : new Range(low[0], high[0]);
        }

        /** An integer at {@code from} (blanks, sign, digits): {value, index after it}, or null. */
        private static long[] scan(String text, int from) {
            var cursor = new TextCursor(text);
            cursor.moveTo(from);
            cursor.skipBlanks();
            boolean negative = cursor.accept('-');
            if (!negative) {
                cursor.accept('+');
            }
            int digits = cursor.digitsAhead();
            if (digits == 0 || digits > 18) {
                return null;
            }
            long value = Long.parseLong(text, cursor.position(), cursor.position() + digits, 10);
            int end = cursor.position() + digits;
            return new long[] {negative ? -value : value, end};
        }
    }
}
