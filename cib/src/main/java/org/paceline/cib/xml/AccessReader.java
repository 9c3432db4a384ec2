package org.paceline.cib.xml;

import java.util.ArrayList;
import java.util.Set;

import org.paceline.cib.XmlElement;
import org.paceline.cib.access.AclPermission;
import org.paceline.cib.access.AclRole;
import org.paceline.cib.access.AclSubject;
import org.paceline.cib.access.Acls;

/**
 * Reads the {@code acls} section in its pacemaker-2.0 and later form. The 1.x forms
 * ({@code acl_user}, and {@code read}/{@code write}/{@code deny} inside
 * {@code acl_role}) have no record and are kept as extras, so they print back unchanged.
 */
final class AccessReader {
    private static final Set<String> SUBJECT = Set.of("id", "name");
    private static final Set<String> ROLE = Set.of("id", "description");
    private static final Set<String> PERMISSION = Set.of("id", "kind", "xpath", "reference", "object-type",
            "attribute", "description");

    private final ReadSession session;

    AccessReader(ReadSession session) {
        this.session = session;
    }

    Acls acls(SourceElement element) {
        var subjects = new ArrayList<AclSubject>();
        var roles = new ArrayList<AclRole>();
        var unknown = new ArrayList<XmlElement>();
        for (SourceElement child : element.children()) {
            switch (child.name()) {
                case "acl_target" -> subjects.add(subject(child, false));
                case "acl_group" -> subjects.add(subject(child, true));
                case "acl_role" -> roles.add(role(child));
                default -> session.keepUnknown(child, element, "acl_target, acl_group and acl_role", unknown);
            }
        }
        return new Acls(subjects, roles, ReadSession.extras(element, Set.of(), unknown));
    }

    private AclSubject subject(SourceElement element, boolean group) {
        session.required(element, "id");
        var roles = new ArrayList<String>();
        var unknown = new ArrayList<XmlElement>();
        for (SourceElement child : element.children()) {
            if (child.name().equals("role") && child.attributes().size() == 1 && child.has("id")
                    && child.children().isEmpty()) {
                roles.add(child.attribute("id"));
            } else {
                session.keepUnknown(child, element, "<role> references", unknown);
            }
        }
        return new AclSubject(group, element.attribute("id"), element.attribute("name"), roles,
                ReadSession.extras(element, SUBJECT, unknown));
    }

    private AclRole role(SourceElement element) {
        session.required(element, "id");
        var permissions = new ArrayList<AclPermission>();
        var unknown = new ArrayList<XmlElement>();
        for (SourceElement child : element.children()) {
            if (child.name().equals("acl_permission")) {
                permissions.add(permission(child));
            } else {
                session.keepUnknown(child, element, "<acl_permission> elements", unknown);
            }
        }
        return new AclRole(element.attribute("id"), element.attribute("description"), permissions,
                ReadSession.extras(element, ROLE, unknown));
    }

    private AclPermission permission(SourceElement element) {
        session.required(element, "id");
        session.required(element, "kind");
        var unknown = new ArrayList<XmlElement>();
        for (SourceElement child : element.children()) {
            session.keepUnknown(child, element, "no resource here", unknown);
        }
        return new AclPermission(element.attribute("id"), element.attribute("kind"), element.attribute("xpath"),
                element.attribute("reference"), element.attribute("object-type"), element.attribute("attribute"),
                element.attribute("description"), ReadSession.extras(element, PERMISSION, unknown));
    }
}
