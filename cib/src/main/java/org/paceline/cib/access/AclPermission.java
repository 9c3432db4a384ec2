package org.paceline.cib.access;

import org.paceline.cib.Extras;

/**
 * One permission: read, write or deny, on the part of the CIB chosen by an XPath, a
 * reference to an id, or an object type (with an optional attribute).
 */
public record AclPermission(String id, String kind, String xpath, String reference, String objectType,
                            String attribute, String description, Extras extras) {
    public AclPermission {
        extras = extras == null ? Extras.NONE : extras;
    }
}
