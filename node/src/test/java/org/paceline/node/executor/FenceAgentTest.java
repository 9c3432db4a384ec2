package org.paceline.node.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.node.executor.script.ProcessScriptRunner;

/** Fence agents: key=value lines on standard input, the host argument, exit codes. */
class FenceAgentTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    @Test
    void stdin_rebootOfATarget_hasActionDeviceParametersNodenameAndPort() {
        var operation = FenceOperation.of("fence_ipmilan", "reboot", "pm02", device(), TIMEOUT).withHostArgument("plug");

        assertEquals("""
                action=reboot
                ip=192.168.0.2
                username=admin
                password=secret
                nodename=pm02
                plug=pm02
                """, new String(FenceAgent.stdin(operation), StandardCharsets.UTF_8));
    }

    @Test
    void stdin_hostMapAlias_isThePortNotTheNodename() {
        var operation = FenceOperation.of("fence_apc", "off", "pm02", device(), TIMEOUT).withPort("2");

        var lines = FenceAgent.lines(operation);

        assertEquals("pm02", lines.get("nodename"));
        assertEquals("2", lines.get("port"));
    }

    @Test
    void stdin_deviceRenamesActionAndHostArgument_followsTheDevice() {
        var device = device();
        device.put("pcmk_reboot_action", "off");
        device.put("pcmk_host_argument", "uuid");
        var operation = FenceOperation.of("fence_vmware", "reboot", "pm02", device, TIMEOUT);

        var lines = FenceAgent.lines(operation);

        assertEquals("off", lines.get("action"));
        assertEquals("pm02", lines.get("uuid"));
        assertNull(lines.get("port"));
    }

    @Test
    void stdin_hostArgumentNone_passesNoPort() {
        var device = device();
        device.put("pcmk_host_argument", "none");

        var lines = FenceAgent.lines(FenceOperation.of("fence_kdump", "off", "pm02", device, TIMEOUT));

        assertEquals("[action, ip, username, password, nodename]", lines.keySet().toString());
    }

    @Test
    void stdin_deviceWideAction_hasNoTarget() {
        var lines = FenceAgent.lines(FenceOperation.of("fence_ipmilan", "monitor", null, device(), TIMEOUT));

        assertEquals("[action, ip, username, password]", lines.keySet().toString());
    }

    @Test
    void hostArgument_metadataWithPlug_isPlug() {
        assertEquals("plug", FenceAgent.hostArgument("""
                <resource-agent name="fence_x"><parameters>
                <parameter name="action"/><parameter name="plug" obsoletes="port"/><parameter name="port" deprecated="1"/>
                </parameters></resource-agent>"""));
        assertEquals("port", FenceAgent.hostArgument("<resource-agent><parameters><parameter name=\"port\"/></parameters></resource-agent>"));
        assertEquals("port", FenceAgent.hostArgument("not xml <"));
    }

    @Test
    void run_recordingAgent_getsItsLinesOnStdinAndStatusOffIsTwo() {
        var fence = new FenceAgent(new ProcessScriptRunner(), new SteppingClock(), TestScripts.settings(TestScripts.install(temp)));

        OpResult reboot = fence.run(FenceOperation.of("fence_recorder", "reboot", "pm02", device(), TIMEOUT));
        OpResult status = fence.run(FenceOperation.of("fence_recorder", "status", "pm02", device(), TIMEOUT));

        assertEquals(0, reboot.rc());
        assertEquals("action=reboot\nip=192.168.0.2\nusername=admin\npassword=secret\nnodename=pm02\nport=pm02\n", reboot.output());
        assertEquals(FenceAgent.PowerState.OFF, FenceAgent.powerState(status));
    }

    @Test
    void run_missingFenceAgent_isNotInstalled() {
        var fence = new FenceAgent(new ProcessScriptRunner(), new SteppingClock(), TestScripts.settings(TestScripts.install(temp)));

        OpResult result = fence.run(FenceOperation.of("fence_nothing", "off", "pm02", device(), TIMEOUT));

        assertEquals(ExecutorStatus.NOT_INSTALLED, result.status());
        assertEquals(FenceAgent.PowerState.UNKNOWN, FenceAgent.powerState(result));
    }

    @Test
    void run_debiansFenceDummy_offThenOnIsSeenByStatus() {
        Path agent = Path.of("/usr/sbin/fence_dummy");
        Assumptions.assumeTrue(Files.isExecutable(agent), "fence_dummy is not installed");
        var fence = new FenceAgent(new ProcessScriptRunner(), new SteppingClock(),
                TestScripts.settings(TestScripts.install(temp.resolve("scripts"))).withFenceDirectory(agent.getParent()));
        var device = new LinkedHashMap<String, String>();
        device.put("type", "file");
        device.put("status_file", temp.resolve("power").toString());
        device.put("pcmk_host_list", "pm02");

        OpResult metadata = fence.run(FenceOperation.of("fence_dummy", "metadata", null, device, TIMEOUT));
        String hostArgument = FenceAgent.hostArgument(metadata.output());
        OpResult off = fence.run(FenceOperation.of("fence_dummy", "off", "pm02", device, TIMEOUT).withHostArgument(hostArgument));
        OpResult whileOff = fence.run(FenceOperation.of("fence_dummy", "status", "pm02", device, TIMEOUT).withHostArgument(hostArgument));
        OpResult on = fence.run(FenceOperation.of("fence_dummy", "on", "pm02", device, TIMEOUT).withHostArgument(hostArgument));
        OpResult whileOn = fence.run(FenceOperation.of("fence_dummy", "status", "pm02", device, TIMEOUT).withHostArgument(hostArgument));

        assertEquals("port", hostArgument);
        assertEquals(0, off.rc(), off.summary());
        assertEquals(FenceAgent.PowerState.OFF, FenceAgent.powerState(whileOff));
        assertEquals(0, on.rc(), on.summary());
        assertEquals(FenceAgent.PowerState.ON, FenceAgent.powerState(whileOn));
    }

    private static SequencedMap<String, String> device() {
        var device = new LinkedHashMap<String, String>();
        device.put("ip", "192.168.0.2");
        device.put("username", "admin");
        device.put("password", "secret");
        device.put("pcmk_host_list", "pm01 pm02");
        device.put("CRM_meta_timeout", "60000");
        device.put("crm_feature_set", "3.16.2");
        device.put("action", "off");
        return device;
    }
}
