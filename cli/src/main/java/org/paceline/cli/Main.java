package org.paceline.cli;

import org.paceline.cli.faces.Faces;

import picocli.CommandLine;

/**
 * Entry point: {@code paceline}, or the Pacemaker tool named by the link it was called
 * through (the launcher passes that name as {@code -Dpaceline.face}).
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        String face = System.getProperty("paceline.face", "paceline");
        // The helpers agents call go the lean way even through this entry: `paceline crm_mon -1`.
        if (Faces.NAMES.contains(face)) {
            exit(Faces.run(face, args, System.out, System.err, System.getenv()));
        }
        if (face.equals("paceline") && args.length > 0 && Faces.NAMES.contains(args[0])) {
            exit(Faces.run(args[0], java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err,
                    System.getenv()));
        }
        exit(run(face, args));
    }

    /**
     * {@code paceline} with {@code simulate} as its only subcommand. Building the whole command
     * tree (every subcommand's options, by reflection, in a library whose old class files no
     * class cache keeps) costs a tenth of a second at each start: more than a small simulation.
     */
    private static CommandLine simulateAlone() {
        var paceline = new CommandLine(CommandLine.Model.CommandSpec.create().name("paceline"));
        paceline.addSubcommand("simulate", new CrmSimulateCommand());
        return paceline;
    }

    private static void exit(int code) {
        System.out.flush();
        System.exit(code);
    }

    /** Runs one command line as the named face; returns its exit code. */
    public static int run(String face, String... args) {
        return run(face, new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs one command line as the named face, printing to the given writers. */
    public static int run(String face, java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        boolean simulate = face.equals("crm_simulate") || face.equals("paceline") && args.length > 0
                && args[0].equals("simulate");
        if (simulate) {
            var words = java.util.Arrays.asList(args).subList(face.equals("crm_simulate") ? 0 : 1, args.length);
            var plain = SimulateCommandLine.read(words);
            if (plain.isPresent()) {
                return SimulateCommandLine.run(plain.get(), face.equals("crm_simulate") ? face : "simulate", out, err);
            }
        }
        Object command = switch (face) {
            case "crm" -> new CrmCommand();
            case "crm_simulate" -> new CrmSimulateCommand();
            default -> new PacelineCommand();
        };
        var line = face.equals("paceline") && args.length > 0 && args[0].equals("simulate")
                ? simulateAlone() : new CommandLine(command);
        if (face.equals("crm_simulate")) {
            // Pacemaker's tools answer a usage mistake with CRM_EX_USAGE.
            line.setCommandName(face);
            line.getCommandSpec().exitCodeOnInvalidInput(CrmSimulateCommand.EXIT_USAGE);
        }
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            // A bug, not a user mistake: one line, and the trace only when asked for.
            cmd.getErr().println(cmd.getCommandName() + ": internal error: " + exception);
            if (Boolean.getBoolean("paceline.debug")) {
                exception.printStackTrace(cmd.getErr());
            }
            return 70;
        });
        return line.execute(args);
    }
}
