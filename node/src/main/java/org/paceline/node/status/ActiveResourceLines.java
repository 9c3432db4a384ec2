package org.paceline.node.status;

import java.util.ArrayList;
import java.util.List;

/**
 * Narrows the full resource list to crm_mon's "Active Resources": a stopped primitive's
 * line, a clone's {@code Stopped: [ ... ]} line, and then a group or clone header left
 * without members, are dropped. Works on the text because the list's layout (two spaces
 * an indentation level) is Pacemaker's and fixed.
 */
final class ActiveResourceLines {
    private ActiveResourceLines() {}

    static List<String> keepActive(List<String> block) {
        var kept = new ArrayList<String>();
        for (String line : block) {
            String text = line.stripLeading();
            boolean stoppedPrimitive = text.startsWith("* ") && text.contains("):\t Stopped");
            boolean stoppedInstances = text.startsWith("* Stopped: [") || text.startsWith("* Stopped (disabled): [");
            if (!stoppedPrimitive && !stoppedInstances) {
                kept.add(line);
            }
        }
        var result = new ArrayList<String>();
        for (int i = 0; i < kept.size(); i++) {
            String line = kept.get(i);
            boolean header = line.endsWith(":") && line.stripLeading().startsWith("* ")
                    && (line.contains("Resource Group: ") || line.contains(" Set: "));
            if (header && (i + 1 >= kept.size() || indent(kept.get(i + 1)) <= indent(line))) {
                continue;
            }
            result.add(line);
        }
        if (result.getLast().equals("Active Resources:")) {
            result.add("  * No active resources");
        }
        return result;
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }
}
