package org.paceline.node.fencer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paceline.node.fencer.FencerDriver.cibWith;
import static org.paceline.node.fencer.FencerDriver.completions;
import static org.paceline.node.fencer.FencerDriver.device;
import static org.paceline.node.fencer.FencerDriver.runs;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

/** Which devices can fence a node, in which order and why: host checks and topology targets. */
class DeviceChoiceTest {
    private static final Duration SHORT = Duration.ofMillis(100);

    @Test
    void dynamicList_isAskedFirst_thenCachedForAMinute() {
        var driver = new FencerDriver(cibWith("", device("virsh", "fence_virsh", "pcmk_host_argument=plug"), ""));

        driver.request("pm02", FenceAction.REBOOT, "r1");
        var list = runs(driver.take()).getFirst();
        var fence = runs(driver.answer(list, SHORT, 0, "pm01,vm-1\npm02,vm-2\n")).getFirst();
        driver.answer(fence, SHORT, 0, "");
        driver.request("pm03", FenceAction.REBOOT, "r2");
        var cached = driver.take();
        driver.now = driver.now.plus(DeviceFacts.LIST_LIFETIME);
        driver.request("pm02", FenceAction.OFF, "r3");
        var asked = runs(driver.take());

        assertEquals("list", list.purpose());
        assertEquals(null, list.operation().target());
        assertEquals("fence", fence.purpose());
        assertTrue(runs(cached).isEmpty(), "the cached list answers");
        assertEquals("no device can fence pm03: virsh: its list does not name pm03",
                completions(cached).getFirst().reason());
        assertEquals("list", asked.getFirst().purpose(), "a list older than a minute is asked again");
    }

    @Test
    void defaultHostCheck_listFails_fallsBackToStatus() {
        var driver = new FencerDriver(cibWith("", device("dummy", "fence_dummy", "pcmk_host_argument=port"), ""));

        driver.request("pm02", FenceAction.OFF, "r1");
        var list = runs(driver.take()).getFirst();
        var status = runs(driver.answer(list, SHORT, 1, "")).getFirst();
        var fence = runs(driver.answer(status, SHORT, 2, "")).getFirst();

        assertEquals("status", status.purpose());
        assertEquals("pm02", status.operation().target());
        assertEquals("off", fence.operation().action());
        assertTrue(driver.fencer.plan("pm02").lines().contains("dummy can fence pm02: its status knows pm02 (off)"),
                driver.fencer.plan("pm02").lines().toString());
    }

    @Test
    void explicitDynamicList_listFails_cannotFence() {
        var driver = new FencerDriver(cibWith("", device("dummy", "fence_dummy", "pcmk_host_check=dynamic-list",
                "pcmk_host_argument=port"), ""));

        driver.request("pm02", FenceAction.OFF, "r1");
        var list = runs(driver.take()).getFirst();
        var effects = driver.answer(list, SHORT, 1, "");

        assertTrue(runs(effects).isEmpty());
        assertEquals("no device can fence pm02: dummy: its list action failed: rc=1",
                completions(effects).getFirst().reason());
    }

    @Test
    void statusCheck_cannotTell_cannotFence() {
        var driver = new FencerDriver(cibWith("", device("ipmi", "fence_ipmilan", "pcmk_host_check=status",
                "pcmk_host_argument=port"), ""));

        driver.request("pm02", FenceAction.REBOOT, "r1");
        var status = runs(driver.take()).getFirst();
        var effects = driver.answer(status, SHORT, 1, "");

        assertEquals("no device can fence pm02: ipmi: its status cannot tell pm02: rc=1",
                completions(effects).getFirst().reason());
    }

    @Test
    void plan_stoppedDeviceAndHostCheckNone_areJudgedWithReasons() {
        String stopped = device("old", "fence_apc", "pcmk_host_list=pm02").replace("</primitive>",
                "<meta_attributes id=\"old-meta\"><nvpair id=\"old-tr\" name=\"target-role\" value=\"Stopped\"/>"
                        + "</meta_attributes></primitive>");
        var driver = new FencerDriver(cibWith("", stopped + device("any", "fence_x", "pcmk_host_check=none"), ""));

        FencingPlan plan = driver.fencer.plan("pm02");

        assertEquals(List.of(
                "device any (priority 0): any",
                "old cannot fence pm02: the device is stopped (target-role=Stopped)",
                "any can fence pm02: pcmk_host_check=none",
                "waiting for any metadata"), plan.lines());
    }

    @Test
    void topology_patternAndAttributeTargets_chooseTheirLevelsInIndexOrder() {
        String devices = device("ipmi", "fence_ipmilan", "pcmk_host_check=none", "pcmk_host_argument=port")
                + device("pdu", "fence_apc", "pcmk_host_check=none", "pcmk_host_argument=port")
                + device("rackpdu", "fence_apc", "pcmk_host_check=none", "pcmk_host_argument=port");
        String topology = """
                <fencing-level id="p2" target-pattern="pm0[23]" index="2" devices="pdu"/>
                <fencing-level id="p1" target-pattern="pm0[23]" index="1" devices="ipmi"/>
                <fencing-level id="a1" target-attribute="rack" target-value="r9" index="1" devices="rackpdu,ghost"/>
                """;
        var driver = new FencerDriver(cibWith("", devices, topology),
                Map.of("pm01", Map.of("rack", "r9")), RandomGenerator.of("L64X128MixRandom"));

        var pm02 = driver.fencer.plan("pm02");
        var pm01 = driver.fencer.plan("pm01");

        assertEquals(List.of("level 1 (pattern pm0[23]): ipmi", "level 2 (pattern pm0[23]): pdu"),
                pm02.lines().subList(0, 2));
        assertTrue(pm01.levels().isEmpty());
        assertEquals("no device can fence pm01: level 1 (attribute rack=r9): device ghost is not configured",
                pm01.whyNot());
    }

    @Test
    void cibChanged_nodeAttributesFromTheCib_chooseAttributeLevels() {
        String xml = cibWith("", device("rackpdu", "fence_apc", "pcmk_host_check=none", "pcmk_host_argument=port"),
                "<fencing-level id=\"a1\" target-attribute=\"rack\" target-value=\"r9\" index=\"1\" devices=\"rackpdu\"/>")
                .replace("<node id=\"2\" uname=\"pm02\"/>", "<node id=\"2\" uname=\"pm02\"><instance_attributes "
                        + "id=\"n2\"><nvpair id=\"n2-rack\" name=\"rack\" value=\"r1\"/></instance_attributes></node>")
                .replace("<status/>", "<status><node_state id=\"3\" uname=\"pm03\"><transient_attributes id=\"3\">"
                        + "<instance_attributes id=\"status-3\"><nvpair id=\"s3-rack\" name=\"rack\" value=\"r9\"/>"
                        + "</instance_attributes></transient_attributes></node_state></status>");
        var fencer = new Fencer("pm01", RandomGenerator.of("L64X128MixRandom"));
        fencer.step(FencerEvent.CibChanged.of(FencerDriver.cib(xml), FencerDriver.START));

        assertEquals("level 1 (attribute rack=r9): rackpdu", fencer.plan("pm03").lines().getFirst());
        assertEquals("device rackpdu (priority 0): rackpdu", fencer.plan("pm02").lines().getFirst(),
                "rack r1 has no level: every capable device is tried");
    }

    @Test
    void hostMap_andHostList_parseAsPacemakerWritesThem() {
        assertEquals(Map.of("n1", "1", "n2", "2,3", "n3", "x y"), FenceDevice.hostMap("n1:1;n2=2,3 n3:x\\ y"));
        assertEquals(List.of("pm01", "pm02", "pm03", "pm04"), FenceDevice.words("pm01 pm02,pm03;pm04"));
    }
}
