package org.paceline.cib.access;

import java.util.List;

import org.paceline.cib.Extras;

/** A named collection of permissions. */
public record AclRole(String id, String description, List<AclPermission> permissions, Extras extras) {
    public AclRole {
        permissions = List.copyOf(permissions);
        extras = extras == null ? Extras.NONE : extras;
    }
}
