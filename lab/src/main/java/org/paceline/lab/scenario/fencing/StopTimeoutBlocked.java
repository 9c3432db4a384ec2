package org.paceline.lab.scenario.fencing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Seed 000's first demonstration: without fencing, prmPg's stop hangs past its timeout
 * with {@code on-fail=block}. The postgres process dies on pm1, the recovery's stop times
 * out, and Pacemaker leaves prmPg failed and unmanaged (blocked) on pm1, prmIp stopped,
 * and nothing started on pm2: no one may tell whether prmPg still runs, so only the
 * operator may act. The operator removes the cause and cleans prmPg up; the group runs again.
 *
 * <p>prmPg is Debian's {@code ocf:pacemaker:Dummy} with {@code op_sleep}: it sleeps in
 * every operation, its stop included, whether or not it runs; longer than the stop's
 * timeout, it is the seed's {@code sleep 60} put into pgsql's stop. (Debian's
 * {@code ocf:heartbeat:Delay} would not do: its stop returns at once when its tracking file
 * is gone, which is how its monitor is made to fail.)
 */
public final class StopTimeoutBlocked implements Demonstration {
    /** How long each of prmPg's operations sleeps, seconds: longer than its stop timeout. */
    static final int OPERATION_SLEEP_SECONDS = 3;
    static final String STOP_TIMEOUT = "2s";

    @Override
    public String title() {
        return "(a) stop timeout without fencing, on-fail=block: prmPg unmanaged FAILED, nothing moves, the operator recovers it";
    }

    @Override
    public boolean needsRoot() {
        return false;
    }

    /** The seed's group with fencing off; prmPg's stop sleeps {@code sleepSeconds} against a 2 s timeout. */
    static String configuration(int sleepSeconds) {
        return """
                property stonith-enabled=false
                rsc_defaults resource-stickiness=INFINITY migration-threshold=1
                %s
                location rsc_location-grpPg-1 grpPg \\
                    rule 200: #uname eq pm1 \\
                    rule 100: #uname eq pm2
                """.formatted(TwoNodeLab.group(sleepSeconds, STOP_TIMEOUT, "block"));
    }

    @Override
    public Outcome run(Path folder, int basePort, PrintStream out) throws IOException, InterruptedException {
        try (var lab = TwoNodeLab.create(folder, basePort, out)) {
            var failed = lab.setUp(configuration(OPERATION_SLEEP_SECONDS));
            if (failed.isPresent()) {
                return failed.get();
            }
            lab.killPgOnPm1();

            boolean blocked = lab.awaitStatus("pm2", Duration.ofSeconds(30),
                    status -> TwoNodeLab.pgBlockedOn(status, "pm1")
                            && TwoNodeLab.resourceLine(status, "prmIp").map(line -> line.endsWith("Stopped")).orElse(false));
            if (!blocked) {
                return lab.fail("prmPg was not shown blocked on pm1 with prmIp stopped within 30 s", "pm2");
            }
            // Blocked means blocked: watch a while that nothing of the group starts anywhere else.
            boolean moved = TwoNodeLab.heldAnyTimeWithin(Duration.ofSeconds(3), () -> lab.groupHosts().contains("pm2"));
            if (moved) {
                return lab.fail("a resource of grpPg started on pm2 while prmPg was blocked on pm1", "pm2");
            }
            String status = lab.operator("pm2").statusWithFailCounts();
            lab.show("crm_mon -1 on pm2: prmPg is the seed's \"Started pm1 (unmanaged) FAILED\" (Pacemaker 2.1.5's words:"
                    + " FAILED, blocked), prmIp is Stopped, nothing runs on pm2", TwoNodeLab.relevantPart(status));
            lab.show("crm_mon -1 -f on pm2: prmPg's fail-count and its last failed action, the stop that Timed Out"
                    + " (Pacemaker 2.x keeps one last failure a resource; the monitor that found it not running"
                    + " is in the log below)",
                    TwoNodeLab.failuresPart(status));
            var pacemaker = lab.pacemakerStatus("pm2", "blocked");
            if (pacemaker.isPresent()) {
                lab.show("Pacemaker 2.1.5's crm_simulate -x on the same live CIB prints", TwoNodeLab.relevantPart(pacemaker.get()));
                if (!TwoNodeLab.resourceLine(pacemaker.get(), "prmPg").equals(TwoNodeLab.resourceLine(status, "prmPg"))) {
                    return lab.fail("Paceline's crm_mon and Pacemaker's crm_simulate print prmPg differently", "pm2");
                }
            }
            lab.showLog("The operational log since the postgres process died", "pm2");
            var counted = lab.checkPgFailures(status);
            if (counted.isPresent()) {
                return counted.get();
            }
            var logged = lab.checkPgFailureLog();
            if (logged.isPresent()) {
                return logged.get();
            }

            lab.step("The operator removes the cause (prmPg's op_sleep back to 0, the seed's edit of the agent undone,"
                    + " with crm configure load replace) and cleans prmPg up: crm_resource -C -r prmPg");
            lab.markLogs();
            String problem = lab.operator("pm2").load("seed000-fixed.crm", configuration(0));
            if (problem != null) {
                return lab.fail("the fixed configuration was refused: " + problem, "pm2");
            }
            problem = lab.operator("pm2").cleanup("prmPg");
            if (problem != null) {
                return lab.fail("crm_resource -C -r prmPg failed: " + problem, "pm2");
            }
            if (!lab.awaitGroupOn("pm1", Duration.ofSeconds(30))) {
                return lab.fail("grpPg did not run again on pm1 within 30 s of the clean-up", "pm2");
            }
            lab.show("crm_mon -1 on pm2: the group runs again", TwoNodeLab.relevantPart(lab.status("pm2")));
            lab.showLog("What the clean-up did", "pm2");
            return lab.observerVerdict().orElse(Outcome.pass(
                    "prmPg blocked (unmanaged FAILED) on pm1, nothing moved; after the operator's clean-up grpPg runs on pm1"));
        }
    }
}
