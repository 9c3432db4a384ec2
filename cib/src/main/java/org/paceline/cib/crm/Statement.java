package org.paceline.cib.crm;

import java.util.List;

import org.paceline.cib.Problem;

/**
 * One logical statement of a crm file: its words after continuation lines are joined.
 *
 * @param tokens  the words, the keyword first; never empty unless {@code problem} is set
 * @param problem what made the text unreadable as words (an unterminated quote), or null
 */
record Statement(List<Token> tokens, int line, int column, Problem problem) {
    Statement {
        tokens = List.copyOf(tokens);
    }
}
