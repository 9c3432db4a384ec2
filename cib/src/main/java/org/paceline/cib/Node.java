package org.paceline.cib;

import java.util.List;

/**
 * A cluster node as configured in the {@code nodes} section.
 *
 * @param type member, remote or ping (older: normal), or null
 * @param sets its permanent attributes and utilization
 */
public record Node(String id, String uname, String type, String description, List<NvSet> sets, Extras extras) {
    public Node {
        sets = List.copyOf(sets);
        extras = extras == null ? Extras.NONE : extras;
    }

    public List<NvSet> sets(SetKind kind) {
        return sets.stream().filter(s -> s.kind() == kind).toList();
    }
}
