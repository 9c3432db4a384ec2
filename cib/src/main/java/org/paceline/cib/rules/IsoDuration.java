package org.paceline.cib.rules;

import java.time.DateTimeException;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.paceline.cib.Parsed;
import org.paceline.cib.SourceMap;

/**
 * A length of time with its calendar parts kept apart, as ISO 8601 writes it
 * ({@code P1Y2M3W4DT5H6M7S}, {@code PT10S}) and as a {@code duration} element gives it:
 * a month is a calendar month and a day a calendar day, not a fixed count of seconds.
 */
public record IsoDuration(int years, int months, int weeks, int days, int hours, int minutes, int seconds) {
    public static final IsoDuration ZERO = new IsoDuration(0, 0, 0, 0, 0, 0, 0);

    static final String EXPECTED = "expected an ISO 8601 duration such as P1Y2M3W4DT5H6M7S or PT10S";

    /** The text as a duration, or a problem saying what is wrong and what was expected. */
    public static Parsed<IsoDuration> parse(String text) {
        return parse(text, SourceMap.none("-"), null);
    }

    /** As {@link #parse(String)}, with a problem placed at the element with id {@code id}. */
    public static Parsed<IsoDuration> parse(String text, SourceMap sources, String id) {
        if (text == null) {
            return Parsed.invalid(sources.problem(id, "no duration given; " + EXPECTED));
        }
        var reading = new Reading(new TextCursor(text.strip()));
        IsoDuration value = reading.whole();
        if (value == null) {
            return Parsed.invalid(sources.problem(id, "\"" + text + "\" is not a duration: " + reading.mistake
                    + "; " + EXPECTED));
        }
        return Parsed.valid(value);
    }

    /**
     * The duration a {@code duration} element gives (attributes years, months, weeks, days,
     * hours, minutes, seconds). A value that is not an integer is left out, as Pacemaker
     * ignores it.
     */
    public static IsoDuration of(DateFields fields) {
        var attrs = fields.fields();
        return new IsoDuration(part(attrs.getOrNull("years")), part(attrs.getOrNull("months")),
                part(attrs.getOrNull("weeks")), part(attrs.getOrNull("days")), part(attrs.getOrNull("hours")),
                part(attrs.getOrNull("minutes")), part(attrs.getOrNull("seconds")));
    }

    /**
     * The date-time this long after {@code start}: years, then months (the day of the month
     * kept, or the month's last day when it has fewer), weeks, days, then hours, minutes and
     * seconds. Empty when the result is beyond the calendar java.time can hold.
     */
    public Optional<ZonedDateTime> addTo(ZonedDateTime start) {
        try {
            return Optional.of(start.plusYears(years).plusMonths(months).plusWeeks(weeks).plusDays(days)
                    .plusHours(hours).plusMinutes(minutes).plusSeconds(seconds));
        } catch (DateTimeException | ArithmeticException beyondCalendar) {
            return Optional.empty();
        }
    }

    /**
     * The length in milliseconds, counting a year as 365 days and a month as 30: only for
     * operation intervals, where calendar parts are not expected.
     */
    public long approximateMillis() {
        long totalDays = years * 365L + months * 30L + weeks * 7L + days;
        return ((totalDays * 24 + hours) * 60 + minutes) * 60_000L + seconds * 1000L;
    }

    public boolean isZero() {
        return equals(ZERO);
    }

    /** The ISO 8601 text, as it parses back: {@code P1Y2M3W4DT5H6M7S}; {@code PT0S} for zero. */
    public String format() {
        if (isZero()) {
            return "PT0S";
        }
        var out = new StringBuilder("P");
        append(out, years, 'Y');
        append(out, months, 'M');
        append(out, weeks, 'W');
        append(out, days, 'D');
        if (hours != 0 || minutes != 0 || seconds != 0) {
            out.append('T');
            append(out, hours, 'H');
            append(out, minutes, 'M');
            append(out, seconds, 'S');
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return format();
    }

    private static void append(StringBuilder out, int value, char unit) {
        if (value != 0) {
            out.append(value).append(unit);
        }
    }

    private static int part(String text) {
        if (text == null) {
            return 0;
        }
        var value = AttributeComparison.scanLong(text);
        if (value.isEmpty() || value.getAsLong() > Integer.MAX_VALUE || value.getAsLong() < Integer.MIN_VALUE) {
            return 0;
        }
        return (int) value.getAsLong();
    }

    /** One attempt at reading a duration: the value, or what went wrong. */
    static final class Reading {
        private final TextCursor cursor;
        String mistake;

        Reading(TextCursor cursor) {
            this.cursor = cursor;
        }

        IsoDuration whole() {
            IsoDuration value = prefix();
            if (value != null && !cursor.atEnd()) {
                return fail("unexpected \"" + cursor.rest() + "\"");
            }
            return value;
        }

        /** A duration at the cursor, leaving the cursor after it. */
        IsoDuration prefix() {
            if (!cursor.accept('P')) {
                return fail("it does not start with P");
            }
            int[] values = new int[7];
            // Designators in the order they must appear; 'M' means months before T, minutes after.
            char[] dateUnits = {'Y', 'M', 'W', 'D'};
            char[] timeUnits = {'H', 'M', 'S'};
            int next = 0;
            boolean any = false;
            while (TextCursor.isDigit(cursor.peek())) {
                int value = number();
                if (value < 0) {
                    return null;
                }
                int unit = indexOf(dateUnits, cursor.peek(), next);
                if (unit < 0) {
                    return fail(designatorMistake(cursor.peek(), "Y, M, W or D", dateUnits, next));
                }
                cursor.accept(cursor.peek());
                values[unit] = value;
                next = unit + 1;
                any = true;
            }
            if (cursor.accept('T')) {
                next = 0;
                boolean anyTime = false;
                while (TextCursor.isDigit(cursor.peek())) {
                    int value = number();
                    if (value < 0) {
                        return null;
                    }
                    int unit = indexOf(timeUnits, cursor.peek(), next);
                    if (unit < 0) {
                        return fail(designatorMistake(cursor.peek(), "H, M or S", timeUnits, next));
                    }
                    cursor.accept(cursor.peek());
                    values[4 + unit] = value;
                    next = unit + 1;
                    anyTime = true;
                }
                if (!anyTime) {
                    return fail("T is not followed by hours, minutes or seconds");
                }
                any = true;
            }
            if (!any) {
                return fail("P is not followed by any amount");
            }
            return new IsoDuration(values[0], values[1], values[2], values[3], values[4], values[5], values[6]);
        }

        private int number() {
            int digits = cursor.digitsAhead();
            if (digits > 9) {
                fail("an amount has at most 9 digits");
                return -1;
            }
            return cursor.number(digits);
        }

        private static int indexOf(char[] units, char c, int from) {
            for (int i = from; i < units.length; i++) {
                if (units[i] == c) {
                    return i;
                }
            }
            return -1;
        }

        private static String designatorMistake(char found, String allowed, char[] units, int next) {
            if (found == 0) {
                return "an amount is not followed by a unit (" + allowed + ")";
            }
            if (indexOf(units, found, 0) >= 0) {
                return "unit " + found + " is repeated or out of order (" + allowed + ", in that order)";
            }
            return "\"" + found + "\" is not a unit (" + allowed + ")";
        }

        private <T> T fail(String why) {
            if (mistake == null) {
                mistake = why;
            }
            return null;
        }
    }
}
