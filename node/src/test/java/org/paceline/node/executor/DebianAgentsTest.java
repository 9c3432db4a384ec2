package org.paceline.node.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.node.executor.script.ProcessScriptRunner;

/**
 * Debian's own agents ({@code resource-agents}, {@code pacemaker-resource-agents}), run
 * unmodified; skipped where they are not installed.
 */
class DebianAgentsTest {
    private static final Path OCF_ROOT = Path.of("/usr/lib/ocf");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path temp;
    private OcfAgent agents;
    private Path state;

    @BeforeEach
    void setUp() {
        Path installed = TestScripts.install(temp.resolve("scripts"));
        ExecutorSettings settings = TestScripts.settings(installed).withOcfRoot(OCF_ROOT);
        agents = new OcfAgent(new ProcessScriptRunner(), new SteppingClock(), settings);
        state = temp.resolve("resource.state");
    }

    @Test
    void heartbeatDummy_startMonitorStopMonitor_runsThenIsNotRunning() {
        assumeInstalled("heartbeat", "Dummy");

        assertEquals(OcfExitCode.NOT_RUNNING, run("heartbeat", "Dummy", "monitor").exitCode(), "probe");
        assertEquals(OcfExitCode.SUCCESS, run("heartbeat", "Dummy", "start").exitCode());
        assertTrue(Files.exists(state));
        assertEquals(OcfExitCode.SUCCESS, run("heartbeat", "Dummy", "monitor").exitCode());
        assertEquals(OcfExitCode.SUCCESS, run("heartbeat", "Dummy", "stop").exitCode());
        assertEquals(OcfExitCode.NOT_RUNNING, run("heartbeat", "Dummy", "monitor").exitCode());
    }

    @Test
    void pacemakerDummy_startMonitorStopMonitor_runsThenIsNotRunning() {
        assumeInstalled("pacemaker", "Dummy");

        assertEquals(OcfExitCode.SUCCESS, run("pacemaker", "Dummy", "start").exitCode());
        assertEquals(OcfExitCode.SUCCESS, run("pacemaker", "Dummy", "monitor").exitCode());
        assertEquals(OcfExitCode.SUCCESS, run("pacemaker", "Dummy", "stop").exitCode());
        assertEquals(OcfExitCode.NOT_RUNNING, run("pacemaker", "Dummy", "monitor").exitCode());
    }

    @Test
    void pacemakerStateful_promoteAndDemote_reportsPromotedAndCallsCrmAttributeFace() throws Exception {
        assumeInstalled("pacemaker", "Stateful");

        assertEquals(OcfExitCode.SUCCESS, run("pacemaker", "Stateful", "start").exitCode());
        assertEquals(OcfExitCode.SUCCESS, run("pacemaker", "Stateful", "monitor").exitCode());
        assertEquals(OcfExitCode.SUCCESS, run("pacemaker", "Stateful", "promote").exitCode());
        assertEquals(OcfExitCode.RUNNING_PROMOTED, run("pacemaker", "Stateful", "monitor").exitCode());
        assertEquals(OcfExitCode.SUCCESS, run("pacemaker", "Stateful", "demote").exitCode());
        assertEquals(OcfExitCode.SUCCESS, run("pacemaker", "Stateful", "stop").exitCode());
        assertEquals(OcfExitCode.NOT_RUNNING, run("pacemaker", "Stateful", "monitor").exitCode());

        // HA_SBIN_DIR points at the faces: the agent's promotion scores went to Paceline's crm_attribute.
        String calls = Files.readString(temp.resolve("scripts/run/faces.log"));
        assertTrue(calls.startsWith("""
                crm_attribute --promotion -v 5
                crm_attribute --promotion -v 5
                crm_attribute --promotion -v 10
                """), calls);
        assertTrue(calls.contains("crm_attribute --promotion -D\n"), calls);
    }

    @Test
    void pacemakerStateful_failingMonitor_givesItsExitReason() throws Exception {
        assumeInstalled("pacemaker", "Stateful");
        Files.writeString(Path.of(state + ".rc"), "1\n");

        OpResult result = run("pacemaker", "Stateful", "monitor");

        assertEquals(OcfExitCode.ERR_GENERIC, result.exitCode());
        assertEquals(ExecutorStatus.DONE, result.status());
        assertEquals("1 GB redirected to /dev/null", result.exitReason());
    }

    @Test
    void heartbeatDummy_metaData_printsTheAgentsXml() {
        assumeInstalled("heartbeat", "Dummy");

        OpResult result = agents.run(OcfOperation.of("dummy", "heartbeat", "Dummy", "meta-data", TIMEOUT));

        assertEquals(OcfExitCode.SUCCESS, result.exitCode());
        assertTrue(result.output().contains("<resource-agent name=\"Dummy\""), result.output());
    }

    @Test
    void missingAgent_anyAction_isNotInstalled() {
        OpResult result = agents.run(OcfOperation.of("x", "heartbeat", "NoSuchAgent", "start", TIMEOUT));

        assertEquals(5, result.rc());
        assertEquals(ExecutorStatus.NOT_INSTALLED, result.status());
        assertTrue(result.exitReason().contains("NoSuchAgent"), result.exitReason());
    }

    private OpResult run(String provider, String type, String action) {
        return agents.run(OcfOperation.of("test-rsc", provider, type, action, TIMEOUT)
                .withParameter("state", state.toString()));
    }

    private static void assumeInstalled(String provider, String type) {
        Path agent = OCF_ROOT.resolve("resource.d").resolve(provider).resolve(type);
        Assumptions.assumeTrue(Files.isExecutable(agent), "ocf:" + provider + ":" + type + " is not installed");
    }
}
