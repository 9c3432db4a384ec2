package org.paceline.node.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.node.executor.script.ProcessScriptRunner;

/** LSB init scripts: monitor is status, and status codes read as OCF codes. */
class LsbScriptTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path temp;
    private LsbScript scripts;

    @BeforeEach
    void setUp() {
        scripts = new LsbScript(new ProcessScriptRunner(), new SteppingClock(), TestScripts.settings(TestScripts.install(temp)));
    }

    @Test
    void monitor_stoppedThenStartedService_isNotRunningThenRunning() {
        assertEquals(OcfExitCode.NOT_RUNNING, scripts.run("paceline-test", "monitor", TIMEOUT).exitCode());
        assertEquals(OcfExitCode.SUCCESS, scripts.run("paceline-test", "start", TIMEOUT).exitCode());
        assertEquals(OcfExitCode.SUCCESS, scripts.run("paceline-test", "monitor", TIMEOUT).exitCode());
        assertEquals(OcfExitCode.SUCCESS, scripts.run("paceline-test", "stop", TIMEOUT).exitCode());
        assertEquals(OcfExitCode.NOT_RUNNING, scripts.run("paceline-test", "status", TIMEOUT).exitCode());
    }

    @Test
    void run_missingScript_isNotInstalled() {
        OpResult result = scripts.run("no-such-service", "start", TIMEOUT);

        assertEquals(5, result.rc());
        assertEquals(ExecutorStatus.NOT_INSTALLED, result.status());
    }

    @Test
    void path_script_isInTheInitDirectory() {
        assertEquals(temp.resolve("init.d/postgresql"), scripts.path("postgresql"));
    }
}
