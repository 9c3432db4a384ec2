package org.paceline.node.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SequencedMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.node.executor.script.ProcessScriptRunner;

/**
 * {@code stonith:external/stonith-helper} as this tree ships it, run through the front end as
 * the daemon runs it. "Dead" targets are loopback addresses whose {@code ping} is a test
 * double first on the plugin's {@code PATH} (nothing leaves the machine); "alive" is a real
 * ping of 127.0.0.1; {@code crm_node} is a double too.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StonithHelperTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String TYPE = "external/stonith-helper";

    @TempDir
    Path temp;
    private Path faces;
    private StonithPlugin plugin;

    @BeforeEach
    void setUp() {
        Path installed = TestScripts.install(temp.resolve("scripts"));
        faces = installed.resolve("faces");
        var stonith = StonithSettings.debian(StonithFixtures.pacelineHome()).withExternalDirectory(temp.resolve("no-glue"));
        plugin = new StonithPlugin(new ProcessScriptRunner(), new SteppingClock(), TestScripts.settings(installed), stonith);
    }

    @Test
    void debianSettings_findTheHelperInThisTree() {
        var located = new StonithPlugin(new ProcessScriptRunner(), new SteppingClock(),
                TestScripts.settings(TestScripts.install(temp.resolve("other"))),
                StonithSettings.debian(StonithFixtures.pacelineHome()).withExternalDirectory(temp.resolve("no-glue")))
                .locate(TYPE);

        assertEquals(new StonithPlugin.Location.Script(StonithFixtures.pacelineHome()
                .resolve("node/src/main/agents/stonith/external/stonith-helper")), located);
    }

    @Test
    void reset_noDeadCheckTargetAnswers_succeedsAtOnceAfterPingingEachInParallel() throws IOException {
        Path pings = pingDouble(1);

        OpResult reset = plugin.run(reset(device("dead_check_target", "127.0.0.2 127.0.0.3", "dead_check_tries", "2",
                "standby_check_command", "false", "standby_wait_time", "30")));

        assertEquals(0, reset.rc(), reset.summary());
        assertTrue(reset.errors().contains("pm01 answers on none of 127.0.0.2 127.0.0.3: it is down already"), reset.errors());
        var pinged = Files.readAllLines(pings).stream().sorted().toList();
        assertEquals(List.of("-n -q -c 1 -W 1 127.0.0.2", "-n -q -c 1 -W 1 127.0.0.2",
                "-n -q -c 1 -W 1 127.0.0.3", "-n -q -c 1 -W 1 127.0.0.3"), pinged);
    }

    @Test
    void reset_activeNodeAndTargetAnsweringRealPing_failsOnPurposeWithoutWaiting() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/ping")) || Files.isExecutable(Path.of("/bin/ping")),
                "ping is not installed: apt-get install iputils-ping");

        OpResult reset = plugin.run(reset(device("dead_check_target", "127.0.0.1", "standby_check_command", "true",
                "standby_wait_time", "30")));

        assertEquals(StonithExitCode.RESET_FAILED.code(), reset.rc(), reset.summary());
        assertEquals(ExecutorStatus.DONE, reset.status());
        assertEquals("external/stonith-helper reset pm01 failed: 'external/stonith-helper reset pm01' exited 1, read as 5 "
                + "(reset failed): pm01 may still be up: leaving it to the next fencing level", reset.exitReason());
        assertFalse(reset.errors().contains("waiting"), reset.errors());
    }

    @Test
    void reset_standbyNode_waitsStandbyWaitTimeThenFails() throws IOException {
        pingDouble(0);
        long before = System.nanoTime();

        OpResult reset = plugin.run(reset(device("dead_check_target", "127.0.0.1",
                "standby_check_command", "crm_resource -r prmEx -W | grep -q `hostname`", "standby_wait_time", "1")));

        long waitedMillis = (System.nanoTime() - before) / 1_000_000;
        assertEquals(StonithExitCode.RESET_FAILED.code(), reset.rc(), reset.summary());
        assertTrue(reset.errors().contains("this node is the standby (standby_check_command failed): waiting 1s"),
                reset.errors());
        assertTrue(waitedMillis >= 1000, "waited only " + waitedMillis + " ms");
    }

    @Test
    void reset_standbyWithRunOnlineCheckWhileTargetIsInThePartition_doesNotWait() throws IOException {
        pingDouble(0);
        crmNodeDouble("pm01 pm02", "1");

        OpResult online = plugin.run(reset(device("dead_check_target", "127.0.0.1", "standby_check_command", "false",
                "standby_wait_time", "30", "run_online_check", "yes")));

        assertEquals(StonithExitCode.RESET_FAILED.code(), online.rc(), online.summary());
        assertTrue(online.errors().contains("but pm01 is still online (crm_node -p): no wait"), online.errors());
    }

    @Test
    void reset_standbyWithRunOnlineCheckAfterTheTargetLeft_waits() throws IOException {
        pingDouble(0);
        crmNodeDouble("pm02", "1");

        OpResult split = plugin.run(reset(device("dead_check_target", "127.0.0.1", "standby_check_command", "false",
                "standby_wait_time", "1", "run_online_check", "yes")));

        assertEquals(StonithExitCode.RESET_FAILED.code(), split.rc(), split.summary());
        assertTrue(split.errors().contains("waiting 1s"), split.errors());
    }

    @Test
    void reset_activeNodeWithoutQuorumAndCheckQuorum_waits() throws IOException {
        pingDouble(0);
        crmNodeDouble("pm02", "0");

        OpResult reset = plugin.run(reset(device("dead_check_target", "127.0.0.1", "standby_check_command", "true",
                "standby_wait_time", "1", "check_quorum", "yes")));

        assertEquals(StonithExitCode.RESET_FAILED.code(), reset.rc(), reset.summary());
        assertTrue(reset.errors().contains("this node's partition has no quorum: waiting 1s"), reset.errors());
    }

    @Test
    void reset_standbyWaitTimeNotANumber_failsSayingSo() throws IOException {
        pingDouble(0);

        OpResult reset = plugin.run(reset(device("dead_check_target", "127.0.0.1", "standby_wait_time", "ten")));

        assertEquals(StonithExitCode.RESET_FAILED.code(), reset.rc());
        assertTrue(reset.exitReason().endsWith("standby_wait_time \"ten\" is not a number of seconds"), reset.exitReason());
    }

    @Test
    void listStatusAndOn_answerAsTheSeedsPluginDoes() {
        var device = device("hostlist", "pm01", "dead_check_target", "127.0.0.1");

        OpResult list = plugin.run(FenceOperation.of(TYPE, "list", null, device, TIMEOUT));
        OpResult status = plugin.run(FenceOperation.of(TYPE, "monitor", null, device, TIMEOUT));
        OpResult on = plugin.run(FenceOperation.of(TYPE, "on", "pm01", device, TIMEOUT));

        assertEquals("pm01\n", list.output());
        assertEquals(0, status.rc(), status.summary());
        assertEquals(StonithExitCode.RESET_FAILED.code(), on.rc());
    }

    @Test
    void metadata_listsExactlyTheParametersGetconfignamesNames() throws Exception {
        OpResult metadata = plugin.run(FenceOperation.of(TYPE, "metadata", null, device(), TIMEOUT));
        Process names = new ProcessBuilder(StonithFixtures.pacelineHome()
                .resolve(StonithSettings.PACELINE_PLUGINS).resolve("stonith-helper").toString(), "getconfignames").start();
        String configNames = new String(names.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(0, names.waitFor());
        var read = StonithMetadata.parse(TYPE, metadata.output()).orElseThrow();
        assertEquals(Arrays.asList(configNames.strip().split("\\s+")),
                read.parameters().stream().map(StonithMetadata.Parameter::name).toList());
        assertEquals("25", read.parameters().stream().filter(p -> p.name().equals("standby_wait_time")).findFirst()
                .orElseThrow().defaultValue());
        assertEquals(List.of("hostlist", "dead_check_target"), read.missingRequired(device()));
    }

    private static FenceOperation reset(SequencedMap<String, String> device) {
        return FenceOperation.of(TYPE, "reboot", "pm01", device, TIMEOUT);
    }

    private static SequencedMap<String, String> device(String... namesAndValues) {
        return StonithFixtures.parameters(namesAndValues);
    }

    /** A ping on the plugin's PATH that exits {@code code} for every address and writes its arguments to the file returned. */
    private Path pingDouble(int code) {
        Path pings = temp.resolve("pings");
        StonithFixtures.script(faces, "ping", "#!/bin/sh\necho \"$*\" >> " + pings + "\nexit " + code + "\n");
        return pings;
    }

    /** A crm_node whose {@code -p} prints {@code partition} and {@code -q} prints {@code quorum}. */
    private void crmNodeDouble(String partition, String quorum) {
        StonithFixtures.script(faces, "crm_node", "#!/bin/sh\ncase \"$1\" in\n-p) echo '" + partition + "' ;;\n-q) echo "
                + quorum + " ;;\n*) exit 1 ;;\nesac\n");
    }
}
