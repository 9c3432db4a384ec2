package org.paceline.node.fencer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paceline.node.fencer.FencerDriver.cibWith;
import static org.paceline.node.fencer.FencerDriver.device;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fence agents that misbehave, run for real: each fencing fails in bounded time with a
 * one-line reason that names the device and what went wrong, and the history shows it,
 * so that the operator sees why the node is still UNCLEAN.
 */
class BadFenceAgentsTest {
    /** Short lines an operator reads in crm_mon and the log; a flood must not reach them whole. */
    private static final int REASON_LIMIT = 400;

    @TempDir
    Path temp;

    @Test
    void hangingAgent_isKilledWithItsChildrenAtTheDeviceTimeout_andTheFencingFails() throws Exception {
        Path pidFile = temp.resolve("child.pid");
        agent("fence_hangs", "sleep 600 & echo $! > " + pidFile + "; wait");
        Instant started = Instant.now();

        FenceResult result = fence(device("hung", "fence_hangs", "pcmk_host_list=pm02", "pcmk_host_argument=port",
                "pcmk_reboot_timeout=2s"));

        assertFalse(result.succeeded());
        assertTrue(Duration.between(started, Instant.now()).toSeconds() < 20, "the hang was cut at its timeout");
        assertOneLine(result, "hung", "timed out");
        long child = Long.parseLong(Files.readString(pidFile).strip());
        for (int i = 0; i < 50 && ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(100);
        }
        assertFalse(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false),
                "the agent's child went with its process group");
    }

    @Test
    void floodingAgent_hasItsOutputBounded_andItsFailureReadsInOneLine() throws Exception {
        agent("fence_floods", "yes 'flood on stdout' | head -c 20000000; yes 'flood on stderr' | head -c 20000000 >&2;"
                + " exit 1");

        FenceResult result = fence(device("loud", "fence_floods", "pcmk_host_list=pm02", "pcmk_host_argument=port"));

        assertFalse(result.succeeded());
        assertOneLine(result, "loud", "");
    }

    @Test
    void unexpectedExitCode_isAFailure_namedWithItsCode() throws Exception {
        agent("fence_odd", "echo 'odd: no idea what happened' >&2; exit 77");

        FenceResult result = fence(device("odd", "fence_odd", "pcmk_host_list=pm02", "pcmk_host_argument=port"));

        assertFalse(result.succeeded());
        assertOneLine(result, "odd", "77");
    }

    @Test
    void missingAgent_failsAtOnce_sayingItIsNotInstalled() throws Exception {
        FenceResult result = fence(device("ghost", "fence_not_installed_here", "pcmk_host_list=pm02",
                "pcmk_host_argument=port"));

        assertFalse(result.succeeded());
        assertOneLine(result, "ghost", "not installed");
    }

    @Test
    void deviceWithWrongParameters_failsWithTheAgentsOwnComplaint() throws Exception {
        Path sbin = Path.of("/usr/sbin");
        Assumptions.assumeTrue(Files.isExecutable(sbin.resolve("fence_ipmilan")),
                "fence_ipmilan is not installed (Debian's fence-agents package provides it)");
        // No ip and no login: the agent refuses before it touches any network.
        var loop = new AgentRunningLoop(sbin, temp, FencerDriver.cib(cibWith("",
                device("ipmi", "fence_ipmilan", "pcmk_host_list=pm02", "pcmk_host_argument=port"), "")));

        FenceResult result = loop.fence("pm02", FenceAction.REBOOT);

        assertFalse(result.succeeded());
        assertOneLine(result, "ipmi", "");
        assertTrue(result.reason().toLowerCase(java.util.Locale.ROOT).contains("ip")
                || result.reason().toLowerCase(java.util.Locale.ROOT).contains("login"), result.reason());
    }

    @Test
    void targetNoDeviceCanFence_failsAtOnce_namingWhy() throws Exception {
        agent("fence_fine", "exit 0");

        FenceResult result = fence(device("other", "fence_fine", "pcmk_host_list=pm03", "pcmk_host_argument=port"));

        assertFalse(result.succeeded());
        assertOneLine(result, "other", "pm02");
    }

    private FenceResult fence(String devices) {
        var loop = new AgentRunningLoop(temp, temp, FencerDriver.cib(cibWith("", devices, "")));
        FenceResult result = loop.fence("pm02", FenceAction.REBOOT);
        List<String> history = loop.fencer.history().lines("pm02");
        assertEquals(1, history.size(), history.toString());
        assertTrue(history.getFirst().startsWith("reboot of pm02 failed"), history.getFirst());
        return result;
    }

    private static void assertOneLine(FenceResult result, String device, String words) {
        String reason = result.reason();
        assertFalse(reason.isBlank(), "a failure says why");
        assertFalse(reason.contains("\n"), "one line: " + reason);
        assertTrue(reason.length() <= REASON_LIMIT, "bounded: " + reason.length() + " characters");
        assertTrue(reason.contains(device), "names the device: " + reason);
        assertTrue(reason.contains(words), "says '" + words + "': " + reason);
    }

    private void agent(String name, String body) throws IOException {
        Path script = temp.resolve(name);
        // Metadata answers so that the fencer's questions never decide the outcome; the body is the fault.
        Files.writeString(script, """
                #!/bin/sh
                action=reboot
                while IFS= read -r line; do case "$line" in action=*) action=${line#action=} ;; esac; done
                case "$action" in
                metadata) echo '<resource-agent name="%s"><parameters/></resource-agent>'; exit 0 ;;
                monitor|list|status) exit 0 ;;
                esac
                %s
                """.formatted(name, body));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
