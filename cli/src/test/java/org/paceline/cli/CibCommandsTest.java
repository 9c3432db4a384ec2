package org.paceline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first commands as a user runs them: arguments in, output and exit code out. */
class CibCommandsTest {
    @TempDir
    Path dir;

    /** What one command printed and how it ended. */
    record Run(int code, String out, String err) {}

    static Run run(String face, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Main.run(face, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Path sample(String name) {
        String folder = System.getProperty("paceline.samples");
        Assumptions.assumeTrue(folder != null && Files.isRegularFile(Path.of(folder, name)), "samples not found");
        return Path.of(folder, name);
    }

    @Test
    void convert_pgRexSample_toXmlHasPromotableCloneAndTopology_andRoundTrips() throws Exception {
        Run xml = run("paceline", "cib", "convert", "--to", "xml", sample("pg-rex.crm").toString());
        assertEquals(0, xml.code(), xml.err());
        assertTrue(xml.out().contains("<master id=\"msPostgresql\">"), xml.out());
        assertTrue(xml.out().contains("<fencing-level id=\"fencing\" target=\"pm01\" index=\"1\" devices=\"prmStonith1-1\"/>"), xml.out());
        assertTrue(xml.out().contains("validate-with=\"pacemaker-"), "declares a schema");

        Path xmlFile = Files.writeString(dir.resolve("pg-rex.xml"), xml.out());
        Run crm = run("paceline", "cib", "convert", "--to", "crm", xmlFile.toString());
        assertEquals(0, crm.code(), crm.err());
        Path crmFile = Files.writeString(dir.resolve("again.crm"), crm.out());
        Run xmlAgain = run("paceline", "cib", "convert", "--to", "xml", crmFile.toString());
        assertEquals(xml.out(), xmlAgain.out());
    }

    @Test
    void convert_yenContinuationSample_loads() {
        Run run = run("paceline", "cib", "convert", "--to", "xml", sample("shared-disk-stonith.crm").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("<primitive id=\"prmSt1-3\" class=\"stonith\" type=\"meatware\">"), run.out());
    }

    @Test
    void convert_misspeltKeywordOnLine3_isOneLineWithLineAndColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.crm"),
                "property stonith-enabled=false\n\nprimitve vip ocf:heartbeat:IPaddr2 params ip=10.0.0.1\n");
        Run run = run("paceline", "cib", "convert", "--to", "xml", file.toString());
        assertEquals(1, run.code());
        assertEquals("", run.out(), "nothing half-converted");
        String[] lines = run.err().strip().split("\n");
        assertEquals(1, lines.length, run.err());
        assertTrue(lines[0].startsWith(file + ":3:1: unknown statement \"primitve\""), lines[0]);
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void check_colocationWithMissingResource_fails() throws Exception {
        Path file = Files.writeString(dir.resolve("c.crm"),
                "primitive a ocf:heartbeat:Dummy\ncolocation c INFINITY: a nothere\n");
        Run run = run("paceline", "cib", "check", file.toString());
        assertEquals(1, run.code());
        assertEquals(file + ":2:1: error: colocation \"c\": unknown resource \"nothere\"", run.err().strip());
    }

    @Test
    void check_samples_pass() {
        for (String name : new String[] {"pg-rex.crm", "shared-disk-stonith.crm"}) {
            Run run = run("paceline", "cib", "check", sample(name).toString());
            assertEquals(0, run.code(), run.err());
        }
    }

    @Test
    void convert_missingFile_isOneLine() {
        Run run = run("paceline", "cib", "convert", "--to", "crm", dir.resolve("nope.xml").toString());
        assertEquals(1, run.code());
        assertEquals(dir.resolve("nope.xml") + ": no such file", run.err().strip());
    }

    @Test
    void convert_xmlWithStatusToCrm_saysWhatWouldBeLost() throws Exception {
        Path file = Files.writeString(dir.resolve("s.xml"), """
                <cib admin_epoch="0" epoch="1" num_updates="0">
                  <configuration><crm_config/><nodes/><resources/><constraints/></configuration>
                  <status><node_state id="1" uname="n1" in_ccm="true" crmd="online" join="member" expected="member"/></status>
                </cib>
                """);
        Run refused = run("paceline", "cib", "convert", "--to", "crm", file.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("status section"), refused.err());
        Run allowed = run("paceline", "cib", "convert", "--to", "crm", "--configuration-only", file.toString());
        assertEquals(0, allowed.code(), allowed.err());
    }

    @Test
    void crmConfigureShow_readsAFile_andSaysWhenNoDaemonRuns() {
        Run shown = run("crm", "configure", "show", "-x", sample("pg-rex.crm").toString());
        assertEquals(0, shown.code(), shown.err());
        assertTrue(shown.out().contains("ms msPostgresql \\\n    pgsql \\\n"), shown.out());
        Run noDaemon = run("crm", "configure", "show");
        // Pacemaker's "not connected", unless a daemon happens to run on this machine.
        org.junit.jupiter.api.Assumptions.assumeFalse(java.nio.file.Files.exists(
                org.paceline.node.ipc.SocketLocation.resolve(System.getenv())));
        assertEquals(102, noDaemon.code());
        assertTrue(noDaemon.err().contains("Paceline is not running on this node"), noDaemon.err());
        assertEquals(1, noDaemon.err().strip().split("\n").length, noDaemon.err());
    }

    @Test
    void help_isOfferedByEveryCommand() {
        String[][] commands = {
            {"paceline", "--help"}, {"paceline", "cib", "--help"}, {"paceline", "cib", "convert", "--help"},
            {"paceline", "cib", "check", "--help"}, {"crm", "--help"}, {"crm", "configure", "--help"},
            {"crm", "configure", "show", "--help"}, {"paceline", "crm", "configure", "show", "--help"},
        };
        for (String[] command : commands) {
            Run run = run(command[0], java.util.Arrays.copyOfRange(command, 1, command.length));
            assertEquals(0, run.code(), String.join(" ", command));
            assertTrue(run.out().startsWith("Usage: "), String.join(" ", command) + ": " + run.out());
        }
    }
}
