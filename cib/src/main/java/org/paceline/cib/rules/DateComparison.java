package org.paceline.cib.rules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

import org.paceline.cib.Parsed;

/**
 * Evaluates a date expression as Pacemaker does, at whole-second precision: {@code gt}
 * (after start), {@code lt} (before end), {@code in_range} (start to end inclusive, or start
 * plus a duration; the default operation) and {@code date_spec}; and notes when the result
 * will next change.
 */
final class DateComparison {
    private DateComparison() {}

    /** @param recheck where to note the next change, or null */
    static boolean matches(DateExpression expression, RuleContext context, Recheck recheck) {
        long now = context.now().getEpochSecond();
        String operation = expression.operation() == null ? "in_range"
                : expression.operation().toLowerCase(Locale.ROOT);
        return switch (operation) {
            case "in_range" -> inRange(expression, context.zone(), now, recheck);
            case "gt" -> after(expression, context.zone(), now, recheck);
            case "lt" -> before(expression, context.zone(), now, recheck);
            case "date_spec" -> dateSpec(expression, context.zone(), now, recheck);
            default -> false;
        };
    }

    private static boolean inRange(DateExpression expression, ZoneId zone, long now, Recheck recheck) {
        // An unreadable start or end is left out, as Pacemaker does, not a failure.
        Optional<ZonedDateTime> start = moment(expression.start(), zone);
        Optional<ZonedDateTime> end = moment(expression.end(), zone);
        if (start.isEmpty() && end.isEmpty()) {
            return false;
        }
        if (end.isEmpty() && expression.duration() != null) {
            end = IsoDuration.of(expression.duration()).addTo(start.orElseThrow());
        }
        if (start.isPresent() && now < start.get().toEpochSecond()) {
            offer(recheck, start.get().toEpochSecond());
            return false;
        }
        if (end.isPresent()) {
            long last = end.get().toEpochSecond();
            if (now > last) {
                return false;
            }
            offer(recheck, last + 1);
        }
        return true;
    }

    private static boolean after(DateExpression expression, ZoneId zone, long now, Recheck recheck) {
        Optional<ZonedDateTime> start = moment(expression.start(), zone);
        if (start.isEmpty()) {
            return false;
        }
        long first = start.get().toEpochSecond();
        if (now > first) {
            return true;
        }
        offer(recheck, first + 1);
        return false;
    }

    private static boolean before(DateExpression expression, ZoneId zone, long now, Recheck recheck) {
        Optional<ZonedDateTime> end = moment(expression.end(), zone);
        if (end.isEmpty()) {
            return false;
        }
        long last = end.get().toEpochSecond();
        if (now < last) {
            offer(recheck, last);
            return true;
        }
        return false;
    }

    private static boolean dateSpec(DateExpression expression, ZoneId zone, long now, Recheck recheck) {
        if (expression.dateSpec() == null) {
            return false;
        }
        DateSpec spec = DateSpec.of(expression.dateSpec());
        if (recheck != null && recheck.includesDateSpecs()) {
            spec.nextChange(now, zone).ifPresent(recheck::offer);
        }
        return spec.matches(LocalDateTime.ofEpochSecond(now, 0, zone.getRules()
                .getOffset(Instant.ofEpochSecond(now))));
    }

    private static Optional<ZonedDateTime> moment(String text, ZoneId zone) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (IsoDateTime.parse(text)) {
            case Parsed.Valid<IsoDateTime> valid -> Optional.of(valid.value().toZoned(zone));
            case Parsed.Invalid<IsoDateTime> invalid -> Optional.empty();
        };
    }

    private static void offer(Recheck recheck, long epochSecond) {
        if (recheck != null) {
            recheck.offer(epochSecond);
        }
    }
}
