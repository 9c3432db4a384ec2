package org.paceline.cli;

import java.nio.file.Path;
import java.util.ArrayList;

import org.paceline.node.daemon.DaemonMain;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paceline node}: this node's daemon. */
@Command(name = "node", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Run this node's daemon.")
public final class NodeCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = {
                "Run this node's daemon in the foreground until SIGTERM or SIGINT, which stop the resources",
                "running here first. Logs go to the configured files and to standard error.",
                "Exit codes: 0 stopped, 64 usage, 78 a configuration problem (named with file and setting)."
            })
    int start(
            @Option(names = {"-c", "--config"}, paramLabel = "FILE", defaultValue = DaemonMain.DEFAULT_CONFIG,
                    description = "The node's configuration (default: ${DEFAULT-VALUE}).") Path config,
            @Option(names = "--debug", description = "Debug lines in the full log too.") boolean debug)
            throws InterruptedException {
        var arguments = new ArrayList<String>();
        arguments.add("--config");
        arguments.add(config.toString());
        if (debug) {
            arguments.add("--debug");
        }
        return DaemonMain.run(arguments.toArray(String[]::new));
    }
}
