package org.paceline.node.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.node.controller.OperationalEvent.FailoverCause;

/** The text view is pm_logconv's: the lines below are as the seeds' pm_logconv.out shows them. */
class OperationalEventTest {
    private static final Instant AT = Instant.parse("2026-01-05T10:51:06Z");

    @Test
    void deviceEscalationLines_areWordedAsSeed000sPmLogconvOut() {
        assertEquals(List.of(
                "pm2 info: Try to STONITH (RESET) the Node pm1 to prmSt1-1 (external/stonith-helper) (pid=9400)",
                "pm2 error: Failed to STONITH the Node pm1 with one local device (exitcode=5). Will try to use the next local device.",
                "pm2 info: Try to STONITH (OFF) the Node pm1 to prmSt1-3 (meatware)",
                "pm2 error: Failed to STONITH the Node pm1 with one local device (exitcode=5). No other local device is left.",
                "pm2 info: Succeeded to STONITH (RESET) the Node pm1 by Node pm2."), List.of(
                new OperationalEvent.FenceDeviceStarted(AT, "pm2", "pm1", "reboot", "prmSt1-1", "external/stonith-helper",
                        java.util.OptionalLong.of(9400)),
                new OperationalEvent.FenceDeviceFailed(AT, "pm2", "pm1", "prmSt1-1", 5, true),
                new OperationalEvent.FenceDeviceStarted(AT, "pm2", "pm1", "off", "prmSt1-3", "meatware",
                        java.util.OptionalLong.empty()),
                new OperationalEvent.FenceDeviceFailed(AT, "pm2", "pm1", "prmSt1-3", 5, false),
                new OperationalEvent.FencingSucceededByPlugin(AT, "pm2", "pm1", "reboot", "pm2"))
                .stream().map(OperationalEvent::line).toList());
    }

    @Test
    void lines_areWordedAsPmLogconvWritesThem() {
        var cause = new FailoverCause(FailoverCause.Kind.RESOURCE_FAILURE, "vip-master", "pm01");
        assertEquals(List.of(
                "pm01 error: Resource vip-master does not work. (rc=7) not running",
                "pm01 error: Start to fail-over.",
                "pm01 info: Resource pgsql tries to demote.",
                "pm01 info: Resource pgsql demoted. (rc=0) ok",
                "pm01 info: Resource vip-rep tries to stop.",
                "pm01 info: Resource vip-rep stopped. (rc=0) ok",
                "pm02 info: Resource pgsql tries to promote.",
                "pm02 info: Resource pgsql promoted. (rc=0) ok",
                "pm02 info: Resource vip-master tries to start.",
                "pm02 info: Resource vip-master started. (rc=0) ok",
                "pm01 info: Resource vip-master : Started on pm02",
                "pm01 info: fail-over succeeded."), List.of(
                new OperationalEvent.ResourceFailed(AT, "pm01", "vip-master", 7),
                new OperationalEvent.FailoverStarted(AT, "pm01", cause),
                new OperationalEvent.ActionAttempted(AT, "pm01", "pgsql", "demote"),
                new OperationalEvent.ActionSucceeded(AT, "pm01", "pgsql", "demote", 0, Duration.ofMillis(300)),
                new OperationalEvent.ActionAttempted(AT, "pm01", "vip-rep", "stop"),
                new OperationalEvent.ActionSucceeded(AT, "pm01", "vip-rep", "stop", 0, Duration.ofMillis(30)),
                new OperationalEvent.ActionAttempted(AT, "pm02", "pgsql", "promote"),
                new OperationalEvent.ActionSucceeded(AT, "pm02", "pgsql", "promote", 0, Duration.ofSeconds(1)),
                new OperationalEvent.ActionAttempted(AT, "pm02", "vip-master", "start"),
                new OperationalEvent.ActionSucceeded(AT, "pm02", "vip-master", "start", 0, Duration.ofMillis(40)),
                new OperationalEvent.ResourceRunning(AT, "pm01", "vip-master", "pm02"),
                new OperationalEvent.FailoverSucceeded(AT, "pm01", cause, Duration.ofSeconds(3), List.of()))
                .stream().map(OperationalEvent::line).toList());
    }

    @Test
    void fencingLines_areWordedAsPmLogconvWritesThem() {
        assertEquals(List.of(
                "pm01 warning: Node pm02 is lost",
                "pm01 info: Try to STONITH (reboot) pm02.",
                "pm01 warning: Failed to execute STONITH device prmStonith2-1 for pm02.",
                "pm01 info: Succeeded to execute STONITH device prmStonith2-2 for pm02.",
                "pm01 info: Succeeded to STONITH (reboot) pm02 by pm01.",
                "pm02 info: Set DC node to pm02."), List.of(
                new OperationalEvent.NodeLost(AT, "pm01", "pm02"),
                new OperationalEvent.FencingAttempted(AT, "pm01", "pm02", "reboot"),
                new OperationalEvent.FenceDeviceFinished(AT, "pm01", "pm02", "prmStonith2-1", false),
                new OperationalEvent.FenceDeviceFinished(AT, "pm01", "pm02", "prmStonith2-2", true),
                new OperationalEvent.FencingSucceeded(AT, "pm01", "pm02", "reboot", "pm01"),
                new OperationalEvent.DcElected(AT, "pm02"))
                .stream().map(OperationalEvent::line).toList());
    }
}
