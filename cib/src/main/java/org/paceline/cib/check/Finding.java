package org.paceline.cib.check;

import org.paceline.cib.Problem;

/** One result of a check: an error makes the configuration unusable, a warning is worth a look. */
public record Finding(Severity severity, Problem problem) {
    public enum Severity { ERROR, WARNING }

    public String oneLine() {
        String text = problem.oneLine();
        int colon = text.indexOf(": ");
        String prefix = severity == Severity.ERROR ? "error: " : "warning: ";
        return text.substring(0, colon + 2) + prefix + text.substring(colon + 2);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
