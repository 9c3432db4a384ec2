package org.paceline.scheduler.simulation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.paceline.cib.Cib;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;
import org.paceline.cib.rules.IsoDateTime;

/**
 * The instant a simulation takes as "now", and the line crm_simulate prints about it.
 *
 * @param line "Setting effective cluster time: ..." or "Using the original execution
 *             date of: ...", or null when the clock was used
 */
public record EffectiveDate(Instant now, String line) {
    private static final DateTimeFormatter ORIGINAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * Chooses as crm_simulate does: the date given with {@code -t} (read in {@code zone}
     * when it has no offset), else the CIB's {@code execution-date} (seconds since the
     * epoch, written by the node that saved the input), else {@code clock}.
     *
     * @param setDatetime the {@code -t} text, or null
     */
    public static Parsed<EffectiveDate> of(Cib cib, String setDatetime, ZoneId zone, Instant clock) {
        if (setDatetime != null) {
            Parsed<IsoDateTime> date = IsoDateTime.parse(setDatetime);
            if (date instanceof Parsed.Invalid<IsoDateTime> invalid) {
                return Parsed.invalid(new Problem("--set-datetime", 0, 0, invalid.problems().getFirst().message()));
            }
            return Parsed.valid(new EffectiveDate(date.orThrow().toInstant(zone),
                    "Setting effective cluster time: " + setDatetime));
        }
        String original = cib.extras().attributes().getOrNull("execution-date");
        if (original != null) {
            try {
                long seconds = Long.parseLong(original.trim());
                if (seconds != 0) {
                    Instant when = Instant.ofEpochSecond(seconds);
                    return Parsed.valid(new EffectiveDate(when,
                            "Using the original execution date of: " + ORIGINAL.format(when)));
                }
            } catch (NumberFormatException | java.time.DateTimeException e) {
                // Not a number of seconds: crm_simulate ignores it too and uses the clock.
            }
        }
        return Parsed.valid(new EffectiveDate(clock, null));
    }
}
