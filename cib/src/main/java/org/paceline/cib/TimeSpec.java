package org.paceline.cib;

import java.util.Locale;
import java.util.OptionalLong;

/**
 * Pacemaker's way of writing an interval or timeout: a number with an optional unit
 * ({@code 10}, {@code 10s}, {@code 500ms}, {@code 5min}, {@code 1h}; seconds when none),
 * or an ISO 8601 duration ({@code PT10S}).
 */
public final class TimeSpec {
    private TimeSpec() {}

    /** Milliseconds, or empty when the text is not a time span. */
    public static OptionalLong parseMillis(String text) {
        if (text == null) {
            return OptionalLong.empty();
        }
        String t = text.trim();
        if (t.isEmpty()) {
            return OptionalLong.empty();
        }
        if (t.charAt(0) == 'P' || t.charAt(0) == 'p') {
            return isoMillis(t.toUpperCase(Locale.ROOT));
        }
        int end = 0;
        while (end < t.length() && (Character.isDigit(t.charAt(end)) || (end == 0 && (t.charAt(0) == '+' || t.charAt(0) == '-')))) {
            end++;
        }
        if (end == 0 || (end == 1 && !Character.isDigit(t.charAt(0)))) {
            return OptionalLong.empty();
        }
        long number;
        try {
            number = Long.parseLong(t.substring(0, end));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
        if (number < 0) {
            return OptionalLong.empty();
        }
        long factor = switch (t.substring(end).trim().toLowerCase(Locale.ROOT)) {
            case "", "s", "sec", "secs", "second", "seconds" -> 1000;
            case "ms", "msec", "msecs" -> 1;
            case "us", "usec", "usecs" -> -1000; // microseconds: divide
            case "m", "min", "mins", "minute", "minutes" -> 60_000;
            case "h", "hr", "hrs", "hour", "hours" -> 3_600_000;
            default -> 0;
        };
        if (factor == 0) {
            return OptionalLong.empty();
        }
        if (factor < 0) {
            return OptionalLong.of(number / -factor);
        }
        if (number > Long.MAX_VALUE / factor) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(number * factor);
    }

    /** ISO 8601 durations with day and time parts (PnDTnHnMnS, PnW); months and years as 30 and 365 days. */
    private static OptionalLong isoMillis(String t) {
        long total = 0;
        boolean inTime = false;
        boolean any = false;
        int i = 1;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == 'T') {
                if (inTime) {
                    return OptionalLong.empty();
                }
                inTime = true;
                i++;
                continue;
            }
            int start = i;
            while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.')) {
                i++;
            }
            if (start == i || i >= t.length()) {
                return OptionalLong.empty();
            }
            double value;
            try {
                value = Double.parseDouble(t.substring(start, i));
            } catch (NumberFormatException e) {
                return OptionalLong.empty();
            }
            char unit = t.charAt(i++);
            double millis = switch (unit) {
                case 'Y' -> inTime ? -1 : 365 * 86_400_000d;
                case 'W' -> inTime ? -1 : 7 * 86_400_000d;
                case 'D' -> inTime ? -1 : 86_400_000d;
                case 'H' -> inTime ? 3_600_000d : -1;
                case 'S' -> inTime ? 1000d : -1;
                case 'M' -> inTime ? 60_000d : 30 * 86_400_000d;
                default -> -1;
            };
            if (millis < 0) {
                return OptionalLong.empty();
            }
            total += (long) (value * millis);
            any = true;
        }
        return any ? OptionalLong.of(total) : OptionalLong.empty();
    }
}
