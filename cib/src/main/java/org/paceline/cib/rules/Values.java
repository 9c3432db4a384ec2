package org.paceline.cib.rules;

import java.util.Locale;

/** How Pacemaker reads booleans in the CIB. */
public final class Values {
    private Values() {}

    /** true, on, yes, y, 1 (any case) are true; everything else is false. */
    public static boolean isTrue(String value) {
        if (value == null) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "y", "1" -> true;
            default -> false;
        };
    }

    /** Whether the text is one of Pacemaker's boolean spellings at all. */
    public static boolean isBoolean(String value) {
        if (value == null) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "y", "1", "false", "off", "no", "n", "0" -> true;
            default -> false;
        };
    }
}
