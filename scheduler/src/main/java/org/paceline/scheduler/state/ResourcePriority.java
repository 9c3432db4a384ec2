package org.paceline.scheduler.state;

import java.util.Comparator;
import java.util.List;

/**
 * The order Pacemaker keeps top-level resources in: by the meta attribute
 * {@code priority}, highest first, configuration order among equals.
 */
final class ResourcePriority {
    private ResourcePriority() {}

    static void sort(List<ResourceInstance> resources) {
        resources.sort(Comparator.comparingLong((ResourceInstance r) -> of(r)).reversed());
    }

    /** The priority as Pacemaker reads it: the leading integer of the value, 0 when there is none. */
    static long of(ResourceInstance resource) {
        String value = resource.meta().get("priority");
        if (value == null) {
            return 0;
        }
        String text = value.trim();
        if (text.matches("[+-]?(?i:INFINITY)")) {
            return text.startsWith("-") ? -1_000_000 : 1_000_000;
        }
        int end = 0;
        if (end < text.length() && (text.charAt(end) == '-' || text.charAt(end) == '+')) {
            end++;
        }
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        try {
            return Long.parseLong(text.substring(0, end));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
