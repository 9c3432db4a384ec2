package org.paceline.cib.crm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.paceline.cib.Alert;
import org.paceline.cib.AlertRecipient;
import org.paceline.cib.Node;
import org.paceline.cib.NvPair;
import org.paceline.cib.NvSet;
import org.paceline.cib.SetKind;
import org.paceline.cib.Tag;

/**
 * Reads the statements about the cluster rather than its resources:
 * <pre>
 * node [$id=ID | ID:] UNAME[:TYPE] [description=D] [attributes SET] [utilization SET]
 * property | rsc_defaults | op_defaults [$id=ID] [SCORE:] [rule ...] NAME=VALUE ...
 * tag NAME[:] RSC ...
 * alert ID PATH [description=D] [attributes SET] [meta SET] [to [$id=ID] [{] RECIPIENT [attributes SET] [meta SET] [}]]...
 * </pre>
 */
final class ClusterStatements {
    private static final Set<String> NODE_TYPES = Set.of("normal", "member", "ping", "remote");
    private static final Predicate<Token> NODE_SECTION = t -> t.is("attributes") || t.is("utilization");
    private static final Predicate<Token> ALERT_SECTION = t -> t.is("attributes") || t.is("meta") || t.is("to");

    private ClusterStatements() {}

    static Node node(Reading reading) {
        TokenCursor cursor = reading.cursor();
        Token first = cursor.next("the node's name");
        Token idToken = null;
        String id = null;
        Token unameToken = first;
        if (first.isPair("$id")) {
            idToken = first;
            id = first.value();
            unameToken = cursor.next("the node's name");
        } else if (first.endsWithColon()) {
            idToken = first;
            id = first.withoutColon();
            unameToken = cursor.next("the node's name after " + TokenCursor.quote(first.text()));
        }
        if (unameToken.isPair() || unameToken.endsWithColon() || NODE_SECTION.test(unameToken)) {
            throw cursor.error(unameToken, "missing the node's name");
        }
        String uname = unameToken.text();
        String type = null;
        int colon = unameToken.quoted() ? -1 : uname.lastIndexOf(':');
        if (colon > 0) {
            type = uname.substring(colon + 1);
            uname = uname.substring(0, colon);
            if (!NODE_TYPES.contains(type)) {
                throw cursor.error(unameToken, "unknown node type " + TokenCursor.quote(type)
                        + " (expected one of: " + String.join(", ", RuleSyntax.sorted(NODE_TYPES)) + ")");
            }
        }
        id = id == null ? reading.nodeId(unameToken, uname) : reading.nodeId(idToken, id);
        String description = null;
        var sets = new ArrayList<NvSet>();
        while (!cursor.atEnd()) {
            if (cursor.nextMatches(t -> t.isPair("description"))) {
                description = cursor.next("description").value();
            } else if (cursor.take("attributes")) {
                sets.add(NvSetSyntax.read(reading, SetKind.INSTANCE, IdConventions.set(id, SetKind.INSTANCE),
                        NODE_SECTION));
            } else if (cursor.take("utilization")) {
                sets.add(NvSetSyntax.read(reading, SetKind.UTILIZATION, IdConventions.set(id, SetKind.UTILIZATION),
                        NODE_SECTION));
            } else {
                throw cursor.unexpected("attributes, utilization or description=");
            }
        }
        return new Node(id, uname, type, description, sets, null);
    }

    /**
     * Reads a {@code property}, {@code rsc_defaults} or {@code op_defaults} statement into
     * {@code sets}: a statement naming a set that an earlier one made adds to that set (a
     * name set twice takes the later value), as crmsh does.
     */
    static void nameValueStatement(Reading reading, SetKind kind, String conventionalId, List<NvSet> sets) {
        TokenCursor cursor = reading.cursor();
        String target = cursor.nextMatches(t -> t.isPair("$id")) ? cursor.peek().value() : conventionalId;
        int existing = indexOf(sets, target);
        if (existing < 0) {
            sets.add(NvSetSyntax.read(reading, kind, conventionalId, t -> false));
        } else {
            if (cursor.nextMatches(t -> t.isPair("$id"))) {
                cursor.next("$id");
            }
            if (cursor.nextMatches(t -> t.endsWithColon() || t.is("rule"))) {
                throw cursor.error(cursor.peek(), "set " + TokenCursor.quote(target)
                        + " is already defined above; a set with a score or rules needs its own $id");
            }
            sets.set(existing, merge(reading, sets.get(existing)));
        }
        if (!cursor.atEnd()) {
            throw cursor.unexpected("NAME=VALUE");
        }
    }

    private static NvSet merge(Reading reading, NvSet set) {
        TokenCursor cursor = reading.cursor();
        var pairs = new LinkedHashMap<String, NvPair>();
        set.pairs().forEach(p -> pairs.putIfAbsent(p.name(), p));
        var all = new ArrayList<>(set.pairs());
        while (cursor.nextMatches(Token::isPair)) {
            Token token = cursor.next("NAME=VALUE");
            NvPair earlier = pairs.get(token.name());
            if (earlier != null) {
                NvPair replaced = NvPair.of(earlier.id(), earlier.name(), token.value());
                all.replaceAll(p -> p == earlier ? replaced : p);
                pairs.put(token.name(), replaced);
            } else {
                NvPair added = NvPair.of(reading.ids().make(IdConventions.pair(set.id(), token.name())), token.name(),
                        token.value());
                all.add(added);
                pairs.put(token.name(), added);
            }
        }
        return new NvSet(set.kind(), set.id(), set.idRef(), set.score(), set.rules(), all, set.extras());
    }

    private static int indexOf(List<NvSet> sets, String id) {
        for (int i = 0; i < sets.size(); i++) {
            if (id.equals(sets.get(i).id())) {
                return i;
            }
        }
        return -1;
    }

    static Tag tag(Reading reading) {
        TokenCursor cursor = reading.cursor();
        Token name = cursor.next("the tag's name");
        String id = name.endsWithColon() ? name.withoutColon() : name.text();
        if (name.isPair()) {
            throw cursor.error(name, "missing the tag's name");
        }
        reading.writtenId(name, id);
        var references = new ArrayList<String>();
        while (!cursor.atEnd()) {
            Token reference = cursor.next("a resource");
            if (reference.isPair() || reference.endsWithColon()) {
                throw cursor.error(reference, "unexpected " + TokenCursor.quote(reference.text())
                        + " (expected a resource id)");
            }
            references.add(reference.text());
        }
        if (references.isEmpty()) {
            throw cursor.errorAtEnd("tag " + TokenCursor.quote(id) + " names no resources");
        }
        return new Tag(id, references, null);
    }

    static Alert alert(Reading reading) {
        TokenCursor cursor = reading.cursor();
        String id = reading.statementId("alert");
        Token path = cursor.next("the alert agent's path");
        if (path.isPair() || ALERT_SECTION.test(path)) {
            throw cursor.error(path, "missing the alert agent's path");
        }
        String description = null;
        var sets = new ArrayList<NvSet>();
        var recipients = new ArrayList<AlertRecipient>();
        while (!cursor.atEnd()) {
            if (cursor.nextMatches(t -> t.isPair("description"))) {
                description = cursor.next("description").value();
            } else if (cursor.take("to")) {
                recipients.add(recipient(reading, id));
            } else if (!sets(reading, id, sets)) {
                throw cursor.unexpected("attributes, meta, to or description=");
            }
        }
        return new Alert(id, path.text(), description, sets, recipients, null);
    }

    private static AlertRecipient recipient(Reading reading, String alertId) {
        TokenCursor cursor = reading.cursor();
        String written = null;
        if (cursor.nextMatches(t -> t.isPair("$id"))) {
            Token token = cursor.next("$id");
            written = reading.writtenId(token, token.value());
        }
        boolean braced = cursor.take("{");
        Token value = cursor.next("the recipient");
        if (value.isPair() || ALERT_SECTION.test(value) || value.is("}")) {
            throw cursor.error(value, "missing the recipient after \"to\"");
        }
        String id = reading.idOr(written, IdConventions.recipient(alertId));
        String description = null;
        var sets = new ArrayList<NvSet>();
        while (!cursor.atEnd() && !cursor.nextIs("to") && !cursor.nextIs("}")) {
            if (cursor.nextMatches(t -> t.isPair("description"))) {
                description = cursor.next("description").value();
            } else if (!sets(reading, id, sets)) {
                throw cursor.unexpected("attributes, meta, to or description=");
            }
        }
        if (braced && !cursor.take("}")) {
            throw cursor.errorHere("unbalanced \"{\" (missing \"}\")");
        }
        if (!braced && cursor.nextIs("}")) {
            throw cursor.error(cursor.peek(), "unbalanced \"}\" (no \"{\" is open)");
        }
        return new AlertRecipient(id, value.text(), description, sets, null);
    }

    /** Reads an {@code attributes} or {@code meta} set if one comes next. */
    private static boolean sets(Reading reading, String ownerId, List<NvSet> sets) {
        TokenCursor cursor = reading.cursor();
        Predicate<Token> stop = ALERT_SECTION.or(t -> t.is("}"));
        if (cursor.take("attributes")) {
            sets.add(NvSetSyntax.read(reading, SetKind.INSTANCE, IdConventions.set(ownerId, SetKind.INSTANCE), stop));
            return true;
        }
        if (cursor.take("meta")) {
            sets.add(NvSetSyntax.read(reading, SetKind.META, IdConventions.set(ownerId, SetKind.META), stop));
            return true;
        }
        return false;
    }
}
