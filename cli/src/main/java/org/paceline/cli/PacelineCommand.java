package org.paceline.cli;

import picocli.CommandLine.Command;

/** {@code paceline}: the one command, with a subcommand per job. */
@Command(name = "paceline", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Paceline: a high-availability cluster manager compatible with Pacemaker.",
            "Also: paceline crm_mon|crm_resource|crm_attribute|crm_master|attrd_updater|crm_node|cibadmin|",
            "stonith_admin|pacemakerd ARGS, as the Pacemaker tools of those names (also in sbin/)."},
        subcommands = {CibCommand.class, CrmCommand.class, CrmSimulateCommand.class,
                org.paceline.cli.conformance.ConformanceCommand.class, BenchCommand.class, ClusterCommand.class, NodeCommand.class, DemoCommand.class})
public final class PacelineCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
