package org.paceline.cib;

/**
 * A user mistake: what and where, printed on one line, never as a stack trace.
 *
 * @param file   the file as the user named it, or "-" for standard input
 * @param line   1-based, or 0 when the mistake has no single place (a cycle of orders)
 * @param column 1-based, or 0 when unknown
 */
public record Problem(String file, int line, int column, String message) {
    public Problem {
        file = file == null ? "-" : file;
        message = message.replace('\n', ' ');
    }

    /** {@code cib.xml:42:17: resource "vip-master": unknown operation "monitr"} */
    public String oneLine() {
        if (line <= 0) {
            return file + ": " + message;
        }
        if (column <= 0) {
            return file + ":" + line + ": " + message;
        }
        return file + ":" + line + ":" + column + ": " + message;
    }

    @Override
    public String toString() {
        return oneLine();
    }
}
