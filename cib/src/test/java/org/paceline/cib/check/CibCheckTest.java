package org.paceline.cib.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Document;
import org.paceline.cib.crm.CrmReader;
import org.paceline.cib.xml.CibXmlReader;

/** Semantic checks, from text in to findings out. */
class CibCheckTest {
    private static final String BASE = """
            primitive a ocf:heartbeat:Dummy \\
                op monitor interval=10s timeout=20s
            primitive b ocf:heartbeat:Dummy
            primitive c ocf:heartbeat:Dummy
            primitive fence1 stonith:fence_virsh \\
                params pcmk_host_list=n1
            """;

    @Test
    void check_cleanConfiguration_findsNothing() {
        assertEquals(List.of(), errors(BASE + "colocation col INFINITY: a b\norder o Mandatory: a b\n"));
    }

    @Test
    void check_colocationWithMissingResource_isAnErrorAtItsLine() {
        List<String> errors = errors(BASE + "colocation col INFINITY: a missing\n");
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("t.crm:7:1: error: colocation \"col\": unknown resource \"missing\"", errors.getFirst());
    }

    @Test
    void check_locationAndOrderOnUnknownResources_areErrors() {
        List<String> errors = errors(BASE + "location l1 nothere 100: n1\norder o1 Mandatory: a ghost\n");
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).contains("location \"l1\": unknown resource \"nothere\""), errors.get(0));
        assertTrue(errors.get(1).contains("order \"o1\": unknown resource \"ghost\""), errors.get(1));
    }

    @Test
    void check_unknownOperation_namesResourceAndOperation() {
        List<String> errors = errors("primitive vip-master ocf:heartbeat:IPaddr2 \\\n    op monitr interval=10s\n");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.getFirst().startsWith("t.crm:1:1: error: resource \"vip-master\": unknown operation \"monitr\" (did you mean \"monitor\"?)"),
                errors.getFirst());
    }

    @Test
    void check_mandatoryOrderCycle_namesTheConstraints() {
        List<String> errors = errors(BASE + "order o1 Mandatory: a b\norder o2 Mandatory: b c\norder o3 Mandatory: c a\n");
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().anyMatch(e -> e.contains("cycle") && e.contains("o1") && e.contains("o2") && e.contains("o3")),
                errors.toString());
    }

    @Test
    void check_optionalOrdersInACircle_areNoCycle() {
        assertEquals(List.of(), errors(BASE + "order o1 0: a b\norder o2 0: b c\norder o3 0: c a\n"));
    }

    @Test
    void check_asymmetricalOrdersBothWays_areACycle() {
        List<String> errors = errors(BASE + "order o1 Mandatory: a b symmetrical=false\norder o2 Mandatory: b a symmetrical=false\n");
        assertEquals(1, errors.size(), errors.toString());
    }

    @Test
    void check_promoteThenStartAndDemoteThenStop_areNoCycle() {
        // The PG-REX shape: promote before start, demote before stop, both asymmetrical.
        assertEquals(List.of(), errors(BASE + "order o1 INFINITY: a:promote b:start symmetrical=false\n"
                + "order o2 0: a:demote b:stop symmetrical=false\n"));
    }

    @Test
    void check_fencingLevelWithUnknownOrNonFencingDevice_isAnError() {
        List<String> errors = errors(BASE + "fencing_topology n1: fence1 nodevice a\n");
        assertTrue(errors.stream().anyMatch(e -> e.contains("unknown device \"nodevice\"")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("\"a\" is not a fencing device")), errors.toString());
    }

    @Test
    void check_badScoreInXml_isAnErrorAtTheConstraintsElement() {
        String xml = """
                <cib admin_epoch="0" epoch="1" num_updates="0" validate-with="pacemaker-3.9">
                  <configuration>
                    <crm_config/>
                    <nodes/>
                    <resources>
                      <primitive id="a" class="ocf" provider="heartbeat" type="Dummy"/>
                    </resources>
                    <constraints>
                      <rsc_location id="l1" rsc="a" node="n1" score="lots"/>
                    </constraints>
                  </configuration>
                  <status/>
                </cib>
                """;
        var document = CibXmlReader.read("cib.xml", xml).orThrow();
        List<String> errors = errorLines(document);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.getFirst().startsWith("cib.xml:9:"), errors.getFirst());
        assertTrue(errors.getFirst().contains("bad score \"lots\""), errors.getFirst());
    }

    @Test
    void check_duplicateIdsInXml_areAnError() {
        String xml = """
                <cib admin_epoch="0" epoch="1" num_updates="0">
                  <configuration>
                    <crm_config/>
                    <nodes/>
                    <resources>
                      <primitive id="a" class="ocf" provider="heartbeat" type="Dummy"/>
                      <group id="g">
                        <primitive id="a" class="ocf" provider="heartbeat" type="Dummy"/>
                      </group>
                    </resources>
                    <constraints/>
                  </configuration>
                </cib>
                """;
        List<String> errors = errorLines(CibXmlReader.read("cib.xml", xml).orThrow());
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.getFirst().contains("resource \"a\" is in two places: the top level and group \"g\""),
                errors.getFirst());
    }

    @Test
    void check_unknownOnFail_isAnError() {
        List<String> errors = errors("primitive p ocf:heartbeat:Dummy \\\n"
                + "    op monitor interval=10s on-fail=reboot\n");
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.getFirst().contains("unknown on-fail \"reboot\""), errors.getFirst());
    }

    @Test
    void check_unknownRoleInXml_isAnError() {
        String xml = """
                <cib admin_epoch="0" epoch="1" num_updates="0">
                  <configuration>
                    <crm_config/>
                    <nodes/>
                    <resources>
                      <primitive id="p" class="ocf" provider="heartbeat" type="Dummy">
                        <operations>
                          <op id="p-mon" name="monitor" interval="10s" role="Leader"/>
                        </operations>
                      </primitive>
                    </resources>
                    <constraints/>
                  </configuration>
                </cib>
                """;
        List<String> errors = errorLines(CibXmlReader.read("cib.xml", xml).orThrow());
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.getFirst().contains("unknown role \"Leader\""), errors.getFirst());
    }

    @Test
    void check_samples_haveNoErrors() throws Exception {
        String folder = System.getProperty("paceline.samples");
        org.junit.jupiter.api.Assumptions.assumeTrue(folder != null && java.nio.file.Files.isDirectory(java.nio.file.Path.of(folder)));
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(folder))) {
            for (var file : files.filter(f -> f.toString().endsWith(".crm")).sorted().toList()) {
                var document = CrmReader.read(file.getFileName().toString(), java.nio.file.Files.readString(file)).orThrow();
                assertEquals(List.of(), errorLines(document), file.toString());
            }
        }
    }

    private static List<String> errors(String crm) {
        var parsed = CrmReader.read("t.crm", crm);
        if (parsed instanceof org.paceline.cib.Parsed.Invalid<Document> invalid) {
            throw new AssertionError("test input does not parse: " + invalid.problems());
        }
        return errorLines(parsed.orThrow());
    }

    private static List<String> errorLines(Document document) {
        return CibCheck.check(document).stream().filter(Finding::isError).map(Finding::oneLine).toList();
    }
}
