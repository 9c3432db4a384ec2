package org.paceline.cib.crm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.paceline.cib.Attrs;
import org.paceline.cib.NvPair;
import org.paceline.cib.NvSet;
import org.paceline.cib.SetKind;
import org.paceline.cib.resources.Operation;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.resources.Template;

/**
 * Reads {@code primitive}, {@code rsc_template}, {@code group}, {@code clone} and
 * {@code ms} statements:
 * <pre>
 * primitive ID {CLASS:PROVIDER:TYPE | CLASS:TYPE | @TEMPLATE} [description=D]
 *     [params SET] [meta SET] [utilization SET] [operations $id=ID] [op NAME NAME=VALUE ...]...
 * group ID MEMBER... [description=D] [meta SET] [params SET]
 * clone ID CHILD [description=D] [meta SET] [params SET]
 * </pre>
 */
final class ResourceStatements {
    private static final Set<String> SECTIONS = Set.of("params", "meta", "utilization", "op", "operations");
    private static final Predicate<Token> SECTION = t -> !t.quoted() && SECTIONS.contains(t.text());

    private ResourceStatements() {}

    static ResourceDeclaration.OfPrimitive primitive(Reading reading) {
        Token at = reading.cursor().previous();
        String id = reading.statementId("primitive");
        Token agentToken = agentToken(reading.cursor(), "primitive", id);
        if (agentToken.text().startsWith("@") && !agentToken.quoted()) {
            String template = agentToken.text().substring(1);
            if (template.isEmpty()) {
                throw reading.cursor().error(agentToken, "missing the template's id after @");
            }
            Body body = body(reading, id, true);
            var primitive = new Primitive(id, null, null, null, template, body.description, body.sets,
                    body.operationsAttributes, body.operations, null);
            return new ResourceDeclaration.OfPrimitive(primitive, agentToken, at);
        }
        String[] agent = agent(reading.cursor(), agentToken);
        Body body = body(reading, id, true);
        var primitive = new Primitive(id, agent[0], agent[1], agent[2], null, body.description, body.sets,
                body.operationsAttributes, body.operations, null);
        return new ResourceDeclaration.OfPrimitive(primitive, null, at);
    }

    static Template template(Reading reading) {
        String id = reading.statementId("rsc_template");
        Token agentToken = agentToken(reading.cursor(), "rsc_template", id);
        if (agentToken.text().startsWith("@")) {
            throw reading.cursor().error(agentToken, "a template cannot be based on another template");
        }
        String[] agent = agent(reading.cursor(), agentToken);
        Body body = body(reading, id, true);
        return new Template(id, agent[0], agent[1], agent[2], body.description, body.sets, body.operationsAttributes,
                body.operations, null);
    }

    static ResourceDeclaration.OfGroup group(Reading reading) {
        Token at = reading.cursor().previous();
        String id = reading.statementId("group");
        var members = new ArrayList<Token>();
        TokenCursor cursor = reading.cursor();
        while (cursor.nextMatches(t -> !t.isPair() && !SECTION.test(t) && !t.endsWithColon())) {
            members.add(cursor.next("a member"));
        }
        if (members.isEmpty()) {
            throw cursor.unexpected("the group's members");
        }
        Body body = body(reading, id, false);
        return new ResourceDeclaration.OfGroup(id, body.description, members, body.sets, at);
    }

    static ResourceDeclaration.OfClone clone(Reading reading, boolean legacyMaster) {
        Token at = reading.cursor().previous();
        String keyword = legacyMaster ? "ms" : "clone";
        String id = reading.statementId(keyword);
        TokenCursor cursor = reading.cursor();
        if (cursor.atEnd() || cursor.nextMatches(t -> t.isPair() || SECTION.test(t) || t.endsWithColon())) {
            throw cursor.unexpected("the resource the " + keyword + " runs");
        }
        Token child = cursor.next("the child");
        Body body = body(reading, id, false);
        return new ResourceDeclaration.OfClone(id, body.description, legacyMaster, child, body.sets, at);
    }

    private static Token agentToken(TokenCursor cursor, String keyword, String id) {
        String expected = "agent (CLASS:PROVIDER:TYPE, CLASS:TYPE or @TEMPLATE)";
        if (cursor.atEnd() || cursor.nextMatches(t -> t.isPair() || SECTION.test(t))) {
            throw cursor.errorHere(keyword + " " + TokenCursor.quote(id) + ": missing " + expected);
        }
        return cursor.next(expected);
    }

    /** class, provider (or null), type; a bare type is an ocf:heartbeat agent, as in crmsh. */
    private static String[] agent(TokenCursor cursor, Token token) {
        String[] parts = token.text().split(":", -1);
        boolean blank = false;
        for (String part : parts) {
            blank |= part.isEmpty() || part.codePoints().anyMatch(Character::isWhitespace);
        }
        if (blank || parts.length > 3) {
            throw cursor.error(token, "bad agent " + TokenCursor.quote(token.text())
                    + " (expected CLASS:PROVIDER:TYPE, CLASS:TYPE or @TEMPLATE)");
        }
        return switch (parts.length) {
            case 1 -> new String[] {"ocf", "heartbeat", parts[0]};
            case 2 -> new String[] {parts[0], null, parts[1]};
            default -> parts;
        };
    }

    /** What follows a resource's name and agent or members. */
    private record Body(String description, List<NvSet> sets, Attrs operationsAttributes, List<Operation> operations) {}

    private static Body body(Reading reading, String id, boolean withOperations) {
        TokenCursor cursor = reading.cursor();
        String description = null;
        var sets = new ArrayList<NvSet>();
        Attrs operationsAttributes = Attrs.EMPTY;
        var operations = new ArrayList<Operation>();
        while (!cursor.atEnd()) {
            Token token = cursor.peek();
            if (token.isPair("description")) {
                description = cursor.next("description").value();
            } else if (cursor.take("params")) {
                sets.add(NvSetSyntax.read(reading, SetKind.INSTANCE, IdConventions.set(id, SetKind.INSTANCE), SECTION));
            } else if (cursor.take("meta")) {
                sets.add(NvSetSyntax.read(reading, SetKind.META, IdConventions.set(id, SetKind.META), SECTION));
            } else if (cursor.take("utilization")) {
                sets.add(NvSetSyntax.read(reading, SetKind.UTILIZATION, IdConventions.set(id, SetKind.UTILIZATION),
                        SECTION));
            } else if (withOperations && cursor.take("op")) {
                operations.add(operation(reading, id));
            } else if (withOperations && cursor.take("operations")) {
                operationsAttributes = operationsAttributes(reading);
            } else if (withOperations && token.isPair() && !token.name().startsWith("$")) {
                String setId = reading.setId(null, id, SetKind.INSTANCE);
                sets.add(NvSet.of(SetKind.INSTANCE, setId, NvSetSyntax.pairs(reading, setId, SECTION)));
            } else {
                throw cursor.unexpected(withOperations ? "params, meta, utilization, op or operations"
                        : "params, meta or description=");
            }
        }
        return new Body(description, sets, operationsAttributes, operations);
    }

    private static Attrs operationsAttributes(Reading reading) {
        TokenCursor cursor = reading.cursor();
        if (cursor.nextMatches(t -> t.isPair("$id"))) {
            Token token = cursor.next("$id");
            return Attrs.of("id", reading.writtenId(token, token.value()));
        }
        if (cursor.nextMatches(t -> t.isPair("$id-ref"))) {
            return Attrs.of("id-ref", cursor.next("$id-ref").value());
        }
        throw cursor.unexpected("$id=ID or $id-ref=ID after operations");
    }

    /** {@code op NAME [interval=I] [timeout=T] ... [OCF_CHECK_LEVEL=N] [$id=ID]}; the word op was taken. */
    private static Operation operation(Reading reading, String resourceId) {
        TokenCursor cursor = reading.cursor();
        if (cursor.atEnd() || cursor.nextMatches(t -> t.isPair() || SECTION.test(t))) {
            throw cursor.unexpected("an operation name (start, stop, monitor, ...)");
        }
        String name = cursor.next("an operation name").text();
        Token writtenId = null;
        String interval = null;
        Token checkLevel = null;
        var attributes = new LinkedHashMap<String, String>();
        while (cursor.nextMatches(Token::isPair)) {
            Token token = cursor.next("an operation attribute");
            switch (token.name()) {
                case "$id", "id" -> writtenId = token;
                case "interval" -> interval = token.value();
                case CrmWords.CHECK_LEVEL -> checkLevel = token;
                default -> {
                    if (!CrmWords.OPERATION_ATTRIBUTES.contains(token.name())) {
                        throw cursor.error(token, "unknown op attribute " + TokenCursor.quote(token.name())
                                + " (expected one of: " + String.join(", ", RuleSyntax.sorted(CrmWords.OPERATION_ATTRIBUTES))
                                + ", " + CrmWords.CHECK_LEVEL + ")");
                    }
                    if (token.name().equals("role")) {
                        RuleSyntax.role(cursor, token, token.value());
                    }
                    attributes.put(token.name(), token.value());
                }
            }
        }
        String id = writtenId != null ? reading.writtenId(writtenId, writtenId.value())
                : reading.ids().make(IdConventions.operation(resourceId, name, interval));
        List<NvSet> sets = List.of();
        if (checkLevel != null) {
            String setId = reading.setId(null, id, SetKind.INSTANCE);
            sets = List.of(NvSet.of(SetKind.INSTANCE, setId, List.of(NvPair.of(
                    reading.ids().make(IdConventions.pair(setId, CrmWords.CHECK_LEVEL)), CrmWords.CHECK_LEVEL,
                    checkLevel.value()))));
        }
        return new Operation(id, null, name, interval, Attrs.of(attributes), sets, null);
    }
}
