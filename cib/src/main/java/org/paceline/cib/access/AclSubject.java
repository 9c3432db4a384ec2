package org.paceline.cib.access;

import java.util.List;

import org.paceline.cib.Extras;

/**
 * A user ({@code acl_target}) or group ({@code acl_group}) and the roles it has.
 *
 * @param name the system name when it differs from the id, or null
 */
public record AclSubject(boolean group, String id, String name, List<String> roles, Extras extras) {
    public AclSubject {
        roles = List.copyOf(roles);
        extras = extras == null ? Extras.NONE : extras;
    }
}
