package org.paceline.cli.faces;

/**
 * {@code pacemakerd}: only its version, which the OCF shell functions ask for before they
 * trust {@code crm_node -n} ({@code pacemakerd -$ | grep "Pacemaker .*" | awk '{print $2}'}
 * then the part before {@code -}, compared with 1.1.8). So the first line is
 * {@code Pacemaker 2.1.5-paceline} and no other line contains "Pacemaker ".
 */
final class Pacemakerd {
    /** The Pacemaker release whose interfaces Paceline answers with. */
    static final String PACEMAKER_RELEASE = "2.1.5";

    private Pacemakerd() {}

    static int run(FaceContext context, String[] args) {
        for (String arg : args) {
            if (arg.equals("-$") || arg.equals("--version")) {
                return version(context);
            }
        }
        return context.fail(FaceContext.EXIT_USAGE, "this face only answers -$ / --version"
                + " (Paceline's one daemon does pacemakerd's work)");
    }

    static int version(FaceContext context) {
        context.out.println("Pacemaker " + PACEMAKER_RELEASE + "-paceline");
        context.out.println("Written by the Paceline authors, after Andrew Beekhof's design");
        return FaceContext.EXIT_OK;
    }
}
