package org.paceline.cli;

import picocli.CommandLine.Command;

/** {@code paceline cib}: work with CIB files without a cluster. */
@Command(name = "cib", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Read, convert and check CIB files (Pacemaker XML or crm shell syntax).",
        subcommands = {CibConvertCommand.class, CibCheckCommand.class})
public final class CibCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
