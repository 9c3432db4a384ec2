package org.paceline.node.status;

/**
 * What crm_mon was asked to show.
 *
 * @param inactive    {@code -r}: inactive resources too ("Full List of Resources")
 * @param failCounts  {@code -f}: the migration summary
 * @param attributes  {@code -A}: node attributes
 * @param byNode      {@code -n}: resources grouped by node
 * @param simple      {@code -s}: the one-line health summary
 * @param xml         {@code --output-as=xml}
 * @param command     the command line, echoed in the XML result's {@code request} attribute
 */
public record StatusOptions(boolean inactive, boolean failCounts, boolean attributes, boolean byNode,
                            boolean simple, boolean xml, String command) {
    public StatusOptions {
        command = command == null ? "crm_mon" : command;
    }

    public int bits() {
        return (inactive ? 1 : 0) | (failCounts ? 2 : 0) | (attributes ? 4 : 0) | (byNode ? 8 : 0)
                | (simple ? 16 : 0) | (xml ? 32 : 0);
    }

    public static StatusOptions of(int bits, String command) {
        return new StatusOptions((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0,
                (bits & 16) != 0, (bits & 32) != 0, command);
    }
}
