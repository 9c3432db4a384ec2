package org.paceline.node.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.node.executor.script.ProcessScriptRunner;
import org.paceline.node.executor.sim.SimulatedScriptRunner;
import org.paceline.node.executor.sim.SimulatedScriptRunner.Reply;

/**
 * cluster-glue STONITH plugins through the {@code stonith} command: the call's shape (with a
 * simulated runner), then Debian's real command and plugins ({@code null}, {@code meatware},
 * {@code external/ipmi}, {@code external/libvirt}), skipped where cluster-glue is absent.
 */
class StonithPluginTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path temp;
    private ExecutorSettings settings;

    @BeforeEach
    void setUp() {
        settings = TestScripts.settings(TestScripts.install(temp.resolve("scripts")));
    }

    @Test
    void reboot_ofAPlugin_runsStonithResetWithTheParametersInTheEnvironmentOnly() {
        var runner = new SimulatedScriptRunner().otherwise(Reply.exits(0));
        var glue = fakeGlue();
        var plugin = new StonithPlugin(runner, new SteppingClock(), settings, glue);

        OpResult result = plugin.run(FenceOperation.of("external/ipmi", "reboot", "PM02",
                StonithFixtures.parameters("hostname", "pm02", "ipaddr", "192.168.0.2", "userid", "admin",
                        "passwd", "secret", "pcmk_host_list", "pm02"), TIMEOUT));

        assertEquals(0, result.rc(), result.summary());
        var call = runner.calls().getFirst().call();
        assertEquals(glue.stonithCommand(), call.executable());
        assertEquals(List.of("-t", "external/ipmi", "-E", "-T", "reset", "pm02"), call.arguments());
        assertFalse(call.commandLine().contains("secret"), call.commandLine());
        assertEquals("secret", call.environment().get("passwd"));
        assertEquals("192.168.0.2", call.environment().get("ipaddr"));
        assertEquals("PM02", call.environment().get("nodename"));
        assertFalse(call.environment().containsKey("pcmk_host_list"));
        assertFalse(call.environment().containsKey("action"));
        assertEquals("/dev/stderr", call.environment().get("HA_logfile"));
        assertTrue(call.environment().get("PATH").startsWith(settings.commandFaces().toString()));
    }

    @Test
    void actions_mapToStonithOptionsAsFenceLegacyDoes() {
        var runner = new SimulatedScriptRunner().otherwise(Reply.exits(0, "<resource-agent name=\"null\"/>", ""));
        var plugin = new StonithPlugin(runner, new SteppingClock(), settings, fakeGlue());
        var device = StonithFixtures.parameters("hostlist", "pm01 pm02");

        for (String action : List.of("off", "on", "list", "monitor", "status", "metadata")) {
            plugin.run(FenceOperation.of("null", action, action.equals("off") || action.equals("on") ? "pm02" : null,
                    device, TIMEOUT));
        }

        assertEquals(List.of(
                List.of("-t", "null", "-E", "-T", "off", "pm02"),
                List.of("-t", "null", "-E", "-T", "on", "pm02"),
                List.of("-t", "null", "-E", "-l"),
                List.of("-t", "null", "-E", "-S"),
                List.of("-t", "null", "-E", "-S"),
                List.of("-t", "null", "-m")), runner.calls().stream().map(c -> c.call().arguments()).toList());
    }

    @Test
    void status_deviceCheckExitingTwo_isCannotTellNeverOff() {
        var runner = new SimulatedScriptRunner().otherwise(Reply.exits(2, "", "Dec 03 13:08:29 vm stonith: [1]: ERROR: null device not accessible.\n"));
        var plugin = new StonithPlugin(runner, new SteppingClock(), settings, fakeGlue());

        OpResult status = plugin.run(FenceOperation.of("null", "status", "pm02", StonithFixtures.parameters("hostlist", "pm02"), TIMEOUT));

        assertEquals(1, status.rc());
        assertEquals(FenceAgent.PowerState.UNKNOWN, FenceAgent.powerState(status));
        assertEquals("null device check failed: stonith exited 2: null device not accessible.", status.exitReason());
    }

    @Test
    void start_unknownActionOrNoTarget_isRefusedWithoutRunning() {
        var runner = new SimulatedScriptRunner().otherwise(Reply.exits(0));
        var plugin = new StonithPlugin(runner, new SteppingClock(), settings, fakeGlue());

        OpResult unknown = plugin.run(FenceOperation.of("null", "explode", "pm02", StonithFixtures.parameters(), TIMEOUT));
        OpResult noTarget = plugin.run(FenceOperation.of("null", "reboot", null, StonithFixtures.parameters(), TIMEOUT));

        assertEquals(OcfExitCode.ERR_UNIMPLEMENTED.code(), unknown.rc());
        assertEquals("stonith:null: action \"explode\" is not one a STONITH plugin answers", unknown.exitReason());
        assertEquals(OcfExitCode.ERR_ARGS.code(), noTarget.rc());
        assertEquals(0, runner.calls().size());
    }

    @Test
    void start_missingPlugins_areNotInstalledAndSayWhereTheyWereLookedFor() {
        var runner = new SimulatedScriptRunner().otherwise(Reply.exits(0));
        var glue = fakeGlue();
        var plugin = new StonithPlugin(runner, new SteppingClock(), settings, glue);

        OpResult external = plugin.run(FenceOperation.of("external/nothing", "reboot", "pm02", StonithFixtures.parameters(), TIMEOUT));
        OpResult compiled = plugin.run(FenceOperation.of("nothing", "reboot", "pm02", StonithFixtures.parameters(), TIMEOUT));
        OpResult climbing = plugin.run(FenceOperation.of("external/../../bin/sh", "reboot", "pm02", StonithFixtures.parameters(), TIMEOUT));

        assertEquals(ExecutorStatus.NOT_INSTALLED, external.status());
        assertEquals("stonith:external/nothing: no such external plugin in " + glue.externalDirectory() + " or "
                + glue.pacelineDirectory(), external.exitReason());
        assertEquals(ExecutorStatus.NOT_INSTALLED, compiled.status());
        assertTrue(compiled.exitReason().contains("no such STONITH plugin"), compiled.exitReason());
        assertEquals(ExecutorStatus.NOT_INSTALLED, climbing.status());
        assertEquals(0, runner.calls().size());
    }

    @Test
    void isPluginType_fenceAgentsAreNot() {
        assertTrue(StonithPlugin.isPluginType("external/stonith-helper"));
        assertTrue(StonithPlugin.isPluginType("meatware"));
        assertFalse(StonithPlugin.isPluginType("fence_ipmilan"));
    }

    @Test
    void nullPlugin_realStonith_resetListAndStatusSucceed() {
        StonithFixtures.assumeClusterGlue();
        var plugin = realPlugin();
        var device = StonithFixtures.parameters("hostlist", "pm01 pm02");

        OpResult reset = plugin.run(FenceOperation.of("null", "reboot", "pm02", device, TIMEOUT));
        OpResult list = plugin.run(FenceOperation.of("null", "list", null, device, TIMEOUT));
        OpResult status = plugin.run(FenceOperation.of("null", "status", null, device, TIMEOUT));

        assertEquals(0, reset.rc(), reset.summary());
        assertEquals("pm01\npm02\n", list.output());
        assertEquals(FenceAgent.PowerState.ON, FenceAgent.powerState(status));
    }

    @Test
    void nullPlugin_realStonithWithoutHostlist_failsSayingTheConfigIsInvalid() {
        StonithFixtures.assumeClusterGlue();

        OpResult status = realPlugin().run(FenceOperation.of("null", "monitor", null, StonithFixtures.parameters(), TIMEOUT));

        assertEquals(1, status.rc());
        assertEquals("null device check failed: stonith exited 3: Invalid config info for null device", status.exitReason());
    }

    @Test
    void externalIpmi_withoutAddressOrUser_failsWithThePluginsOwnReason() {
        StonithFixtures.assumeClusterGlue();
        // ipmitool=/bin/true gets past "ipmitool not installed" to the configuration check; nothing is contacted.
        var device = StonithFixtures.parameters("hostname", "pm02", "ipmitool", "/bin/true");

        OpResult reset = realPlugin().run(FenceOperation.of("external/ipmi", "reboot", "pm02", device, TIMEOUT));
        OpResult status = realPlugin().run(FenceOperation.of("external/ipmi", "status", null, device, TIMEOUT));

        assertEquals(StonithExitCode.RESET_FAILED.code(), reset.rc(), reset.summary());
        assertEquals("external/ipmi reset pm02 failed: stonith exited 5 (reset failed): ipaddr, userid or passwd missing; "
                + "check configuration", reset.exitReason());
        assertEquals(1, status.rc());
        assertTrue(status.exitReason().endsWith("ipaddr, userid or passwd missing; check configuration"), status.exitReason());
    }

    @Test
    void metadata_realMeatware_isFenceAgentMetadataWithItsParameters() {
        StonithFixtures.assumeClusterGlue();

        OpResult metadata = realPlugin().run(FenceOperation.of("meatware", "metadata", null, StonithFixtures.parameters(), TIMEOUT));

        assertEquals(0, metadata.rc(), metadata.summary());
        var read = StonithMetadata.parse("meatware", metadata.output()).orElseThrow();
        assertEquals("Meatware STONITH device", read.shortDescription());
        assertEquals(List.of("hostlist"), read.parameters().stream().map(StonithMetadata.Parameter::name).toList());
        assertTrue(read.parameters().getFirst().required());
        assertTrue(metadata.output().contains("<action name=\"reboot\" />"), metadata.output());
        assertEquals("port", FenceAgent.hostArgument(metadata.output()));
    }

    @Test
    void validateAll_libvirtWithoutHypervisorUri_namesTheMissingParameter() {
        StonithFixtures.assumeClusterGlue();

        OpResult missing = realPlugin().run(FenceOperation.of("external/libvirt", "validate-all", null,
                StonithFixtures.parameters("hostlist", "pm01"), TIMEOUT));
        OpResult complete = realPlugin().run(FenceOperation.of("external/libvirt", "validate-all", null,
                StonithFixtures.parameters("hostlist", "pm01", "hypervisor_uri", "qemu+ssh://192.168.131.21/system"), TIMEOUT));

        assertEquals(OcfExitCode.ERR_CONFIGURED.code(), missing.rc());
        assertEquals("stonith:external/libvirt: required parameter hypervisor_uri is not set", missing.exitReason());
        assertEquals(0, complete.rc(), complete.summary());
    }

    @Test
    void types_realStonith_listsClusterGluesAndPacelinesOwn() {
        StonithFixtures.assumeClusterGlue();

        OpResult types = realPlugin().types(TIMEOUT).await();

        var lines = types.output().lines().toList();
        assertEquals(0, types.rc(), types.summary());
        assertTrue(lines.contains("meatware"), types.output());
        assertTrue(lines.contains("external/ipmi"), types.output());
        assertTrue(lines.contains("external/stonith-helper"), types.output());
    }

    private StonithPlugin realPlugin() {
        return new StonithPlugin(new ProcessScriptRunner(), new SteppingClock(), settings,
                StonithSettings.debian(StonithFixtures.pacelineHome()));
    }

    /** cluster-glue's places with a stand-in stonith command and plugin files, for the simulated runner. */
    private StonithSettings fakeGlue() {
        Path glue = temp.resolve("glue");
        StonithFixtures.script(glue, "stonith", "#!/bin/sh\nexit 0\n");
        StonithFixtures.script(glue.resolve("external"), "ipmi", "#!/bin/sh\nexit 0\n");
        StonithFixtures.script(glue.resolve("stonith2"), "null.so", "");
        return new StonithSettings(glue.resolve("stonith"), glue.resolve("external"), glue.resolve("stonith2"),
                glue.resolve("share"), temp.resolve("paceline-plugins"), temp.resolve("run"));
    }
}
