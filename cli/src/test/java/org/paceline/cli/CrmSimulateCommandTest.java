package org.paceline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crm_simulate as a user runs it: arguments in, output, files and exit code out. */
class CrmSimulateCommandTest {
    @TempDir
    Path dir;

    private static final String CIB = """
            <cib admin_epoch="0" epoch="1" num_updates="0" validate-with="pacemaker-3.9" execution-date="1592335401">
              <configuration>
                <crm_config/>
                <nodes>
                  <node id="1" uname="node1"/>
                  <node id="2" uname="node2"/>
                  <node id="3" uname="node3"/>
                </nodes>
                <resources>
                  <primitive id="rsc1" class="ocf" provider="pacemaker" type="Dummy"/>
                </resources>
                <constraints/>
              </configuration>
              <status>
                <node_state id="1" uname="node1" in_ccm="true" crmd="online" join="member" expected="member"/>
                <node_state id="2" uname="node2" in_ccm="true" crmd="online" join="member" expected="member"/>
              </status>
            </cib>
            """;

    private Path cib() throws Exception {
        return Files.writeString(dir.resolve("cib.xml"), CIB);
    }

    private static CibCommandsTest.Run simulate(String... args) {
        return CibCommandsTest.run("crm_simulate", args);
    }

    @Test
    void simulate_xmlFile_printsCrmSimulatesSectionsWithTheOriginalDate() throws Exception {
        var run = simulate("-x", cib().toString(), "-S");
        assertEquals(0, run.code(), run.err());
        assertEquals("""
                Using the original execution date of: 2020-06-16 19:23:21Z
                Current cluster status:
                  * Node List:
                    * Node node3: UNCLEAN (offline)
                    * Online: [ node1 node2 ]

                  * Full List of Resources:
                    * rsc1\t(ocf:pacemaker:Dummy):\t Stopped

                Transition Summary:
                  * Start      rsc1    ( node1 )  due to no quorum (blocked)

                Executing Cluster Transition:
                  * Resource action: rsc1            monitor on node2
                  * Resource action: rsc1            monitor on node1
                Using the original execution date of: 2020-06-16 19:23:21Z

                Revised Cluster Status:
                  * Node List:
                    * Node node3: UNCLEAN (offline)
                    * Online: [ node1 node2 ]

                  * Full List of Resources:
                    * rsc1\t(ocf:pacemaker:Dummy):\t Stopped
                """, run.out());
    }

    @Test
    void simulate_setDatetime_winsOverTheOriginalDate() throws Exception {
        var run = simulate("-x", cib().toString(), "-R", "-t", "2005-020");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Setting effective cluster time: 2005-020\nCurrent cluster status:\n"), run.out());
    }

    @Test
    void simulate_nodeFail_showsTheModificationAndTheNodeUnclean() throws Exception {
        var run = simulate("-x", cib().toString(), "-S", "--node-fail", "node2");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("""
                Performing Requested Modifications:
                  * Failing node node2
                """), run.out());
        assertTrue(run.out().contains("Revised Cluster Status:\n  * Node List:\n    * Node node2: UNCLEAN (offline)\n"
                + "    * Node node3: UNCLEAN (offline)\n    * Online: [ node1 ]\n"), run.out());
    }

    @Test
    void simulate_saveFiles_writesGraphDotAndChangedInput() throws Exception {
        Path graph = dir.resolve("g.xml");
        Path dot = dir.resolve("g.dot");
        Path output = dir.resolve("out.xml");
        var run = simulate("-x", cib().toString(), "-q", "false", "-Q", "-G", graph.toString(), "-D", dot.toString(),
                "-O", output.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.out());
        assertTrue(Files.readString(graph).startsWith("<transition_graph "));
        // Probes need no quorum: rsc1 is probed on both nodes even though it cannot start.
        assertTrue(Files.readString(dot).startsWith(" digraph \"g\" {\n"), Files.readString(dot));
        assertTrue(Files.readString(dot).contains("rsc1_monitor_0 node1"), Files.readString(dot));
        assertTrue(Files.readString(output).contains("have-quorum=\"false\""), Files.readString(output));
    }

    @Test
    void simulate_withoutFile_isOneLineAndDisconnectedExitCode() {
        var run = simulate("-L", "-S");
        assertEquals(102, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("crm_simulate: could not connect to the CIB"), run.err());
    }

    @Test
    void simulate_missingFileOrBadInputOrBadOption_exitAsCrmSimulate() throws Exception {
        assertEquals(66, simulate("-x", dir.resolve("nosuch.xml").toString(), "-S").code());
        Path bad = Files.writeString(dir.resolve("bad.xml"), "<cib><configuration>");
        var run = simulate("-x", bad.toString(), "-S");
        assertEquals(65, run.code());
        assertTrue(run.err().startsWith(bad.toString() + ":"), run.err());
        assertEquals(64, simulate("--no-such-option").code());
        assertEquals(64, simulate("-x", cib().toString(), "-S", "-t", "not a date").code());
    }

    @Test
    void simulate_badInjection_isReportedAndTheRunGoesOn() throws Exception {
        var run = simulate("-x", cib().toString(), "-S", "-i", "nosuch_start_0@node1=1");
        assertEquals(0, run.code());
        assertEquals("--op-inject: invalid resource name: nosuch\n", run.err());
    }

    @Test
    void paceline_simulate_isTheSameCommand() throws Exception {
        var face = simulate("-x", cib().toString(), "-S");
        var sub = CibCommandsTest.run("paceline", "simulate", "-x", cib().toString(), "-S");
        assertEquals(face.out(), sub.out());
    }

    @Test
    void conformance_oneCase_printsTheCountsLast() {
        String folder = System.getProperty("paceline.conformance");
        Assumptions.assumeTrue(folder != null && Files.isDirectory(Path.of(folder, "xml")), "conformance cases not found");
        var run = CibCommandsTest.run("paceline", "conformance", folder, "--case", "order7",
                "--ratchet", dir.resolve("r.txt").toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("1 passed, 0 failed", run.out().lines().toList().getLast());
    }
}
