package org.paceline.cli;

import picocli.CommandLine.Command;

/** {@code crm configure}: the configuration level of the crm shell. */
@Command(name = "configure", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Show, load or edit the cluster configuration.",
        subcommands = {CrmConfigureShowCommand.class, CrmConfigureLoadCommand.class, CrmConfigureEditCommand.class})
public final class CrmConfigureCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
