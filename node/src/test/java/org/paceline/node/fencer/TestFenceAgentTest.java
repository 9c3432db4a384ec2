package org.paceline.node.fencer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paceline.node.fencer.FencerDriver.cibWith;
import static org.paceline.node.fencer.FencerDriver.device;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.node.executor.script.ProcessScriptRunner;
import org.paceline.node.executor.script.ScriptCall;

/**
 * {@code fence_paceline_test} with real processes: "hosts" are processes started with
 * {@code PACELINE_TEST_HOST}; fencing one kills all of its processes and nothing else.
 */
class TestFenceAgentTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** Host names of this run only: other test runs on the machine must not be touched. */
    private static final String RUN = "t" + ProcessHandle.current().pid();

    @TempDir
    Path temp;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void reboot_throughTheFencer_killsEveryProcessOfTheHostAndNoOther() throws Exception {
        String victim = RUN + "-pm02";
        Process daemon = host(victim, "sleep 300");
        // The child lacks the entry, as agents the executor starts do: it dies as a descendant.
        Process withChild = host(victim, "env -u PACELINE_TEST_HOST sleep 301 & wait");
        Process survivor = host(RUN + "-pm03", "sleep 302");
        Process unmarked = start(null, "sleep 303");
        var loop = new AgentRunningLoop(AgentRunningLoop.testAgentFolder(), temp, FencerDriver.cib(cibWith("",
                device("lab", "fence_paceline_test", "hosts=" + victim + "," + RUN + "-pm03",
                        "state_dir=" + temp.resolve("power")), "")));
        long childPid = withChild.descendants().findFirst().orElseThrow().pid();

        FenceResult result = loop.fence(victim, FenceAction.REBOOT);

        assertTrue(result.succeeded(), result.reason());
        assertEquals(List.of("lab list", "lab metadata", "lab fence reboot"), loop.purposes());
        assertEquals("plug", loop.ran.getLast().operation().hostArgument(), "its metadata declares plug");
        assertTrue(daemon.waitFor(5, TimeUnit.SECONDS), "the host's daemon is killed");
        assertTrue(withChild.waitFor(5, TimeUnit.SECONDS));
        assertFalse(running(childPid), "its child too");
        assertTrue(survivor.isAlive(), "another host lives");
        assertTrue(unmarked.isAlive(), "an unrelated process lives");
        assertTrue(Files.readString(temp.resolve("power").resolve(victim + ".off")).startsWith("powered off at "));
        assertEquals(1, loop.fencer.history().lines(victim).size());
    }

    @Test
    void off_daemonAnAgentLeftRunning_isFoundByTheRunnersMarkAndKilled() throws Exception {
        String host = RUN + "-pm07";
        var environment = new LinkedHashMap<String, String>();
        environment.put("PATH", "/usr/bin:/bin");
        // Like a resource agent starting a daemon: it leaves the process tree at once.
        var call = new ScriptCall(Path.of("/bin/sh"), List.of("-c",
                "setsid sleep 306 </dev/null >/dev/null 2>&1 & echo $!"), environment, null, temp);
        var outcome = new ProcessScriptRunner().markingTestHost(host).start(call, TIMEOUT).result().join();
        long daemon = Long.parseLong(outcome.stdout().text().strip());
        try {
            assertTrue(running(daemon), "the daemon runs after its agent ended");

            assertEquals(0, agent("off", host, null).exitValue());

            for (int i = 0; i < 50 && running(daemon); i++) {
                Thread.sleep(100);
            }
            assertFalse(running(daemon), "the daemon is killed though no marked process is its ancestor");
        } finally {
            ProcessHandle.of(daemon).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void status_saysOnWhileAProcessLivesAndOffAfterOff_andOnRemovesTheMarker() throws Exception {
        String host = RUN + "-pm04";
        host(host, "sleep 300");
        Path power = temp.resolve("power");

        assertEquals(0, agent("status", host, power).exitValue());
        assertEquals(0, agent("off", host, power).exitValue());
        assertEquals(2, agent("status", host, power).exitValue());
        assertTrue(Files.exists(power.resolve(host + ".off")));
        assertEquals(0, agent("on", host, power).exitValue());
        assertFalse(Files.exists(power.resolve(host + ".off")));
        assertEquals(1, agent("status", "", power).exitValue(), "no host is an error, never 'off'");
    }

    @Test
    void list_withoutHosts_printsTheHostsFoundRunning() throws Exception {
        host(RUN + "-pm05", "sleep 300");

        Process list = agent("list", "", null);

        assertTrue(new String(list.getInputStream().readAllBytes()).lines().toList().contains(RUN + "-pm05"));
    }

    @Test
    void off_inANamedLab_killsThatLabsHostOnly_notTheSameNodeNameOfAnotherLab() throws Exception {
        String node = RUN + "-pm08";
        Process mine = host(node + "@lab-a", "sleep 300");
        Process otherLabs = host(node + "@lab-b", "sleep 301");
        Process unnamedLabs = host(node, "sleep 302");

        assertEquals(0, agent("off", node, null, "lab-a").exitValue());

        assertTrue(mine.waitFor(5, TimeUnit.SECONDS), "the host of lab-a is powered off");
        assertTrue(otherLabs.isAlive(), "the same node name in lab-b lives");
        assertTrue(unnamedLabs.isAlive(), "the same node name outside any named lab lives");
        assertEquals(List.of(node), new String(agent("list", "", null, "lab-b").getInputStream().readAllBytes())
                .lines().filter(line -> line.startsWith(RUN)).toList(), "list names lab-b's hosts without the lab");
    }

    @Test
    void validateAllAndUnknownActions_exitAsFenceAgentsDo() throws Exception {
        assertEquals(0, agent("validate-all", RUN + "-pm06", null).exitValue());
        assertEquals(2, agent("dance", RUN + "-pm06", null).exitValue());
    }

    /** Whether the process exists and is not a zombie (a killed orphan may wait to be reaped). */
    private static boolean running(long pid) throws IOException {
        Path stat = Path.of("/proc/" + pid + "/stat");
        if (!Files.exists(stat)) {
            return false;
        }
        String text;
        try {
            text = Files.readString(stat);
        } catch (IOException e) {
            return false;
        }
        char state = text.charAt(text.lastIndexOf(')') + 2);
        return state != 'Z' && state != 'X';
    }

    private Process host(String name, String command) throws IOException {
        return start(name, command);
    }

    private Process start(String host, String command) throws IOException {
        var builder = new ProcessBuilder("sh", "-c", command);
        if (host != null) {
            builder.environment().put("PACELINE_TEST_HOST", host);
        }
        Process process = builder.redirectErrorStream(true).start();
        started.add(process);
        return process;
    }

    private Process agent(String action, String host, Path stateDir) throws Exception {
        return agent(action, host, stateDir, null);
    }

    private Process agent(String action, String host, Path stateDir, String lab) throws Exception {
        var lines = new LinkedHashMap<String, String>();
        if (lab != null) {
            lines.put("lab", lab);
        }
        lines.put("action", action);
        if (!host.isEmpty()) {
            lines.put("plug", host);
        }
        if (stateDir != null) {
            lines.put("state_dir", stateDir.toString());
        }
        var builder = new ProcessBuilder(AgentRunningLoop.testAgentFolder().resolve("fence_paceline_test").toString());
        builder.environment().remove("PACELINE_TEST_HOST");
        Process process = builder.start();
        var stdin = new StringBuilder();
        lines.forEach((k, v) -> stdin.append(k).append('=').append(v).append('\n'));
        try (var in = process.getOutputStream()) {
            in.write(stdin.toString().getBytes());
        }
        assertTrue(process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS), "the agent ends");
        return process;
    }
}
