package org.paceline.cib.rules;

import java.util.Locale;
import java.util.OptionalLong;

/**
 * How Pacemaker reads an operation's interval or timeout: an ISO 8601 duration
 * ({@code PT10S}) or an integer with an optional unit ({@code 10}, {@code 10s},
 * {@code 500ms}, {@code 2min}, {@code 1h}); a bare number is seconds.
 */
public final class IntervalSpec {
    private IntervalSpec() {}

    /**
     * The interval in milliseconds, or empty when the text is not an interval. Null means
     * no interval, 0. Microseconds are rounded up to whole milliseconds.
     */
    public static OptionalLong millis(String spec) {
        if (spec == null) {
            return OptionalLong.of(0);
        }
        String text = spec.strip();
        if (text.startsWith("P")) {
            var parsed = IsoDuration.parse(text);
            return parsed.isValid() ? OptionalLong.of(parsed.orThrow().approximateMillis()) : OptionalLong.empty();
        }
        var cursor = new TextCursor(text);
        int digits = cursor.digitsAhead();
        if (digits == 0 || digits > 12) {
            return OptionalLong.empty();
        }
        long amount = Long.parseLong(text, 0, digits, 10);
        cursor.moveTo(digits);
        cursor.skipBlanks();
        String unit = cursor.rest().toLowerCase(Locale.ROOT);
        return switch (unit) {
            case "ms", "msec" -> OptionalLong.of(amount);
            case "us", "usec" -> OptionalLong.of((amount + 999) / 1000);
            case "", "s", "sec" -> OptionalLong.of(amount * 1000);
            case "m", "min" -> OptionalLong.of(amount * 60_000);
            case "h", "hr" -> OptionalLong.of(amount * 3_600_000);
            default -> OptionalLong.empty();
        };
    }
}
