package org.paceline.cib.access;

import java.util.List;

import org.paceline.cib.Extras;

/**
 * Access control lists: who (users and groups) may read, write or not see which
 * parts of the CIB, through roles.
 *
 * @param extras unknown children, including the pacemaker-1.x forms ({@code acl_user})
 */
public record Acls(List<AclSubject> subjects, List<AclRole> roles, Extras extras) {
    public static final Acls NONE = new Acls(List.of(), List.of(), Extras.NONE);

    public Acls {
        subjects = List.copyOf(subjects);
        roles = List.copyOf(roles);
        extras = extras == null ? Extras.NONE : extras;
    }

    public boolean isEmpty() {
        return subjects.isEmpty() && roles.isEmpty() && extras.isEmpty();
    }
}
