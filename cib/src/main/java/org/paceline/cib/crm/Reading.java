package org.paceline.cib.crm;

import org.paceline.cib.SetKind;

/**
 * The reading of one statement: its words and the document's ids. Statement readers
 * take one and return model records, or throw {@link CrmSyntaxError} at the first
 * mistake.
 */
record Reading(TokenCursor cursor, IdSpace ids) {

    /** Takes an id the text writes out (a statement's name, a {@code $id=} value). */
    String writtenId(Token at, String id) {
        if (id.isEmpty() || id.codePoints().anyMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'')) {
            throw cursor.error(at, "bad id " + TokenCursor.quote(id) + " (an id is one word)");
        }
        if (!ids.write(id)) {
            throw cursor.error(at, "id " + TokenCursor.quote(id) + " is already defined");
        }
        return id;
    }

    /** Takes a node's id, which is unique among nodes only (see {@link IdSpace#writeNode}). */
    String nodeId(Token at, String id) {
        if (id.isEmpty() || id.codePoints().anyMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'')) {
            throw cursor.error(at, "bad id " + TokenCursor.quote(id) + " (an id is one word)");
        }
        if (!ids.writeNode(id)) {
            throw cursor.error(at, "node id " + TokenCursor.quote(id) + " is already defined");
        }
        return id;
    }

    /** The statement's own id: the next word. */
    String statementId(String keyword) {
        Token token = cursor.next("the " + keyword + "'s id");
        if (token.isPair() || token.endsWithColon() || token.text().length() == 1 && "()[]{}".contains(token.text())) {
            throw cursor.error(token, "missing the " + keyword + "'s id before " + TokenCursor.quote(token.text()));
        }
        return writtenId(token, token.text());
    }

    /** The written id when there is one, else a made one. */
    String idOr(String written, String conventional) {
        return written != null ? written : ids.make(conventional);
    }

    String setId(String written, String parentId, SetKind kind) {
        return idOr(written, IdConventions.set(parentId, kind));
    }
}
