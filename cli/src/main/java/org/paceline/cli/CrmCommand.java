package org.paceline.cli;

import picocli.CommandLine.Command;

/** {@code crm}: the crm shell's face: its {@code configure} and {@code node} levels. */
@Command(name = "crm", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "The crm shell's commands, as Paceline provides them.",
        subcommands = {CrmConfigureCommand.class, CrmNodeCommand.class})
public final class CrmCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
