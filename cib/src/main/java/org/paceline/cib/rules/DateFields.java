package org.paceline.cib.rules;

import org.paceline.cib.Attrs;
import org.paceline.cib.Extras;

/**
 * A {@code date_spec} (ranges of years, months, monthdays, hours, weekdays, ...) or a
 * {@code duration} (years, months, weeks, days, hours, minutes, seconds), as written.
 */
public record DateFields(String id, Attrs fields, Extras extras) {
    public DateFields {
        fields = fields == null ? Attrs.EMPTY : fields;
        extras = extras == null ? Extras.NONE : extras;
    }
}
