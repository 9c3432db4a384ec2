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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.node.executor.script.ProcessScriptRunner;
import org.paceline.node.executor.script.ScriptCall;
import org.paceline.node.executor.script.ScriptOutcome;
import org.paceline.node.executor.script.ScriptOutcome.Ending;

/** Real child processes: timeouts and cancels kill whole process groups, output stays bounded. */
class ProcessScriptRunnerTest {
    private static final Duration SHORT_GRACE = Duration.ofMillis(300);

    @TempDir
    Path temp;
    private Path agents;
    private final ProcessScriptRunner runner = new ProcessScriptRunner(SHORT_GRACE, ProcessScriptRunner.DEFAULT_OUTPUT_LIMIT_BYTES);

    @BeforeEach
    void install() {
        agents = TestScripts.install(temp).resolve("ocf/resource.d/paceline");
    }

    @Test
    @org.junit.jupiter.api.DisplayName("a run gives its program's pid, which the operational log names (issue 6)")
    void pid_isTheRunningProgramsOwn() throws Exception {
        Path shell = Path.of("/bin/sh");
        var call = new ScriptCall(shell, List.of("-c", "echo $$; sleep 0.2"), new LinkedHashMap<>(Map.of("PATH", "/usr/bin:/bin")),
                new byte[0], temp);

        var run = runner.start(call, Duration.ofSeconds(10));
        long pid = run.pid().orElseThrow();
        ScriptOutcome outcome = run.result().join();

        assertEquals(Long.toString(pid), outcome.stdout().text().strip());
        assertTrue(runner.start(new ScriptCall(temp.resolve("missing"), List.of(), new LinkedHashMap<>(), new byte[0], temp),
                Duration.ofSeconds(1)).pid().isEmpty(), "a program that never started has no pid");
    }

    @Test
    void start_programOutlivesTimeout_killsItAndItsChild() throws Exception {
        Path pids = temp.resolve("pids");
        var call = call("Sleeper", Map.of("OCF_RESKEY_pids", pids.toString()));

        ScriptOutcome outcome = runner.start(call, Duration.ofMillis(500)).result().join();

        assertEquals(Ending.TIMED_OUT, outcome.ending());
        assertNoneRunning(pids);
    }

    @Test
    void cancel_runningProgram_killsItAndItsChild() throws Exception {
        Path pids = temp.resolve("pids");
        var run = runner.start(call("Sleeper", Map.of("OCF_RESKEY_pids", pids.toString())), Duration.ofMinutes(1));
        awaitFile(pids);

        run.cancel();
        ScriptOutcome outcome = run.result().join();

        assertEquals(Ending.CANCELLED, outcome.ending());
        assertNoneRunning(pids);
    }

    @Test
    void start_programLeavesDaemonHoldingItsOutput_endsWhenTheProgramExits() throws Exception {
        Path pids = temp.resolve("pids");

        ScriptOutcome outcome = runner.start(call("Daemonizer", Map.of("OCF_RESKEY_pids", pids.toString())),
                Duration.ofSeconds(20)).result().join();

        long daemon = Long.parseLong(Files.readString(pids).trim());
        try {
            assertEquals(Ending.EXITED, outcome.ending());
            assertEquals(0, outcome.exitCode());
            assertEquals("started\n", outcome.stdout().text());
            assertTrue(isRunning(daemon), "what the program started on purpose lives on");
        } finally {
            ProcessHandle.of(daemon).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void start_floodingProgram_keepsTheFirst64KiBOfEachStream() {
        ScriptOutcome outcome = runner.start(call("Flood", Map.of()), Duration.ofSeconds(20)).result().join();

        assertEquals(Ending.EXITED, outcome.ending());
        assertEquals(1, outcome.exitCode());
        assertEquals(64 * 1024, outcome.stdout().text().length());
        assertEquals(1024 * 1024, outcome.stdout().totalBytes());
        assertTrue(outcome.stdout().cut());
        assertTrue(outcome.stderr().cut());
        assertEquals("o".repeat(4096), outcome.stdout().tail());
        assertTrue(outcome.stdout().excerpt().contains("[output cut: 1048576 bytes written]"));
    }

    @Test
    void start_environment_isExactlyTheCallsAndNothingInherited() {
        var environment = new LinkedHashMap<String, String>();
        environment.put("PATH", "/usr/bin:/bin");
        environment.put("OCF_RESKEY_ip", "192.168.0.10");

        ScriptOutcome outcome = runner.start(call("Environment", environment), Duration.ofSeconds(20)).result().join();

        Set<String> names = Arrays.stream(outcome.stdout().text().split("\n"))
                .filter(line -> line.contains("=") && !line.startsWith("arguments:") && !line.startsWith("directory:"))
                .map(line -> line.substring(0, line.indexOf('=')))
                .collect(Collectors.toSet());
        // The shell itself adds PWD.
        names.remove("PWD");
        assertEquals(Set.of("PATH", "OCF_RESKEY_ip"), names);
        assertTrue(outcome.stdout().text().contains("OCF_RESKEY_ip=192.168.0.10\n"));
        assertTrue(outcome.stdout().text().contains("arguments: start\n"));
        assertTrue(outcome.stdout().text().contains("directory: " + temp + "\n"));
    }

    @Test
    void start_runnerMarkingATestHost_addsTheMarkToTheCallsEnvironment() {
        var environment = new LinkedHashMap<String, String>();
        environment.put("PATH", "/usr/bin:/bin");

        ScriptOutcome outcome = runner.markingTestHost("lab-pm02").start(call("Environment", environment),
                Duration.ofSeconds(20)).result().join();

        assertTrue(outcome.stdout().text().contains(ProcessScriptRunner.TEST_HOST_VARIABLE + "=lab-pm02\n"),
                outcome.stdout().text());
        assertTrue(outcome.stdout().text().contains("PATH=/usr/bin:/bin\n"));
    }

    @Test
    void start_stdinAndExitCode_reachTheProgramAndComeBack() {
        var environment = new LinkedHashMap<String, String>();
        environment.put("PATH", "/usr/bin:/bin");
        environment.put("OCF_RESKEY_rc", "3");
        var call = new ScriptCall(agents.resolve("Echo"), List.of(), environment,
                "action=off\nport=pm02\n".getBytes(StandardCharsets.UTF_8), temp);

        ScriptOutcome outcome = runner.start(call, Duration.ofSeconds(20)).result().join();

        assertEquals(Ending.EXITED, outcome.ending());
        assertEquals(3, outcome.exitCode());
        assertEquals("action=off\nport=pm02\n", outcome.stdout().text());
        assertFalse(outcome.stdout().cut());
    }

    @Test
    void start_missingProgram_endsNotFound() {
        ScriptOutcome outcome = runner.start(call("NoSuchAgent", Map.of()), Duration.ofSeconds(20)).result().join();

        assertEquals(Ending.NOT_FOUND, outcome.ending());
        assertTrue(outcome.detail().contains("NoSuchAgent"));
    }

    @Test
    void start_programWithoutExecuteBit_endsNotExecutable() {
        ScriptOutcome outcome = runner.start(call(TestScripts.UNRUNNABLE, Map.of()), Duration.ofSeconds(20)).result().join();

        assertEquals(Ending.NOT_EXECUTABLE, outcome.ending());
    }

    @Test
    void start_environmentNameWithEquals_endsFailedToStartWithoutThrowing() {
        ScriptOutcome outcome = runner.start(call("Environment", Map.of("A=B", "1")), Duration.ofSeconds(20)).result().join();

        assertEquals(Ending.FAILED_TO_START, outcome.ending());
        assertFalse(outcome.detail().isEmpty());
    }

    private ScriptCall call(String agent, Map<String, String> environment) {
        var complete = new LinkedHashMap<String, String>();
        complete.put("PATH", "/usr/bin:/bin");
        complete.putAll(environment);
        return new ScriptCall(agents.resolve(agent), List.of("start"), complete, new byte[0], temp);
    }

    private static void awaitFile(Path file) throws InterruptedException, IOException {
        for (int i = 0; i < 500 && (!Files.exists(file) || Files.readString(file).isBlank()); i++) {
            Thread.sleep(10);
        }
    }

    /** Neither the agent nor its child runs (a zombie waiting for its reaper does not). */
    private static void assertNoneRunning(Path pids) throws IOException {
        String[] both = Files.readString(pids).trim().split("\\s+");
        assertEquals(2, both.length, "the agent and its child");
        for (String pid : both) {
            assertFalse(isRunning(Long.parseLong(pid)), "process " + pid + " still runs");
        }
    }

    private static boolean isRunning(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String state = stat.substring(stat.lastIndexOf(')') + 1).trim().substring(0, 1);
            return !state.equals("Z") && !state.equals("X");
        } catch (IOException e) {
            return false;
        }
    }
}
