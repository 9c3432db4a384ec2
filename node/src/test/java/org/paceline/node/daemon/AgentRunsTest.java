package org.paceline.node.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.paceline.node.controller.OperationRequest;
import org.paceline.node.executor.ExecutorSettings;
import org.paceline.node.executor.FenceAgent;
import org.paceline.node.executor.FenceOperation;
import org.paceline.node.executor.LsbScript;
import org.paceline.node.executor.OcfAgent;
import org.paceline.node.executor.OcfOperation;
import org.paceline.node.executor.OpResult;
import org.paceline.node.executor.StonithPlugin;
import org.paceline.node.executor.StonithSettings;
import org.paceline.node.executor.script.ProcessScriptRunner;

class AgentRunsTest {
    private static final Path HOME = Path.of(System.getProperty("user.dir")).getParent();

    private static AgentRuns agents() {
        var runner = new ProcessScriptRunner();
        var clock = InstantSource.system();
        var settings = ExecutorSettings.debian("pm01", "1", HOME.resolve("sbin"))
                .withFenceDirectory(HOME.resolve("node/src/main/agents/fence"));
        return new AgentRuns(new OcfAgent(runner, clock, settings), new LsbScript(runner, clock, settings),
                new FenceAgent(runner, clock, settings),
                new StonithPlugin(runner, clock, settings, StonithSettings.debian(HOME)), clock);
    }

    private static OperationRequest device(String task, long interval, String type) {
        var call = new OcfOperation("fence-dev", null, type, task, interval, Duration.ofSeconds(20), null, null,
                new LinkedHashMap<>(), new LinkedHashMap<>());
        return new OperationRequest("pm01", "1:1:0:uuid", "fence-dev_" + task + "_" + interval, "fence-dev", "stonith",
                null, type, task, interval, Duration.ofSeconds(20), call, new LinkedHashMap<>());
    }

    private static OpResult await(AgentRuns.Running running) throws Exception {
        return running.result().get(30, TimeUnit.SECONDS);
    }

    @Test
    void fenceDevice_isRegisteredByItsStart_andItsProbeSaysSo() throws Exception {
        var agents = agents();
        assertEquals(7, await(agents.start(device("monitor", 0, "fence_paceline_test"))).rc());
        assertEquals(0, await(agents.start(device("start", 0, "fence_paceline_test"))).rc());
        assertEquals(0, await(agents.start(device("monitor", 0, "fence_paceline_test"))).rc());
        assertEquals(0, await(agents.start(device("stop", 0, "fence_paceline_test"))).rc());
        assertEquals(7, await(agents.start(device("monitor", 0, "fence_paceline_test"))).rc());
    }

    @Test
    void recurringDeviceMonitor_runsTheAgentsMonitorAction() throws Exception {
        assertEquals(0, await(agents().start(device("monitor", 60_000, "fence_paceline_test"))).rc());
    }

    @Test
    void clusterGluePluginTypes_runThroughClusterGluesStonithCommand() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/stonith")),
                "Debian's cluster-glue is not installed: no stonith command to run plugins with");
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("hostlist", "pm01 pm02");
        var result = await(agents().fence(FenceOperation.of("null", "reboot", "pm02", parameters, Duration.ofSeconds(20))));
        assertEquals(0, result.rc(), result.summary());
    }
}
