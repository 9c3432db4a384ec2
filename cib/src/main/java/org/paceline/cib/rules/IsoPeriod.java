package org.paceline.cib.rules;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.paceline.cib.Parsed;
import org.paceline.cib.SourceMap;

/**
 * An ISO 8601 time interval as Pacemaker reads one: {@code start/end},
 * {@code start/duration} or {@code duration/end}.
 *
 * @param start    the first moment, or null for {@code duration/end}
 * @param end      the last moment, or null for {@code start/duration}
 * @param duration the length, or null for {@code start/end}
 */
public record IsoPeriod(IsoDateTime start, IsoDateTime end, IsoDuration duration) {
    static final String EXPECTED = "expected an ISO 8601 period start/end, start/duration or duration/end,"
            + " such as 2005-01-01/2005-12-31 or 2005-01-01T00:00:00Z/P1Y";

    public IsoPeriod {
        int given = (start == null ? 0 : 1) + (end == null ? 0 : 1) + (duration == null ? 0 : 1);
        if (given != 2 || start == null && end == null) {
            throw new IllegalArgumentException("a period is start/end, start/duration or duration/end");
        }
    }

    /** The text as a period, or a problem saying what is wrong and what was expected. */
    public static Parsed<IsoPeriod> parse(String text) {
        return parse(text, SourceMap.none("-"), null);
    }

    /** As {@link #parse(String)}, with a problem placed at the element with id {@code id}. */
    public static Parsed<IsoPeriod> parse(String text, SourceMap sources, String id) {
        if (text == null) {
            return Parsed.invalid(sources.problem(id, "no period given; " + EXPECTED));
        }
        var cursor = new TextCursor(text.strip());
        String[] mistake = {null};
        IsoPeriod value = read(cursor, mistake);
        if (value == null) {
            return Parsed.invalid(sources.problem(id, "\"" + text + "\" is not a period: " + mistake[0]
                    + "; " + EXPECTED));
        }
        return Parsed.valid(value);
    }

    /** The first moment, reading a missing offset in {@code zone}; empty beyond the calendar. */
    public Optional<ZonedDateTime> startIn(ZoneId zone) {
        if (start != null) {
            return Optional.of(start.toZoned(zone));
        }
        // Subtracting a calendar duration: step back by each part, as adding would step forward.
        var negated = new IsoDuration(-duration.years(), -duration.months(), -duration.weeks(), -duration.days(),
                -duration.hours(), -duration.minutes(), -duration.seconds());
        return negated.addTo(end.toZoned(zone));
    }

    /** The last moment, reading a missing offset in {@code zone}; empty beyond the calendar. */
    public Optional<ZonedDateTime> endIn(ZoneId zone) {
        if (end != null) {
            return Optional.of(end.toZoned(zone));
        }
        return duration.addTo(start.toZoned(zone));
    }

    /** The text as it parses back. */
    public String format() {
        String first = start != null ? start.format() : duration.format();
        String second = end != null ? end.format() : duration.format();
        return first + "/" + second;
    }

    @Override
    public String toString() {
        return format();
    }

    private static IsoPeriod read(TextCursor cursor, String[] mistake) {
        boolean durationFirst = cursor.peek() == 'P';
        IsoDateTime start = null;
        IsoDuration duration = null;
        if (durationFirst) {
            var reading = new IsoDuration.Reading(cursor);
            duration = reading.prefix();
            if (duration == null) {
                mistake[0] = "its duration: " + reading.mistake;
                return null;
            }
        } else {
            var reading = new IsoDateTime.Reading(cursor);
            start = reading.dateTimePrefix();
            if (start == null) {
                mistake[0] = "its start: " + reading.mistake;
                return null;
            }
        }
        cursor.skipBlanks();
        if (!cursor.accept('/')) {
            mistake[0] = cursor.atEnd() ? "there is no \"/\"" : "unexpected \"" + cursor.rest() + "\" before \"/\"";
            return null;
        }
        cursor.skipBlanks();
        if (cursor.peek() == 'P') {
            if (durationFirst) {
                mistake[0] = "a period has at most one duration";
                return null;
            }
            var reading = new IsoDuration.Reading(cursor);
            IsoDuration length = reading.whole();
            if (length == null) {
                mistake[0] = "its duration: " + reading.mistake;
                return null;
            }
            return new IsoPeriod(start, null, length);
        }
        var reading = new IsoDateTime.Reading(cursor);
        IsoDateTime end = reading.dateTime();
        if (end == null) {
            mistake[0] = "its end: " + reading.mistake;
            return null;
        }
        return new IsoPeriod(start, end, duration);
    }
}
