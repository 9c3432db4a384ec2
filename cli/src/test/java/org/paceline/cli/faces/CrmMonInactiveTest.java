package org.paceline.cli.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paceline.cli.harness.AgainstHarnessDaemon;

/** What crm_mon shows of a resource that runs nowhere: only with -r, and never in the XML agents grep. */
class CrmMonInactiveTest extends AgainstHarnessDaemon {
    @BeforeEach
    void addIdleGroup() throws IOException {
        String resources = FaceRun.of(socket, "cibadmin", "-Q", "-o", "resources").out();
        Path file = dir.resolve("resources.xml");
        Files.writeString(file, resources.replace("</resources>",
                "<group id=\"idle\"><primitive id=\"dummy\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\"/></group>"
                        + "</resources>"));
        assertEquals(new FaceRun(0, "", ""), FaceRun.of(socket, "cibadmin", "-R", "-o", "resources", "-x", file.toString()));
    }

    @Test
    void stoppedGroup_isListedWithR_andLeftOutWithout() {
        String full = FaceRun.of(socket, "crm_mon", "-1", "-r").out();
        assertTrue(full.contains("  * Resource Group: idle:\n    * dummy\t(ocf:pacemaker:Dummy):\t Stopped\n"), full);
        String active = FaceRun.of(socket, "crm_mon", "-1").out();
        assertFalse(active.contains("Resource Group: idle") || active.contains("* dummy\t"), active);
        assertTrue(active.contains("  * Resource Group: master-group:\n    * vip-master"), active);
        assertTrue(active.contains("8 resource instances configured"), active);
    }

    @Test
    void stoppedPrimitive_inXml_onlyWithInactive_andNeverActive() {
        String xml = FaceRun.of(socket, "crm_mon", "-1", "--output-as=xml").out();
        assertFalse(xml.contains("<resource id=\"dummy\""), xml);
        String inactive = FaceRun.of(socket, "crm_mon", "-1", "-r", "--output-as=xml").out();
        assertTrue(inactive.contains("<resource id=\"dummy\" resource_agent=\"ocf:pacemaker:Dummy\" role=\"Stopped\""
                + " active=\"false\""), inactive);
        assertEquals(new FaceRun(0, "", "resource dummy is NOT running\n"),
                FaceRun.of(socket, "crm_resource", "-W", "-r", "dummy"));
    }
}
