package org.paceline.cli.faces;

import java.io.PrintStream;
import java.util.Map;
import java.util.Set;

import org.paceline.node.ipc.DaemonUnreachable;

/**
 * The lean entry point of the Pacemaker-named helpers agents and operators call
 * ({@code crm_attribute}, {@code crm_master}, {@code attrd_updater}, {@code crm_node},
 * {@code crm_resource}, {@code crm_mon}, {@code pacemakerd}, {@code stonith_admin},
 * {@code cibadmin}): the face is the name it was called as ({@code -Dpaceline.face}, set
 * by the {@code sbin/} launchers). It touches no picocli and no reflection, so that one
 * call is one short process.
 */
public final class Faces {
    /** Every face this entry answers to. */
    public static final Set<String> NAMES = Set.of("crm_attribute", "crm_master", "attrd_updater", "crm_node",
            "crm_resource", "crm_mon", "pacemakerd", "stonith_admin", "cibadmin");

    private Faces() {}

    public static void main(String[] args) {
        String face = System.getProperty("paceline.face", "");
        int code = run(face, args, System.out, System.err, System.getenv(), false);
        System.out.flush();
        System.err.flush();
        // halt, not exit: a face has no shutdown hooks, and System.exit looks up a System.Logger
        // (JDK 21+ logs Runtime.exit), which costs milliseconds every agent call would pay.
        Runtime.getRuntime().halt(code);
    }

    /** Runs one command line as the named face; gives its exit code. */
    public static int run(String face, String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        return run(face, args, out, err, env, true);
    }

    /**
     * @param closeConnection false when the process ends right after: the kernel closes the socket,
     *                        and closing it from Java initialises networking classes a helper never uses
     */
    private static int run(String face, String[] args, PrintStream out, PrintStream err, Map<String, String> env,
                           boolean closeConnection) {
        var context = new FaceContext(face, out, err, env);
        try {
            return switch (face) {
                case "crm_attribute" -> CrmAttribute.run(context, args, false);
                case "crm_master" -> CrmAttribute.run(context, args, true);
                case "attrd_updater" -> AttrdUpdater.run(context, args);
                case "crm_node" -> CrmNode.run(context, args);
                case "crm_resource" -> CrmResource.run(context, args);
                case "crm_mon" -> CrmMon.run(context, args);
                case "pacemakerd" -> Pacemakerd.run(context, args);
                case "stonith_admin" -> StonithAdmin.run(context, args);
                case "cibadmin" -> Cibadmin.run(context, args);
                default -> context.fail(FaceContext.EXIT_USAGE, "unknown face (expected one of "
                        + String.join(", ", NAMES.stream().sorted().toList()) + ")");
            };
        } catch (Arguments.UsageError e) {
            err.println(face + ": " + e.getMessage() + " (see " + face + " --help)");
            return FaceContext.EXIT_USAGE;
        } catch (DaemonUnreachable e) {
            err.println(face + ": " + e.getMessage());
            return e.exitCode();
        } finally {
            if (closeConnection) {
                context.close();
            }
        }
    }
}
