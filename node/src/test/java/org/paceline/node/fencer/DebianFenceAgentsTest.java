package org.paceline.node.fencer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paceline.node.fencer.FencerDriver.cibWith;
import static org.paceline.node.fencer.FencerDriver.device;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paceline.node.executor.ExecutorSettings;
import org.paceline.node.executor.FenceAgent;
import org.paceline.node.executor.FenceOperation;
import org.paceline.node.executor.script.ProcessScriptRunner;

/** The fencer with Debian's fence-agents ({@code /usr/sbin/fence_*}); skipped where they are not installed. */
class DebianFenceAgentsTest {
    private static final Path SBIN = Path.of("/usr/sbin");

    @TempDir
    Path temp;

    @Test
    void fenceDummy_withoutHostList_hasNoListSoItsStatusDecides_thenOffPowersItOff() throws Exception {
        assumeInstalled("fence_dummy");
        Path power = temp.resolve("power");
        Files.writeString(power, "on");
        var loop = new AgentRunningLoop(SBIN, temp, FencerDriver.cib(cibWith("",
                device("dummy", "fence_dummy", "type=file", "status_file=" + power), "")));

        FenceResult result = loop.fence("pm02", FenceAction.OFF);

        assertTrue(result.succeeded(), result.reason());
        // fence_dummy has no list action: Pacemaker's default host check falls back to status.
        assertEquals(List.of("dummy list", "dummy status", "dummy metadata", "dummy fence off"), loop.purposes());
        assertEquals("port", loop.ran.getLast().operation().hostArgument(), "fence_dummy's metadata has no plug");
        assertEquals("off", Files.readString(power).strip());
    }

    @Test
    void topology_failingFirstLevel_isRetriedThenTheSecondLevelFences() throws Exception {
        assumeInstalled("fence_dummy");
        Path power = temp.resolve("power");
        Files.writeString(power, "on");
        var loop = new AgentRunningLoop(SBIN, temp, FencerDriver.cib(cibWith("",
                device("broken", "fence_dummy", "type=fail", "power_timeout=1", "pcmk_host_list=pm02",
                        "pcmk_off_timeout=20s")
                        + device("works", "fence_dummy", "type=file", "status_file=" + power, "pcmk_host_list=pm02"),
                "<fencing-level id=\"l1\" target=\"pm02\" index=\"1\" devices=\"broken\"/>"
                        + "<fencing-level id=\"l2\" target=\"pm02\" index=\"2\" devices=\"works\"/>")));

        FenceResult result = loop.fence("pm02", FenceAction.OFF);

        assertTrue(result.succeeded(), result.reason());
        assertEquals("works", result.device());
        assertEquals(List.of("broken metadata", "broken fence off", "broken fence off", "works fence off"),
                loop.purposes());
        assertEquals("off", Files.readString(power).strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fence_ipmilan", "fence_virsh", "fence_apc"})
    void realMetadata_agentDeclaringPlug_getsTheTargetAsPlug(String agent) {
        assumeInstalled(agent);
        var metadata = new FenceAgent(new ProcessScriptRunner(), InstantSource.system(), new ExecutorSettings("pm01",
                "1", ExecutorSettings.DEFAULT_FEATURE_SET, temp, temp, SBIN, temp, temp, temp, temp))
                .run(FenceOperation.of(agent, "metadata", null, new LinkedHashMap<>(), Duration.ofSeconds(20)));
        var driver = new FencerDriver(cibWith("", device("dev", agent, "ip=192.0.2.1", "pcmk_host_map=pm02:vm-2"), ""));

        driver.request("pm02", FenceAction.REBOOT, "r1");
        var asked = FencerDriver.runs(driver.take()).getFirst();
        var fence = FencerDriver.runs(driver.answer(asked, Duration.ofMillis(100), metadata.rc(), metadata.output()))
                .getFirst();

        assertEquals("metadata", asked.purpose());
        assertEquals(0, metadata.rc(), metadata.summary());
        assertEquals("vm-2", FenceAgent.lines(fence.operation()).get("plug"));
        assertEquals("pm02", FenceAgent.lines(fence.operation()).get("nodename"));
    }

    private static void assumeInstalled(String agent) {
        Assumptions.assumeTrue(Files.isExecutable(SBIN.resolve(agent)),
                agent + " is not installed (Debian's fence-agents package provides it)");
    }
}
