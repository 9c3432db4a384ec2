package org.paceline.bench.scheduler;

import java.time.Instant;

import org.paceline.cib.Cib;

/**
 * An input read and ready for both schedulers.
 *
 * @param text the XML both read (Pacemaker 3 option names already renamed)
 * @param cib  the text as Paceline read it
 * @param now  the instant Paceline schedules at: the {@code -t} date, the CIB's execution date, or the clock
 */
record PreparedInput(ComparisonInput input, String text, Cib cib, Instant now) {}
