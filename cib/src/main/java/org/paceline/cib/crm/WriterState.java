package org.paceline.cib.crm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.paceline.cib.Configuration;
import org.paceline.cib.Extras;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;
import org.paceline.cib.xml.CibXmlReader;
import org.paceline.cib.xml.CibXmlWriter;

/**
 * One printing of a configuration: which ids to leave out (those the reader would make
 * again) and what cannot be printed.
 *
 * <p>An id is left out when it is the one the reader would make at that point; the
 * reader makes ids avoiding every id the text writes out, so the writer prints with the
 * ids written out by the previous printing reserved, until a printing writes out the
 * ids it reserved.
 *
 * <p>In {@link CrmWriter.Mode#DISPLAY} an id crm syntax has no place for is left out
 * whatever it is, and a statement that cannot be printed is undone and printed as an
 * {@code xml} statement instead.
 */
final class WriterState {
    private final IdSpace ids;
    private final CrmWriter.Mode mode;
    private final Set<String> writtenOut = new HashSet<>();
    /** The ids of {@code writtenOut} in the order added, so that an undone statement gives them back. */
    private final List<String> writtenOutLog = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    WriterState(Set<String> reserved, CrmWriter.Mode mode) {
        this.ids = new IdSpace(reserved);
        this.mode = mode;
    }

    /** An id as the reader will know it, and whether the text must write it out. */
    record Decision(String id, boolean leftOut) {
        /** {@code $id=ID} when written out, else nothing. */
        List<String> words() {
            return leftOut ? List.of() : List.of(CrmText.option("$id", id));
        }
    }

    boolean display() {
        return mode == CrmWriter.Mode.DISPLAY;
    }

    Decision decide(String id, String conventional) {
        if (id == null || id.equals(ids.peek(conventional))) {
            return new Decision(ids.make(conventional), true);
        }
        addWrittenOut(id);
        return new Decision(id, false);
    }

    /**
     * An id crm syntax has no place for: it must be the one the reader makes, which is
     * returned; when displaying, whatever it is, it is left out.
     */
    String implied(String id, String conventional, String owner) {
        String made = ids.make(conventional);
        if (id != null && !id.equals(made) && !display()) {
            unwritable(owner, "its id " + TokenCursor.quote(id) + " differs from the one crm syntax implies ("
                    + TokenCursor.quote(made) + ") and cannot be written");
        }
        return made;
    }

    /** A statement's own id, always written out. */
    void statementId(String id) {
        if (id != null) {
            addWrittenOut(id);
            ids.write(id);
        }
    }

    /**
     * Prints one statement with {@code crm}. When displaying and crm syntax cannot express
     * it, everything the attempt did is undone and {@code asXml} is printed as {@code xml}
     * statements instead; otherwise the attempt's problems stand.
     */
    List<CrmText> statement(Supplier<CrmText> crm, Supplier<Configuration> asXml) {
        Mark mark = mark();
        CrmText text = crm.get();
        if (!display() || problems.size() == mark.problems()) {
            return List.of(text);
        }
        rollback(mark);
        return xml(asXml.get());
    }

    /** The configuration part as {@code xml} statements, its ids written out as the reader will take them. */
    List<CrmText> xml(Configuration part) {
        var statements = new ArrayList<CrmText>();
        for (String element : CibXmlWriter.writeConfigurationElements(part)) {
            Parsed<org.paceline.cib.Document> read = CibXmlReader.readConfigurationElement("-", element, 1, 1);
            if (read instanceof Parsed.Valid<org.paceline.cib.Document> valid) {
                // Node ids are not the document's (see IdSpace.writeNode): the reader takes the others.
                Set<String> nodeIds = new HashSet<>();
                valid.value().cib().configuration().nodes().forEach(node -> nodeIds.add(node.id()));
                valid.value().sources().byId().keySet().stream().filter(id -> !nodeIds.contains(id))
                        .forEach(this::statementId);
            } else {
                // Only a model no XML reader could have made gets here; say so rather than print what cannot be read.
                unwritable("xml", "the model cannot be written as XML that reads back: "
                        + ((Parsed.Invalid<?>) read).problems().getFirst().message());
            }
            statements.add(new CrmText("xml", element));
        }
        return statements;
    }

    /** Where the printing stands, to undo a statement's attempt back to. */
    record Mark(int ids, int writtenOut, int problems) {}

    Mark mark() {
        return new Mark(ids.mark(), writtenOutLog.size(), problems.size());
    }

    void rollback(Mark mark) {
        ids.rollback(mark.ids());
        while (writtenOutLog.size() > mark.writtenOut()) {
            writtenOut.remove(writtenOutLog.removeLast());
        }
        while (problems.size() > mark.problems()) {
            problems.removeLast();
        }
    }

    boolean failedSince(Mark mark) {
        return problems.size() > mark.problems();
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

    /**
     * The extras without the empty elements among {@code names} when displaying: such
     * an element only records that a container ({@code <operations/>}, a section) was
     * written empty, and holds nothing to show.
     */
    Extras shown(Extras extras, Set<String> names) {
        if (!display() || extras.children().isEmpty()) {
            return extras;
        }
        var children = extras.children().stream().filter(child -> !(names.contains(child.name())
                && child.attributes().isEmpty() && child.children().isEmpty() && child.text().isEmpty())).toList();
        return children.size() == extras.children().size() ? extras : new Extras(extras.attributes(), children);
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

    private void addWrittenOut(String id) {
        if (writtenOut.add(id)) {
            writtenOutLog.add(id);
        }
    }

    private static String describe(Extras extras) {
        var names = new ArrayList<String>(extras.attributes().names());
        extras.children().forEach(child -> names.add("<" + child.name() + ">"));
        return String.join(", ", names);
    }
}
