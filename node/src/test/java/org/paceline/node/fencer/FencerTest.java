package org.paceline.node.fencer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paceline.node.fencer.FencerDriver.cibWith;
import static org.paceline.node.fencer.FencerDriver.completions;
import static org.paceline.node.fencer.FencerDriver.device;
import static org.paceline.node.fencer.FencerDriver.runs;
import static org.paceline.node.fencer.FencerDriver.timers;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.node.executor.FenceAgent;

/** The fencer core: device runs, retries, levels, timeouts and results. */
class FencerTest {
    private static final String PLUG_METADATA = """
            <resource-agent name="fence_x"><parameters><parameter name="plug"/></parameters></resource-agent>""";
    private static final Duration SHORT = Duration.ofMillis(200);

    @Test
    void reboot_deviceWithHostMap_runsTheAgentWithTheAliasAndSucceeds() {
        var driver = new FencerDriver(cibWith("", device("ipmi", "fence_ipmilan", "ip=10.0.0.2",
                "pcmk_host_map=pm01:1;pm02:2,3", "pcmk_reboot_timeout=30s"), ""));

        driver.request("pm02", FenceAction.REBOOT, "r1");
        var metadata = runs(driver.take()).getFirst();
        var fence = runs(driver.answer(metadata, SHORT, 0, PLUG_METADATA)).getFirst();
        var done = driver.answer(fence, SHORT, 0, "");

        assertEquals("metadata", metadata.purpose());
        assertEquals("fence", fence.purpose());
        assertEquals(Duration.ofSeconds(30), fence.operation().timeout());
        assertEquals("action=reboot\nip=10.0.0.2\nnodename=pm02\nplug=2,3\n",
                new String(FenceAgent.stdin(fence.operation())));
        FenceResult result = completions(done).getFirst();
        assertTrue(result.succeeded());
        assertEquals("ipmi", result.device());
        assertEquals("pm01", result.executor());
        assertEquals(driver.now, result.completed());
        assertEquals(List.of("reboot of pm02 successful: delegate=pm01, origin=pm03, device=ipmi, "
                + "completed='2026-12-01 10:00:00Z'"), driver.fencer.history().lines("pm02"));
    }

    @Test
    void request_targetNoDeviceCanFence_failsAtOnceWithTheReason() {
        var driver = new FencerDriver(cibWith("", device("ipmi", "fence_ipmilan", "pcmk_host_list=pm01"), ""));

        driver.request("pm02", FenceAction.OFF, "r1");
        var effects = driver.take();

        assertTrue(runs(effects).isEmpty());
        FenceResult result = completions(effects).getFirst();
        assertFalse(result.succeeded());
        assertEquals("no device can fence pm02: ipmi: pm02 is not in pcmk_host_list or pcmk_host_map", result.reason());
        assertEquals(FenceHistoryEntry.State.FAILED, driver.fencer.history().about("pm02").getFirst().state());
    }

    @Test
    void request_noDeviceConfigured_failsAtOnce() {
        var driver = new FencerDriver(cibWith("", "", ""));

        driver.request("pm02", FenceAction.REBOOT, "r1");

        assertEquals("no device can fence pm02: no fencing device is configured",
                completions(driver.take()).getFirst().reason());
    }

    @Test
    void failure_earlyInTheTimeout_isRetriedUpToTheRetries_thenTheNextLevelRuns() {
        var driver = new FencerDriver(cibWith("<nvpair id=\"o-t\" name=\"fencing-timeout\" value=\"300s\"/>",
                device("ipmi", "fence_ipmilan", "pcmk_host_list=pm02", "pcmk_host_argument=port",
                        "pcmk_reboot_retries=3", "pcmk_reboot_timeout=100s")
                        + device("psu1", "fence_apc", "pcmk_host_list=pm02", "pcmk_host_argument=port")
                        + device("psu2", "fence_apc", "pcmk_host_list=pm02", "pcmk_host_argument=port"),
                "<fencing-level id=\"l1\" target=\"pm02\" index=\"1\" devices=\"ipmi\"/>"
                        + "<fencing-level id=\"l2\" target=\"pm02\" index=\"2\" devices=\"psu1,psu2\"/>"));

        driver.request("pm02", FenceAction.REBOOT, "r1");
        var first = runs(driver.take()).getFirst();
        var second = runs(driver.answer(first, Duration.ofSeconds(10), 1, "")).getFirst();
        var third = runs(driver.answer(second, Duration.ofSeconds(10), 1, "")).getFirst();
        var psu1Off = runs(driver.answer(third, Duration.ofSeconds(10), 1, "")).getFirst();
        var psu2Off = runs(driver.answer(psu1Off, SHORT, 0, "")).getFirst();
        var psu1On = runs(driver.answer(psu2Off, SHORT, 0, "")).getFirst();
        var psu1OnAgain = runs(driver.answer(psu1On, SHORT, 1, "")).getFirst();
        var psu2On = runs(driver.answer(psu1OnAgain, SHORT, 1, "")).getFirst();
        var done = driver.answer(psu2On, SHORT, 0, "");

        assertEquals(List.of("ipmi", "ipmi", "ipmi"), List.of(first.device(), second.device(), third.device()));
        // A retry gets what is left of the action's timeout.
        assertEquals(Duration.ofSeconds(90), second.operation().timeout());
        assertEquals(Duration.ofSeconds(80), third.operation().timeout());
        assertEquals(List.of("psu1 off", "psu2 off", "psu1 on", "psu1 on", "psu2 on"),
                List.of(psu1Off, psu2Off, psu1On, psu1OnAgain, psu2On).stream()
                        .map(run -> run.device() + " " + run.operation().action()).toList());
        FenceResult result = completions(done).getFirst();
        assertTrue(result.succeeded(), "only the off half decides: " + result.reason());
        assertEquals("psu1,psu2", result.device());
    }

    @Test
    void failure_afterSeventyPercentOfTheTimeout_isNotRetried() {
        var driver = new FencerDriver(cibWith("", device("ipmi", "fence_ipmilan", "pcmk_host_list=pm02",
                "pcmk_host_argument=port", "pcmk_off_timeout=10s", "pcmk_off_retries=5"), ""));

        driver.request("pm02", FenceAction.OFF, "r1");
        var first = runs(driver.take()).getFirst();
        var effects = driver.answer(first, Duration.ofSeconds(8), 1, "");

        assertTrue(runs(effects).isEmpty());
        FenceResult result = completions(effects).getFirst();
        assertFalse(result.succeeded());
        assertEquals("every device failed: ipmi off: rc=1", result.reason());
    }

    @Test
    void timedOutRun_isNotRetried_andTheNextDeviceByPriorityIsTried() {
        var driver = new FencerDriver(cibWith("",
                device("slow", "fence_a", "pcmk_host_list=pm02", "pcmk_host_argument=port")
                        + device("fast", "fence_b", "pcmk_host_list=pm02", "pcmk_host_argument=port")
                                .replace("</primitive>", "<meta_attributes id=\"fast-meta\"><nvpair id=\"fast-p\" "
                                        + "name=\"priority\" value=\"10\"/></meta_attributes></primitive>"), ""));

        driver.request("pm02", FenceAction.REBOOT, "r1");
        var first = runs(driver.take()).getFirst();
        var second = runs(driver.timedOut(first, Duration.ofSeconds(1))).getFirst();

        assertEquals("fast", first.device());
        assertEquals("slow", second.device());
    }

    @Test
    void fencingTimeout_hungAgent_isCancelledAndTheRequestFails() {
        var driver = new FencerDriver(cibWith(
                "<nvpair id=\"o-t\" name=\"stonith-timeout\" value=\"20s\"/>",
                device("ipmi", "fence_ipmilan", "pcmk_host_list=pm02", "pcmk_host_argument=port"), ""));

        driver.request("pm02", FenceAction.REBOOT, "r1");
        var effects = driver.take();
        var run = runs(effects).getFirst();
        var deadline = timers(effects).getFirst();
        var expired = driver.fire(deadline);

        assertEquals(FencerDriver.START.plusSeconds(20), deadline.at());
        assertEquals(Duration.ofSeconds(20), run.operation().timeout(), "no device timeout beyond the whole attempt's");
        assertEquals(new FencerEffect.CancelFenceAgent(run.operationId()), expired.getFirst());
        assertTrue(completions(expired).getFirst().reason().startsWith("fencing-timeout expired after 20000 ms"));
        assertTrue(completions(driver.answer(run, SHORT, 0, "")).isEmpty(), "a late end changes nothing");
    }

    @Test
    void delay_baseAndMax_waitsARandomTimeBetweenThemBeforeTheFirstRun() {
        var driver = new FencerDriver(cibWith("", device("ipmi", "fence_ipmilan", "pcmk_host_list=pm02",
                "pcmk_host_argument=port", "pcmk_delay_base=2s", "pcmk_delay_max=5s"), ""));

        driver.request("pm02", FenceAction.REBOOT, "r1");
        var effects = driver.take();
        var delay = timers(effects).getLast();
        var afterDelay = driver.fire(delay);

        assertTrue(runs(effects).isEmpty(), "nothing runs before the delay");
        Duration waited = Duration.between(FencerDriver.START, delay.at());
        assertTrue(waited.compareTo(Duration.ofSeconds(2)) >= 0 && waited.compareTo(Duration.ofSeconds(5)) <= 0,
                waited.toString());
        assertEquals(1, runs(afterDelay).size());
    }

    @Test
    @org.junit.jupiter.api.DisplayName("priority-fencing-delay is added to the device's pcmk_delay_base, not put in its place (issue 6)")
    void priorityDelay_isAddedToTheFirstDevicesOwnDelay() {
        var driver = new FencerDriver(cibWith("", device("ipmi", "fence_ipmilan", "pcmk_host_list=pm02",
                "pcmk_host_argument=port", "pcmk_delay_base=2s"), ""));

        driver.fencer.step(new FencerEvent.FenceRequested(new FenceRequest("pm02", FenceAction.REBOOT, "pm03", "r1",
                Duration.ofSeconds(6)), driver.now));
        var effects = driver.take();
        var delay = timers(effects).getLast();

        assertTrue(runs(effects).isEmpty(), "nothing runs before the delay");
        assertEquals(Duration.ofSeconds(8), Duration.between(FencerDriver.START, delay.at()));
        assertEquals(1, runs(driver.fire(delay)).size());
    }

    @Test
    void priorityDelayOfZero_keepsTheDevicesOwnDelay() {
        var driver = new FencerDriver(cibWith("", device("ipmi", "fence_ipmilan", "pcmk_host_list=pm02",
                "pcmk_host_argument=port", "pcmk_delay_base=2s"), ""));

        driver.fencer.step(new FencerEvent.FenceRequested(new FenceRequest("pm02", FenceAction.REBOOT, "pm03", "r1",
                Duration.ZERO), driver.now));
        var effects = driver.take();

        assertTrue(runs(effects).isEmpty(), "nothing runs before the device's own delay");
        assertEquals(Duration.ofSeconds(2), Duration.between(FencerDriver.START, timers(effects).getLast().at()));
    }

    @Test
    void deviceFailedForGood_isReported_sayingWhetherTheNextDeviceFollows() {
        var driver = new FencerDriver(cibWith("",
                device("helper", "external/stonith-helper", "pcmk_host_list=pm02", "pcmk_host_argument=port",
                        "pcmk_reboot_retries=1")
                        + device("libvirt", "external/libvirt", "pcmk_host_list=pm02", "pcmk_host_argument=port"), ""));

        driver.request("pm02", FenceAction.REBOOT, "r1");
        var helper = runs(driver.take()).getFirst();
        var afterHelper = driver.answer(helper, SHORT, 5, "");
        var libvirt = runs(afterHelper).getFirst();
        var retried = driver.answer(libvirt, SHORT, 5, "");
        var afterLibvirt = driver.answer(runs(retried).getFirst(), SHORT, 5, "");

        assertEquals(List.of(new FencerEffect.DeviceFailed("pm02", FenceAction.REBOOT, "helper", 5, true)),
                afterHelper.stream().filter(FencerEffect.DeviceFailed.class::isInstance).toList());
        assertTrue(retried.stream().noneMatch(FencerEffect.DeviceFailed.class::isInstance),
                "a run that is retried has not failed for good");
        assertEquals(List.of(new FencerEffect.DeviceFailed("pm02", FenceAction.REBOOT, "libvirt", 5, false)),
                afterLibvirt.stream().filter(FencerEffect.DeviceFailed.class::isInstance).toList());
        assertFalse(completions(afterLibvirt).getFirst().succeeded());
    }

    @Test
    void equalRequests_joinOneAttempt_andEachIsAnswered() {
        var driver = new FencerDriver(cibWith("", device("ipmi", "fence_ipmilan", "pcmk_host_list=pm02",
                "pcmk_host_argument=port"), ""));

        driver.request("pm02", FenceAction.REBOOT, "r1");
        var run = runs(driver.take()).getFirst();
        driver.request("pm02", FenceAction.REBOOT, "r2");
        assertTrue(runs(driver.take()).isEmpty());
        var done = completions(driver.answer(run, SHORT, 0, ""));

        assertEquals(List.of("r1", "r2"), done.stream().map(r -> r.request().requestId()).toList());
    }

    @Test
    void oneDevice_twoTargets_runsOneActionAtATime() {
        var driver = new FencerDriver(cibWith("", device("pdu", "fence_apc", "pcmk_host_list=pm02,pm03",
                "pcmk_host_argument=port"), ""));

        driver.request("pm02", FenceAction.OFF, "r1");
        driver.request("pm03", FenceAction.OFF, "r2");
        var first = runs(driver.take());
        var second = runs(driver.answer(first.getFirst(), SHORT, 0, ""));

        assertEquals(1, first.size());
        assertEquals("pm03", second.getFirst().operation().target());
    }
}
