package org.paceline.cib.crm;

import java.util.List;

import org.paceline.cib.Attrs;
import org.paceline.cib.NvSet;
import org.paceline.cib.SetKind;
import org.paceline.cib.resources.Clone;
import org.paceline.cib.resources.Group;
import org.paceline.cib.resources.Operation;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.resources.Template;

/** Prints {@code primitive}, {@code rsc_template}, {@code group}, {@code clone} and {@code ms} statements. */
final class ResourceText {
    private static final java.util.Set<String> OPERATIONS = java.util.Set.of("operations");

    private ResourceText() {}

    static CrmText primitive(WriterState state, Primitive primitive) {
        String label = "primitive " + TokenCursor.quote(primitive.id());
        String agent;
        if (primitive.template() != null) {
            if (primitive.resourceClass() != null || primitive.provider() != null || primitive.type() != null) {
                state.unwritable(label, "names both a template and an agent");
            }
            agent = "@" + primitive.template();
        } else {
            agent = agent(state, primitive.resourceClass(), primitive.provider(), primitive.type(), label);
        }
        var text = head(state, "primitive", primitive.id(), label).append(agent);
        firstLineDescription(state, text, primitive.description(), label);
        body(state, text, primitive.id(), primitive.sets(), primitive.operationsAttributes(), primitive.operations(),
                label);
        state.noExtras(state.shown(primitive.extras(), OPERATIONS), label);
        return text;
    }

    static CrmText template(WriterState state, Template template) {
        String label = "rsc_template " + TokenCursor.quote(template.id());
        String agent = agent(state, template.resourceClass(), template.provider(), template.type(), label);
        var text = head(state, "rsc_template", template.id(), label).append(agent);
        firstLineDescription(state, text, template.description(), label);
        body(state, text, template.id(), template.sets(), template.operationsAttributes(), template.operations(),
                label);
        state.noExtras(state.shown(template.extras(), OPERATIONS), label);
        return text;
    }

    static CrmText group(WriterState state, Group group) {
        String label = "group " + TokenCursor.quote(group.id());
        var text = head(state, "group", group.id(), label);
        for (Primitive member : group.members()) {
            text.line(1, CrmText.word(member.id()));
        }
        if (group.members().isEmpty()) {
            state.unwritable(label, "a group without members cannot be written in crm syntax");
        }
        description(state, text, group.description(), label);
        sets(state, text, group.id(), group.sets(), label);
        state.noExtras(group.extras(), label);
        return text;
    }

    static CrmText clone(WriterState state, Clone clone) {
        String keyword = clone.legacyMaster() ? "ms" : "clone";
        String label = keyword + " " + TokenCursor.quote(clone.id());
        var text = head(state, keyword, clone.id(), label);
        if (clone.child() == null) {
            state.unwritable(label, "a clone without a child cannot be written in crm syntax");
        } else {
            text.line(1, CrmText.word(clone.child().id()));
        }
        description(state, text, clone.description(), label);
        sets(state, text, clone.id(), clone.sets(), label);
        state.noExtras(clone.extras(), label);
        return text;
    }

    private static CrmText head(WriterState state, String keyword, String id, String label) {
        state.statementId(id);
        return new CrmText(keyword, CrmText.word(state.printable(id, label)));
    }

    private static void firstLineDescription(WriterState state, CrmText text, String description, String label) {
        if (description != null) {
            text.append(CrmText.pair("description", state.printable(description, label)));
        }
    }

    private static void description(WriterState state, CrmText text, String description, String label) {
        if (description != null) {
            text.line(1, CrmText.pair("description", state.printable(description, label)));
        }
    }

    private static String agent(WriterState state, String resourceClass, String provider, String type, String label) {
        if (resourceClass == null || type == null) {
            state.unwritable(label, "has no agent class or type");
            return "unknown";
        }
        String agent = provider == null ? resourceClass + ":" + type : resourceClass + ":" + provider + ":" + type;
        if (CrmText.needsQuotes(agent.replace(":", "")) || agent.chars().filter(c -> c == ':').count() > 2) {
            state.unwritable(label, "agent " + TokenCursor.quote(agent) + " cannot be written as one word");
        }
        return agent;
    }

    private static void body(WriterState state, CrmText text, String id, List<NvSet> sets, Attrs operationsAttributes,
                             List<Operation> operations, String label) {
        sets(state, text, id, sets, label);
        if (!operationsAttributes.isEmpty()) {
            if (operationsAttributes.size() != 1 || !(operationsAttributes.has("id") || operationsAttributes.has("id-ref"))) {
                state.unwritable(label, "the operations element's attributes " + operationsAttributes.names()
                        + " cannot be written in crm syntax");
            } else if (operationsAttributes.has("id")) {
                state.statementId(operationsAttributes.getOrNull("id"));
                text.line(1, "operations", CrmText.option("$id", operationsAttributes.getOrNull("id")));
            } else {
                text.line(1, "operations", CrmText.option("$id-ref", operationsAttributes.getOrNull("id-ref")));
            }
        }
        for (Operation operation : operations) {
            text.line(1, operation(state, id, operation, label));
        }
    }

    private static void sets(WriterState state, CrmText text, String id, List<NvSet> sets, String label) {
        for (NvSet set : sets) {
            String keyword = switch (set.kind()) {
                case INSTANCE -> "params";
                case META -> "meta";
                case UTILIZATION -> "utilization";
                case CLUSTER_PROPERTY -> {
                    state.unwritable(label, "a cluster_property_set inside a resource cannot be written");
                    yield "params";
                }
            };
            SetText.section(state, text, 1, keyword, set, IdConventions.set(id, set.kind()), label);
        }
    }

    private static String operation(WriterState state, String resourceId, Operation operation, String owner) {
        String label = owner + " op " + TokenCursor.quote(operation.name() + " " + operation.interval());
        state.noExtras(operation.extras(), label);
        if (operation.idRef() != null) {
            state.unwritable(label, "an op that refers to another ($id-ref) cannot be written in crm syntax");
        }
        if (operation.name() == null) {
            state.unwritable(label, "an op without a name cannot be written in crm syntax");
            return "";
        }
        var words = new java.util.ArrayList<String>(List.of("op", CrmText.word(operation.name())));
        if (operation.interval() != null) {
            words.add(CrmText.pair("interval", state.printable(operation.interval(), label)));
        }
        operation.attributes().asMap().forEach((name, value) -> {
            if (!CrmWords.OPERATION_ATTRIBUTES.contains(name) || name.equals("interval")) {
                state.unwritable(label, "op attribute " + TokenCursor.quote(name) + " cannot be written in crm syntax");
            }
            words.add(CrmText.pair(name, state.printable(value, label)));
        });
        WriterState.Decision id = state.decide(operation.id(),
                IdConventions.operation(resourceId, operation.name(), operation.interval()));
        words.addAll(id.words());
        checkLevel(state, operation, id.id(), label, words);
        return String.join(" ", words);
    }

    /** An op's own attributes: crm syntax writes only OCF_CHECK_LEVEL, in a set with the implied id. */
    private static void checkLevel(WriterState state, Operation operation, String operationId, String label,
                                   List<String> words) {
        if (operation.sets().isEmpty()) {
            return;
        }
        NvSet set = operation.sets().getFirst();
        boolean writable = operation.sets().size() == 1 && set.kind() == SetKind.INSTANCE && set.idRef() == null
                && set.score() == null && set.rules().isEmpty() && set.pairs().size() == 1
                && set.pairs().getFirst().name().equals(CrmWords.CHECK_LEVEL);
        if (!writable) {
            state.unwritable(label, "an op's own attribute sets hold only " + CrmWords.CHECK_LEVEL + " in crm syntax");
            return;
        }
        state.noExtras(set.extras(), label);
        String setId = state.implied(set.id(), IdConventions.set(operationId, SetKind.INSTANCE), label);
        words.addAll(SetText.pairs(state, set.pairs(), setId, label));
    }
}
