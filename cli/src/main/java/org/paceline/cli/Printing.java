package org.paceline.cli;

import java.util.List;

import org.paceline.cib.Problem;

import picocli.CommandLine.Model.CommandSpec;

/** How every command reports a user's mistakes: one line each, on standard error. */
final class Printing {
    private Printing() {}

    /** Prints the problems and gives the exit code for input that could not be used. */
    static int problems(CommandSpec spec, List<Problem> problems) {
        var err = spec.commandLine().getErr();
        for (Problem problem : problems) {
            err.println(problem.oneLine());
        }
        err.flush();
        return 1;
    }
}
