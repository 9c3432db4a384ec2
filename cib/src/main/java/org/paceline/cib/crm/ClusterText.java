package org.paceline.cib.crm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.paceline.cib.Alert;
import org.paceline.cib.AlertRecipient;
import org.paceline.cib.FencingLevel;
import org.paceline.cib.Node;
import org.paceline.cib.NvSet;
import org.paceline.cib.SetKind;
import org.paceline.cib.Tag;

/**
 * Prints {@code node}, {@code property}, {@code rsc_defaults}, {@code op_defaults},
 * {@code fencing_topology}, {@code tag} and {@code alert} statements.
 */
final class ClusterText {
    private ClusterText() {}

    static CrmText node(WriterState state, Node node) {
        String label = "node " + TokenCursor.quote(String.valueOf(node.uname()));
        state.noExtras(node.extras(), label);
        var text = new CrmText("node");
        if (node.uname() == null) {
            state.unwritable(label, "a node without a name cannot be written in crm syntax");
        }
        String uname = String.valueOf(node.uname());
        if (node.id() != null && !node.id().equals(uname)) {
            text.append(CrmText.option("$id", node.id()));
        }
        if (node.id() == null) {
            state.unwritable(label, "a node without an id is read back with its name as its id");
        }
        String name = CrmText.word(state.printable(uname, label));
        if (node.type() != null) {
            if (!name.equals(uname)) {
                state.unwritable(label, "a quoted node name cannot be followed by its type in crm syntax");
            }
            name = name + ":" + node.type();
        }
        text.append(name);
        if (node.description() != null) {
            text.append(CrmText.pair("description", state.printable(node.description(), label)));
        }
        String id = node.id() == null ? uname : node.id();
        for (NvSet set : node.sets()) {
            switch (set.kind()) {
                case INSTANCE -> SetText.section(state, text, 1, "attributes", set,
                        IdConventions.set(id, SetKind.INSTANCE), label);
                case UTILIZATION -> SetText.section(state, text, 1, "utilization", set,
                        IdConventions.set(id, SetKind.UTILIZATION), label);
                default -> state.unwritable(label, "a node's " + set.kind().element() + " cannot be written");
            }
        }
        return text;
    }

    /**
     * The sets of {@code property}, {@code rsc_defaults} or {@code op_defaults}, one
     * statement each. A set after the one with the conventional id names itself, since the
     * reader adds an unnamed statement to the conventional set.
     */
    static List<CrmText> nameValueStatements(WriterState state, String keyword, List<NvSet> sets, SetKind kind,
                                             String conventionalId) {
        var statements = new ArrayList<CrmText>();
        var earlierIds = new java.util.HashSet<String>();
        for (NvSet set : sets) {
            // An unnamed statement adds to the conventional set when there is one already.
            boolean nameIt = earlierIds.contains(conventionalId);
            statements.addAll(state.statement(() -> nameValueStatement(state, keyword, set, kind, conventionalId,
                    earlierIds, nameIt), () -> ConfigurationPart.nameValueSet(keyword, set)));
            // Printed either way, the set is there when the reader comes to the next one.
            earlierIds.add(set.id() == null ? conventionalId : set.id());
        }
        return statements;
    }

    private static CrmText nameValueStatement(WriterState state, String keyword, NvSet set, SetKind kind,
                                              String conventionalId, Set<String> earlierIds, boolean nameIt) {
        String label = keyword + " " + TokenCursor.quote(String.valueOf(set.id()));
        if (set.kind() != kind) {
            state.unwritable(label, "holds a " + set.kind().element() + ", which " + keyword + " cannot write");
        }
        if (set.id() != null && earlierIds.contains(set.id()) || set.id() == null && !earlierIds.isEmpty()) {
            state.unwritable(label, "a second set with the same id would be read back as part of the first");
        }
        var header = new ArrayList<String>();
        header.add(keyword);
        List<String> pairs = SetText.headerAndPairs(state, set, conventionalId, label, header, nameIt);
        var text = new CrmText(header.toArray(String[]::new));
        for (int i = 0; i < pairs.size(); i++) {
            if (i == 0) {
                text.append(pairs.getFirst());
            } else {
                text.line(1, pairs.get(i));
            }
        }
        return text;
    }

    /**
     * The fencing levels as {@code fencing_topology} statements. The reader numbers a
     * target's levels by their place, across statements; a level that cannot be written
     * so (when displaying) is an {@code xml} statement between two of them, so that the
     * levels keep their order.
     */
    static List<CrmText> fencingTopology(WriterState state, List<FencingLevel> levels) {
        var statements = new ArrayList<CrmText>();
        Map<String, Integer> lastIndex = new HashMap<>();
        CrmText text = null;
        String previousTarget = null;
        for (FencingLevel level : levels) {
            WriterState.Mark mark = state.mark();
            String label = "fencing-level " + TokenCursor.quote(String.valueOf(level.id()));
            state.noExtras(level.extras(), label);
            String target = target(state, level, label);
            int expected = lastIndex.getOrDefault(target, 0) + 1;
            if (!Objects.equals(level.index(), Integer.toString(expected))) {
                state.unwritable(label, "index " + level.index() + " is not its place among its target's levels ("
                        + expected + "), and crm syntax numbers levels by their place");
            }
            state.implied(level.id(), IdConventions.FENCING_LEVEL, label);
            String devices = CrmText.word(state.printable(String.valueOf(level.devices()), label));
            if (state.display() && state.failedSince(mark)) {
                state.rollback(mark);
                statements.addAll(state.xml(ConfigurationPart.fencingLevel(level)));
                text = null;
                continue;
            }
            lastIndex.put(target, expected);
            if (text == null) {
                text = new CrmText("fencing_topology");
                statements.add(text);
                previousTarget = null;
            }
            if (target.equals(previousTarget)) {
                text.append(devices);
            } else {
                text.line(1, target, devices);
            }
            previousTarget = target;
        }
        return statements;
    }

    private static String target(WriterState state, FencingLevel level, String label) {
        int kinds = (level.target() != null ? 1 : 0) + (level.targetPattern() != null ? 1 : 0)
                + (level.targetAttribute() != null ? 1 : 0);
        if (kinds != 1) {
            state.unwritable(label, "names its target by exactly one of: a node, a pattern or an attribute");
        }
        String target;
        if (level.target() != null) {
            target = level.target() + ":";
        } else if (level.targetPattern() != null) {
            target = "regexp:" + level.targetPattern();
        } else {
            target = "attr:" + level.targetAttribute() + "=" + level.targetValue();
        }
        if (target.codePoints().anyMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'')) {
            state.unwritable(label, "target " + TokenCursor.quote(target) + " cannot be written as one word");
        }
        return target;
    }

    static CrmText tag(WriterState state, Tag tag) {
        String label = "tag " + TokenCursor.quote(tag.id());
        state.noExtras(tag.extras(), label);
        state.statementId(tag.id());
        var text = new CrmText("tag", CrmText.word(tag.id()) + ":");
        tag.references().forEach(reference -> text.append(CrmText.word(state.printable(reference, label))));
        if (tag.references().isEmpty()) {
            state.unwritable(label, "a tag without references cannot be written in crm syntax");
        }
        return text;
    }

    static CrmText alert(WriterState state, Alert alert) {
        String label = "alert " + TokenCursor.quote(alert.id());
        state.noExtras(alert.extras(), label);
        state.statementId(alert.id());
        var text = new CrmText("alert", CrmText.word(alert.id()), CrmText.word(state.printable(alert.path(), label)));
        if (alert.description() != null) {
            text.append(CrmText.pair("description", state.printable(alert.description(), label)));
        }
        alertSets(state, text, 1, alert.id(), alert.sets(), label);
        for (AlertRecipient recipient : alert.recipients()) {
            String recipientLabel = label + " recipient " + TokenCursor.quote(String.valueOf(recipient.value()));
            state.noExtras(recipient.extras(), recipientLabel);
            var words = new ArrayList<String>(List.of("to"));
            WriterState.Decision id = state.decide(recipient.id(), IdConventions.recipient(alert.id()));
            words.addAll(id.words());
            words.add(CrmText.word(state.printable(String.valueOf(recipient.value()), recipientLabel)));
            if (recipient.description() != null) {
                words.add(CrmText.pair("description", state.printable(recipient.description(), recipientLabel)));
            }
            text.line(1, words.toArray(String[]::new));
            alertSets(state, text, 2, id.id(), recipient.sets(), recipientLabel);
        }
        return text;
    }

    private static void alertSets(WriterState state, CrmText text, int level, String ownerId, List<NvSet> sets,
                                  String label) {
        for (NvSet set : sets) {
            switch (set.kind()) {
                case INSTANCE -> SetText.section(state, text, level, "attributes", set,
                        IdConventions.set(ownerId, SetKind.INSTANCE), label);
                case META -> SetText.section(state, text, level, "meta", set,
                        IdConventions.set(ownerId, SetKind.META), label);
                default -> state.unwritable(label, "an alert's " + set.kind().element() + " cannot be written");
            }
        }
    }
}
