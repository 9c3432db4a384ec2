package org.paceline.cli;

import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code paceline demo}: the lab's failover demonstration, run in a JVM of its own from
 * the lab module (which drives daemons, agents and faces as separate processes, and
 * depends on this module for the faces).
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "A three-node cluster on this machine (loopback) with a group, a clone, a promotable clone and",
            "the test fence device: shows the status, cuts the power of the node running the group, shows it",
            "UNCLEAN, fenced, OFFLINE and the group recovered, with the operational log, then stops everything.",
            "Exit codes: 0 the demo went as it should, 1 it did not, 2 the lab is not built."
        })
public final class DemoCommand implements java.util.concurrent.Callable<Integer> {
    static final String MAIN_CLASS = "org.paceline.lab.scenario.DemoMain";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        return LabJvm.run("paceline demo", spec.commandLine().getErr(), MAIN_CLASS,
                List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), List.of());
    }
}
