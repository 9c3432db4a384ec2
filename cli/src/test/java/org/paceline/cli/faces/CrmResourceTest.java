package org.paceline.cli.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.constraints.Constraint;
import org.paceline.cib.constraints.Location;
import org.paceline.cli.harness.AgainstHarnessDaemon;

/** crm_resource's locate, cleanup, move, ban and clear, and crm_node, against the harness daemon. */
class CrmResourceTest extends AgainstHarnessDaemon {
    @Test
    void locate_promotableClone_printsExactlyWhatPgRexToolsParse() {
        assertEquals(new FaceRun(0, "resource msPostgresql is running on: pm01 Promoted\n"
                + "resource msPostgresql is running on: pm02\n", ""),
                FaceRun.of(socket, "crm_resource", "-r", "msPostgresql", "-W"));
        assertEquals(new FaceRun(0, "resource vip-master is running on: pm01\n", ""),
                FaceRun.of(socket, "crm_resource", "-W", "-r", "vip-master"));
        assertEquals(new FaceRun(105, "", "crm_resource: Resource 'nope' not found\n"),
                FaceRun.of(socket, "crm_resource", "-W", "-r", "nope"));
    }

    @Test
    void cleanup_onOneNode_forgetsHistoryAndFailCounts() {
        var run = FaceRun.of(socket, "crm_resource", "-C", "-r", "vip-rep", "-N", "pm01");
        assertEquals(new FaceRun(0, "Cleaned up vip-rep on pm01\n", ""), run);
        var pm01 = daemon.daemon().cib().status().node("pm01").orElseThrow();
        assertTrue(pm01.resourceHistories().stream().noneMatch(h -> h.id().equals("vip-rep")));
        assertTrue(pm01.transientSets().stream().flatMap(s -> s.pairs().stream())
                .noneMatch(p -> p.name().contains("vip-rep")));
        // Others keep theirs.
        assertTrue(pm01.resourceHistories().stream().anyMatch(h -> h.id().equals("vip-master")));
        assertEquals(105, FaceRun.of(socket, "crm_resource", "-C", "-r", "nope").exitCode());
    }

    @Test
    void move_ban_clear_writeAndRemovePacemakersConstraints() {
        assertEquals(0, FaceRun.of(socket, "crm_resource", "--move", "-r", "master-group", "-N", "pm02").exitCode());
        assertEquals(location("cli-prefer-master-group", "master-group", "pm02", "INFINITY"), constraint("cli-prefer-master-group"));
        // A second move replaces the first rather than failing on the id.
        assertEquals(0, FaceRun.of(socket, "crm_resource", "-M", "-r", "master-group", "-N", "pm01").exitCode());
        assertEquals("pm01", ((Location) constraint("cli-prefer-master-group")).node());

        var ban = FaceRun.of(socket, "crm_resource", "-B", "-r", "msPostgresql", "-N", "pm02", "-Q");
        assertEquals(new FaceRun(0, "", ""), ban);
        assertEquals(location("cli-ban-msPostgresql-on-pm02", "msPostgresql", "pm02", "-INFINITY"),
                constraint("cli-ban-msPostgresql-on-pm02"));
        var loud = FaceRun.of(socket, "crm_resource", "--ban", "-r", "vip-master", "-N", "pm02");
        assertTrue(loud.err().startsWith("WARNING: Creating rsc_location constraint 'cli-ban-vip-master-on-pm02'"
                + " with a score of -INFINITY for resource vip-master on pm02."), loud.err());

        assertEquals(0, FaceRun.of(socket, "crm_resource", "--clear", "-r", "msPostgresql", "-Q").exitCode());
        assertEquals(0, FaceRun.of(socket, "crm_resource", "-U", "-r", "master-group", "-Q").exitCode());
        List<String> left = daemon.daemon().cib().configuration().constraints().stream().map(Constraint::id)
                .filter(id -> id.startsWith("cli-")).toList();
        assertEquals(List.of("cli-ban-vip-master-on-pm02"), left);
    }

    @Test
    void ban_withoutNode_bansFromWhereItRuns() {
        assertEquals(0, FaceRun.of(socket, "crm_resource", "-B", "-r", "vip-master", "-Q").exitCode());
        assertEquals(location("cli-ban-vip-master-on-pm01", "vip-master", "pm01", "-INFINITY"),
                constraint("cli-ban-vip-master-on-pm01"));
        // Active on two nodes: which one is meant is not guessed.
        assertEquals(2, FaceRun.of(socket, "crm_resource", "-B", "-r", "clnPing", "-Q").exitCode());
    }

    @Test
    void crmNode_nameListPartitionQuorumId() {
        assertEquals(new FaceRun(0, "pm01\n", ""), FaceRun.of(socket, "crm_node", "-n"));
        assertEquals(new FaceRun(0, "1 pm01 member\n2 pm02 member\n", ""), FaceRun.of(socket, "crm_node", "-l"));
        assertEquals(new FaceRun(0, "pm01 pm02\n", ""), FaceRun.of(socket, "crm_node", "-p"));
        assertEquals(new FaceRun(0, "1\n", ""), FaceRun.of(socket, "crm_node", "-q"));
        assertEquals(new FaceRun(0, "1\n", ""), FaceRun.of(socket, "crm_node", "-i"));
    }

    @Test
    void fencing_confirm_thenHistoryAndNodeLeavesPartition() {
        assertEquals(new FaceRun(0, " fence-pm01\n1 fence device found\n", ""), FaceRun.of(socket, "stonith_admin", "-L"));
        assertEquals(0, FaceRun.of(socket, "stonith_admin", "--confirm", "pm02").exitCode());
        assertEquals(new FaceRun(0, "pm01\n", ""), FaceRun.of(socket, "crm_node", "-p"));
        var history = FaceRun.of(socket, "stonith_admin", "-H", "pm02");
        assertTrue(history.out().startsWith("off of pm02 successful: delegate=pm01, origin=pm01, completed='"),
                history.out());
        assertEquals(0, FaceRun.of(socket, "stonith_admin", "--cleanup", "--history", "pm02").exitCode());
        assertEquals(new FaceRun(0, "", ""), FaceRun.of(socket, "stonith_admin", "-H", "*"));
        assertEquals(105, FaceRun.of(socket, "stonith_admin", "-B", "pm09").exitCode());
    }

    @Test
    void cibadmin_queryASection_andReplaceItFromAFile() throws IOException {
        assertEquals(new FaceRun(0, "<nodes>\n  <node id=\"1\" uname=\"pm01\"/>\n  <node id=\"2\" uname=\"pm02\"/>\n</nodes>\n", ""),
                FaceRun.of(socket, "cibadmin", "-Q", "-o", "nodes"));
        Path file = dir.resolve("nodes.xml");
        java.nio.file.Files.writeString(file, "<nodes><node id=\"1\" uname=\"pm01\"/><node id=\"2\" uname=\"pm02\">"
                + "<instance_attributes id=\"nodes-2\"><nvpair id=\"nodes-2-standby\" name=\"standby\" value=\"on\"/>"
                + "</instance_attributes></node></nodes>");
        assertEquals(new FaceRun(0, "", ""), FaceRun.of(socket, "cibadmin", "-R", "-o", "nodes", "--xml-file", file.toString()));
        assertEquals(new FaceRun(0, "scope=nodes  name=standby value=on\n", ""),
                FaceRun.of(socket, "crm_attribute", "-N", "pm02", "-n", "standby", "-G"));
        java.nio.file.Files.writeString(file, "<nodes><node id=\"1\"");
        assertEquals(2, FaceRun.of(socket, "cibadmin", "-R", "-o", "nodes", "-x", file.toString()).exitCode());
    }

    private Constraint constraint(String id) {
        return daemon.daemon().cib().configuration().constraints().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no constraint " + id));
    }

    private static Location location(String id, String resource, String node, String score) {
        return new Location(id, resource, null, node, score, "Started", null, List.of(), List.of(), null);
    }
}
