package org.paceline.cli;

import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paceline demo [fencing]}: the lab's demonstrations, run in a JVM of their own from
 * the lab module (which drives daemons, agents and faces as separate processes, and
 * depends on this module for the faces): the failover demonstration, or with
 * {@code fencing} seed 000's fencing demonstrations.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Without an argument: a three-node cluster on this machine (loopback)",
            "with a group, a clone, a promotable clone and the test fence device:",
            "shows the status, cuts the power of the node running the group, shows",
            "it UNCLEAN, fenced, OFFLINE and the group recovered, with the",
            "operational log, then stops everything.",
            "",
            "fencing: seed 000's fencing demonstrations on two nodes, pm1 and pm2,",
            "running the group grpPg, each in a new temporary folder (kept when",
            "PACELINE_DEMO_KEEP is set), each told as an operator watches it",
            "(crm_mon before and after, the operational log, what the operator does):",
            "  (a) prmPg's stop hangs past its timeout, fencing off, on-fail=block:",
            "      prmPg FAILED and blocked (the seed's \"unmanaged FAILED\") on pm1,",
            "      nothing moves; the operator removes the cause and runs",
            "      crm_resource -C -r prmPg, and the group runs again;",
            "  (b) the same with fencing and on-fail=fence: pm1 UNCLEAN (online),",
            "      fenced, OFFLINE, and the group runs on pm2.",
            "An observer outside the daemons checks that grpPg never runs on both",
            "nodes. Prints one line per demonstration, then \"N passed, N failed\";",
            "one that needs root (network namespaces) is not run without it and",
            "counts as failed. Ports from 17500; about a minute and a half.",
            "",
            "Exit codes: 0 all went as it should, 1 it did not, 2 the lab is not",
            "built or a usage mistake."
        })
public final class DemoCommand implements java.util.concurrent.Callable<Integer> {
    static final String MAIN_CLASS = "org.paceline.lab.scenario.DemoMain";
    static final String FENCING_MAIN_CLASS = "org.paceline.lab.scenario.fencing.FencingDemoMain";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "fencing", description = "Run seed 000's fencing demonstrations.")
    String which;

    @Override
    public Integer call() throws InterruptedException {
        if (which != null && !which.equals("fencing")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown demonstration \"" + which + "\" (there is: fencing)");
        }
        boolean fencing = which != null;
        return LabJvm.run(fencing ? "paceline demo fencing" : "paceline demo", spec.commandLine().getErr(),
                fencing ? FENCING_MAIN_CLASS : MAIN_CLASS, List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), List.of());
    }
}
