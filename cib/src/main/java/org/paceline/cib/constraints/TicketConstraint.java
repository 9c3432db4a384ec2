package org.paceline.cib.constraints;

import java.util.List;
import java.util.stream.Stream;

import org.paceline.cib.Extras;

/**
 * A resource that may run only while its site holds a ticket ({@code rsc_ticket}).
 *
 * @param lossPolicy stop, demote, fence or freeze, or null
 */
public record TicketConstraint(String id, String resource, String resourceRole, String ticket, String lossPolicy,
                               List<ResourceSet> sets, Extras extras) implements Constraint {
    public TicketConstraint {
        sets = List.copyOf(sets);
        extras = extras == null ? Extras.NONE : extras;
    }

    @Override
    public List<String> resourceReferences() {
        return Stream.concat(Stream.ofNullable(resource), sets.stream().flatMap(s -> s.resources().stream())).toList();
    }
}
