package org.paceline.node.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.node.executor.script.ProcessScriptRunner;

/**
 * External plugins from Paceline's own directory, which Paceline runs itself as cluster-glue
 * would ({@code SCRIPT OP [HOST]}, parameters in the environment) and reads as cluster-glue
 * reads them: plugins that fail, hang, flood or exit with codes nobody expects. Needs no
 * cluster-glue: the scripts are written by each test.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PacelineStonithScriptTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path temp;
    private Path plugins;
    private StonithPlugin plugin;

    @BeforeEach
    void setUp() {
        plugins = temp.resolve("plugins");
        // No cluster-glue directory holds these types, so Paceline's copy runs even where cluster-glue is installed.
        var stonith = StonithSettings.debian(StonithFixtures.pacelineHome()).withPacelineDirectory(plugins)
                .withExternalDirectory(temp.resolve("no-glue"));
        plugin = new StonithPlugin(new ProcessScriptRunner(Duration.ofSeconds(1), 4096), new SteppingClock(),
                TestScripts.settings(TestScripts.install(temp.resolve("scripts"))), stonith);
    }

    @Test
    void reset_runsScriptWithOperationLowerCaseHostAndParametersInTheEnvironment() throws Exception {
        Path seen = temp.resolve("seen");
        StonithFixtures.script(plugins, "recorder", "#!/bin/sh\necho \"$* passwd=$passwd nodename=$nodename\" > " + seen + "\n");

        OpResult reset = plugin.run(FenceOperation.of("external/recorder", "reboot", "PM02",
                StonithFixtures.parameters("passwd", "secret", "pcmk_host_list", "PM02"), TIMEOUT));

        assertEquals(0, reset.rc(), reset.summary());
        assertEquals("reset pm02 passwd=secret nodename=PM02\n", Files.readString(seen));
    }

    @Test
    void reset_scriptExitingAnyFailure_isResetFailedAsClusterGlueReadsIt() {
        StonithFixtures.script(plugins, "odd", "#!/bin/sh\necho 'odd[1]: ERROR: the switch said no' >&2\nexit 42\n");

        OpResult reset = plugin.run(FenceOperation.of("external/odd", "reboot", "pm02", StonithFixtures.parameters(), TIMEOUT));

        assertEquals(StonithExitCode.RESET_FAILED.code(), reset.rc());
        assertEquals(ExecutorStatus.DONE, reset.status());
        assertEquals("external/odd reset pm02 failed: 'external/odd reset pm02' exited 42, read as 5 (reset failed): "
                + "the switch said no", reset.exitReason());
    }

    @Test
    void status_scriptExitingTwo_isCannotTellNotOff() {
        StonithFixtures.script(plugins, "odd", "#!/bin/sh\nexit 2\n");

        OpResult status = plugin.run(FenceOperation.of("external/odd", "status", "pm02", StonithFixtures.parameters(), TIMEOUT));

        assertEquals(1, status.rc());
        assertEquals(FenceAgent.PowerState.UNKNOWN, FenceAgent.powerState(status));
    }

    @Test
    void list_isTheScriptsHostsOneALineAndNoneIsAFailure() {
        StonithFixtures.script(plugins, "hosts", "#!/bin/sh\necho \"$hostlist\"\n");

        OpResult two = plugin.run(FenceOperation.of("external/hosts", "list", null,
                StonithFixtures.parameters("hostlist", " pm01   pm02 "), TIMEOUT));
        OpResult none = plugin.run(FenceOperation.of("external/hosts", "list", null, StonithFixtures.parameters(), TIMEOUT));

        assertEquals("pm01\npm02\n", two.output());
        assertEquals(StonithExitCode.NO_HOST_LIST.code(), none.rc());
        assertEquals("external/hosts host list failed: 'external/hosts gethosts' returned an empty host list", none.exitReason());
    }

    @Test
    void reset_hangingScript_isKilledWithItsChildrenAtTheTimeout() throws Exception {
        Path child = temp.resolve("child.pid");
        StonithFixtures.script(plugins, "hang", "#!/bin/sh\nsleep 600 &\necho $! > " + child + "\nwait\n");

        OpResult reset = plugin.run(FenceOperation.of("external/hang", "reboot", "pm02", StonithFixtures.parameters(),
                Duration.ofSeconds(2)));

        assertEquals(ExecutorStatus.TIMED_OUT, reset.status());
        assertEquals(1, reset.rc());
        assertEquals("external/hang reset pm02: timed out", reset.exitReason());
        long pid = Long.parseLong(Files.readString(child).strip());
        assertFalse(isRunning(pid), "the plugin's child outlived it");
    }

    @Test
    void list_floodingScript_isKeptWithinBounds() {
        StonithFixtures.script(plugins, "flood", "#!/bin/sh\nyes pm01 | head -c 1000000\n");

        OpResult list = plugin.run(FenceOperation.of("external/flood", "list", null, StonithFixtures.parameters(), TIMEOUT));

        assertEquals(0, list.rc(), list.summary());
        assertTrue(list.output().length() < 10_000, "output kept: " + list.output().length());
    }

    @Test
    void reset_groupWritableScript_isNotRunAsClusterGlueRefusesIt() throws Exception {
        Path marker = temp.resolve("ran");
        Path script = StonithFixtures.script(plugins, "open", "#!/bin/sh\ntouch " + marker + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxrwxr-x"));

        OpResult reset = plugin.run(FenceOperation.of("external/open", "reboot", "pm02", StonithFixtures.parameters(), TIMEOUT));

        assertEquals(ExecutorStatus.ERROR, reset.status());
        assertTrue(reset.exitReason().endsWith("is writable by group or others: not run, as cluster-glue refuses it"),
                reset.exitReason());
        assertFalse(Files.exists(marker));
    }

    @Test
    void metadata_isPutTogetherFromTheScriptsGetinfoAnswers() {
        StonithFixtures.script(plugins, "described", """
                #!/bin/sh
                case "$1" in
                getinfo-devid) echo "Described device" ;;
                getinfo-devdescr) echo "Powers <things> off" ;;
                getinfo-xml) echo '<parameters><parameter name="hostlist" required="1"><content type="string"/><shortdesc lang="en">Hosts</shortdesc></parameter></parameters>' ;;
                *) exit 1 ;;
                esac
                """);

        OpResult metadata = plugin.run(FenceOperation.of("external/described", "metadata", null, StonithFixtures.parameters(), TIMEOUT));
        OpResult invalid = plugin.run(FenceOperation.of("external/described", "validate-all", null, StonithFixtures.parameters(), TIMEOUT));

        assertEquals(0, metadata.rc(), metadata.summary());
        var read = StonithMetadata.parse("external/described", metadata.output()).orElseThrow();
        assertEquals("Described device", read.shortDescription());
        assertEquals("Powers <things> off", read.longDescription());
        assertEquals(List.of(new StonithMetadata.Parameter("hostlist", true, false, "string", "", "Hosts", "")), read.parameters());
        assertEquals(OcfExitCode.ERR_CONFIGURED.code(), invalid.rc());
        assertEquals("stonith:external/described: required parameter hostlist is not set", invalid.exitReason());
    }

    @Test
    void metadata_scriptFailingGetinfo_saysWhichAnswerFailed() {
        StonithFixtures.script(plugins, "mute", "#!/bin/sh\n[ \"$1\" = getinfo-devid ] && echo mute\n[ \"$1\" = getinfo-devid ]\n");

        OpResult metadata = plugin.run(FenceOperation.of("external/mute", "metadata", null, StonithFixtures.parameters(), TIMEOUT));

        assertEquals(1, metadata.rc());
        assertEquals("external/mute metadata failed: 'external/mute getinfo-devdescr' exited 1", metadata.exitReason());
    }

    /** Whether the process runs (a zombie waiting for its reaper does not). */
    private static boolean isRunning(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String state = stat.substring(stat.lastIndexOf(')') + 1).trim().substring(0, 1);
            return !state.equals("Z") && !state.equals("X");
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
