package org.paceline.cib.crm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.paceline.cib.Extras;
import org.paceline.cib.Problem;

/**
 * One printing of a configuration: which ids to leave out (those the reader would make
 * again) and what cannot be printed.
 *
 * <p>An id is left out when it is the one the reader would make at that point; the
 * reader makes ids avoiding every id the text writes out, so the writer prints with the
 * ids written out by the previous printing reserved, until a printing writes out the
 * ids it reserved.
 */
final class WriterState {
    private final IdSpace ids;
    private final Set<String> writtenOut = new HashSet<>();
    private final List<Problem> problems = new ArrayList<>();

    WriterState(Set<String> reserved) {
        this.ids = new IdSpace(reserved);
    }

    /** An id as the reader will know it, and whether the text must write it out. */
    record Decision(String id, boolean leftOut) {
        /** {@code $id=ID} when written out, else nothing. */
        List<String> words() {
            return leftOut ? List.of() : List.of(CrmText.option("$id", id));
        }
    }

    Decision decide(String id, String conventional) {
        if (id == null || id.equals(ids.peek(conventional))) {
            return new Decision(ids.make(conventional), true);
        }
        writtenOut.add(id);
        return new Decision(id, false);
    }

    /** An id crm syntax has no place for: it must be the one the reader makes, which is returned. */
    String implied(String id, String conventional, String owner) {
        String made = ids.make(conventional);
        if (id != null && !id.equals(made)) {
            unwritable(owner, "its id " + TokenCursor.quote(id) + " differs from the one crm syntax implies ("
                    + TokenCursor.quote(made) + ") and cannot be written");
        }
        return made;
    }

    /** A statement's own id, always written out. */
    void statementId(String id) {
        if (id != null) {
            writtenOut.add(id);
            ids.write(id);
        }
    }

    void unwritable(String owner, String what) {
        problems.add(new Problem("-", 0, 0, owner + ": " + what));
    }

    void noExtras(Extras extras, String owner) {
        if (extras != null && !extras.isEmpty()) {
            unwritable(owner, "has attributes or elements crm syntax cannot express ("
                    + describe(extras) + ")");
        }
    }

    /** Checks that a value can be printed; returns it. */
    String printable(String value, String owner) {
        if (value != null && !CrmText.printable(value)) {
            unwritable(owner, "a value holds a line break, which crm syntax cannot express");
        }
        return value;
    }

    Set<String> writtenOut() {
        return writtenOut;
    }

    List<Problem> problems() {
        return problems;
    }

    private static String describe(Extras extras) {
        var names = new ArrayList<String>(extras.attributes().names());
        extras.children().forEach(child -> names.add("<" + child.name() + ">"));
        return String.join(", ", names);
    }
}
