package org.paceline.cib.crm;

import org.paceline.cib.Problem;

/**
 * Stops reading one statement at its first mistake. Thrown and caught inside this
 * package only: the reader turns it into a {@link Problem} and goes on with the next
 * statement.
 */
final class CrmSyntaxError extends RuntimeException {
    private final transient Problem problem;

    CrmSyntaxError(Problem problem) {
        super(problem.oneLine(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
