package org.paceline.cib.crm;

import java.util.List;
import java.util.function.Predicate;

import org.paceline.cib.Problem;

/** Reads the words of one statement in order, and words the statement's mistakes. */
final class TokenCursor {
    private final String file;
    private final Statement statement;
    private final List<Token> tokens;
    private int next;

    TokenCursor(String file, Statement statement) {
        this.file = file;
        this.statement = statement;
        this.tokens = statement.tokens();
    }

    String file() {
        return file;
    }

    boolean atEnd() {
        return next >= tokens.size();
    }

    /** The next word, or null at the end. */
    Token peek() {
        return atEnd() ? null : tokens.get(next);
    }

    /** Whether the next word is the bare word {@code word}. */
    boolean nextIs(String word) {
        return !atEnd() && tokens.get(next).is(word);
    }

    boolean nextMatches(Predicate<Token> test) {
        return !atEnd() && test.test(tokens.get(next));
    }

    /** Takes the next word if it is the bare word {@code word}. */
    boolean take(String word) {
        if (nextIs(word)) {
            next++;
            return true;
        }
        return false;
    }

    /** The next word; at the end, a mistake saying that {@code expected} is missing. */
    Token next(String expected) {
        if (atEnd()) {
            throw errorAtEnd("missing " + expected);
        }
        return tokens.get(next++);
    }

    Token previous() {
        return next == 0 ? null : tokens.get(next - 1);
    }

    CrmSyntaxError error(Token at, String message) {
        return new CrmSyntaxError(new Problem(file, at.line(), at.column(), message));
    }

    /** A mistake placed just after the last word, where something more was expected. */
    CrmSyntaxError errorAtEnd(String message) {
        if (tokens.isEmpty()) {
            return new CrmSyntaxError(new Problem(file, statement.line(), statement.column(), message));
        }
        Token last = tokens.getLast();
        return new CrmSyntaxError(new Problem(file, last.line(), last.endColumn(), message));
    }

    /** A mistake at the next word, or after the last one at the end. */
    CrmSyntaxError errorHere(String message) {
        return atEnd() ? errorAtEnd(message) : error(peek(), message);
    }

    /** "unexpected "x" (expected ...)" at the next word. */
    CrmSyntaxError unexpected(String expected) {
        if (atEnd()) {
            return errorAtEnd("missing " + expected);
        }
        return error(peek(), "unexpected " + quote(peek().text()) + " (expected " + expected + ")");
    }

    static String quote(String text) {
        return "\"" + text + "\"";
    }
}
