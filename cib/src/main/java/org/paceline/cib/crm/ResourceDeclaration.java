package org.paceline.cib.crm;

import java.util.List;

import org.paceline.cib.NvSet;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.resources.Resource;

/**
 * A resource statement as read, before groups and clones take in the resources they
 * name (which the text may define further down).
 */
sealed interface ResourceDeclaration {
    String id();

    /** The statement's first word, where problems about the declaration are placed. */
    Token at();

    /** @param template the {@code @template} word, or null */
    record OfPrimitive(Primitive primitive, Token template, Token at) implements ResourceDeclaration {
        @Override
        public String id() {
            return primitive.id();
        }
    }

    record OfGroup(String id, String description, List<Token> members, List<NvSet> sets, Token at)
            implements ResourceDeclaration {
        public OfGroup {
            members = List.copyOf(members);
            sets = List.copyOf(sets);
        }
    }

    /** A {@code clone}, or with {@code legacyMaster} an {@code ms}. */
    record OfClone(String id, String description, boolean legacyMaster, Token child, List<NvSet> sets, Token at)
            implements ResourceDeclaration {
        public OfClone {
            sets = List.copyOf(sets);
        }
    }

    /** A resource read whole from an {@code xml} statement, its members or child inside it. */
    record OfComplete(Resource resource, Token at) implements ResourceDeclaration {
        @Override
        public String id() {
            return resource.id();
        }
    }
}
