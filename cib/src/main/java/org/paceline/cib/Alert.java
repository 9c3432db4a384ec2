package org.paceline.cib;

import java.util.List;

/**
 * An alert agent and who it tells.
 *
 * @param extras other attributes and the {@code select} element, kept as read
 */
public record Alert(String id, String path, String description, List<NvSet> sets,
                    List<AlertRecipient> recipients, Extras extras) {
    public Alert {
        sets = List.copyOf(sets);
        recipients = List.copyOf(recipients);
        extras = extras == null ? Extras.NONE : extras;
    }
}
