package org.paceline.node.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.node.executor.script.ProcessScriptRunner;

/** The OCF front end over real processes: test agents that time out, flood, or print what they got. */
class OcfAgentTest {
    @TempDir
    Path temp;
    private ExecutorSettings settings;
    private OcfAgent agents;

    @BeforeEach
    void setUp() {
        settings = TestScripts.settings(TestScripts.install(temp));
        agents = new OcfAgent(new ProcessScriptRunner(Duration.ofMillis(300), ProcessScriptRunner.DEFAULT_OUTPUT_LIMIT_BYTES),
                new SteppingClock(), settings);
    }

    @Test
    void run_agentSeesExactlyItsOcfEnvironment() {
        var operation = OcfOperation.of("test-rsc:0", "paceline", "Environment", "monitor", Duration.ofSeconds(20))
                .withInterval(10_000).withParameter("ip", "192.168.0.10").withMeta("clone", "0");

        OpResult result = agents.run(operation);

        var seen = new LinkedHashMap<String, String>();
        Arrays.stream(result.output().split("\n")).filter(line -> line.contains("=") && !line.startsWith("PWD="))
                .forEach(line -> seen.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        assertEquals(new java.util.TreeMap<>(OcfEnvironment.of(operation, settings)), new java.util.TreeMap<>(seen));
        assertTrue(result.output().contains("arguments: monitor\n"));
    }

    @Test
    void run_agentOutlivesTimeout_isTimedOutWithRcOne() {
        var operation = OcfOperation.of("sleeper", "paceline", "Sleeper", "start", Duration.ofMillis(300))
                .withParameter("pids", temp.resolve("pids").toString());

        OpResult result = agents.run(operation);

        assertEquals(ExecutorStatus.TIMED_OUT, result.status());
        assertEquals(1, result.rc());
        assertEquals("timed out", result.exitReason());
    }

    @Test
    void run_floodingAgent_outputIsCutAndExitReasonRead() {
        OpResult result = agents.run(OcfOperation.of("flood", "paceline", "Flood", "start", Duration.ofSeconds(20)));

        assertEquals(OcfExitCode.ERR_GENERIC, result.exitCode());
        assertEquals(ExecutorStatus.DONE, result.status());
        assertTrue(result.output().contains("\n[output cut: 1048576 bytes written]\n[...]"));
        assertTrue(result.output().length() < 70 * 1024);
        // The reason comes last, long after the first 64 KiB of standard error: the kept tail has it.
        assertEquals("flooded on purpose", result.exitReason());
    }

    @Test
    void run_agentWithoutExecuteBit_isInsufficientPrivileges() {
        OpResult result = agents.run(OcfOperation.of("x", "paceline", TestScripts.UNRUNNABLE, "start", Duration.ofSeconds(20)));

        assertEquals(OcfExitCode.ERR_PERM, result.exitCode());
        assertEquals(ExecutorStatus.ERROR, result.status());
    }

    @Test
    void run_providerClimbingOutOfTheRoot_isNotInstalledAndNothingRuns() {
        OpResult result = agents.run(OcfOperation.of("x", "..", "Environment", "start", Duration.ofSeconds(20)));

        assertEquals(OcfExitCode.ERR_INSTALLED, result.exitCode());
        assertEquals(ExecutorStatus.NOT_INSTALLED, result.status());
        assertEquals("", result.output());
    }

    @Test
    void run_times_comeFromTheInjectedClock() {
        OpResult result = agents.run(OcfOperation.of("x", "paceline", "Environment", "start", Duration.ofSeconds(20)));

        assertEquals(SteppingClock.START, result.started());
        assertEquals(Duration.ofMillis(10), result.duration());
    }

    @Test
    void path_ocfAgent_isUnderResourceD() {
        assertEquals(settings.ocfRoot().resolve("resource.d/heartbeat/IPaddr2"), agents.path("heartbeat", "IPaddr2"));
    }
}
