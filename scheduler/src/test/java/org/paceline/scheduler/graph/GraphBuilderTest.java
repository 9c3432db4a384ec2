package org.paceline.scheduler.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paceline.scheduler.graph.SmallCibs.cib;
import static org.paceline.scheduler.graph.SmallCibs.executing;
import static org.paceline.scheduler.graph.SmallCibs.history;
import static org.paceline.scheduler.graph.SmallCibs.noFencing;
import static org.paceline.scheduler.graph.SmallCibs.nodes;
import static org.paceline.scheduler.graph.SmallCibs.up;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Cib;
import org.paceline.scheduler.Scheduler;

/** The graph for small clusters, one kind of action at a time, as crm_simulate executes it. */
class GraphBuilderTest {
    private static final String DUMMY = "<primitive id=\"rsc1\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\">"
            + "<operations><op id=\"rsc1-mon\" name=\"monitor\" interval=\"10s\" timeout=\"30s\"/></operations>"
            + "</primitive>";

    @Test
    void start_onNodesWithoutHistory_probesEachNodeThenStartsAndMonitors() {
        Cib cib = cib(noFencing(), nodes("node1", "node2"), DUMMY, "", up("1", "node1", "") + up("2", "node2", ""));
        assertEquals(List.of(
                "* Resource action: rsc1 monitor on node2",
                "* Resource action: rsc1 monitor on node1",
                "* Resource action: rsc1 start on node1",
                "* Resource action: rsc1 monitor=10000 on node1"), executing(cib));
    }

    @Test
    void probe_onNodeWithDiscoveryNever_isLeftOut() {
        String never = "<rsc_location id=\"l1\" rsc=\"rsc1\" node=\"node2\" score=\"-INFINITY\""
                + " resource-discovery=\"never\"/>";
        Cib cib = cib(noFencing(), nodes("node1", "node2"), DUMMY, never, up("1", "node1", "") + up("2", "node2", ""));
        assertFalse(executing(cib).contains("* Resource action: rsc1 monitor on node2"));
        assertTrue(executing(cib).contains("* Resource action: rsc1 monitor on node1"));
    }

    @Test
    void monitor_alreadyRunningWhereResourceStays_isLeftAlone() {
        String running = history("rsc1", "monitor:0:7", "start:0:0", "monitor:10000:0");
        Cib cib = cib(noFencing(), nodes("node1", "node2"), DUMMY, "",
                up("1", "node1", running) + up("2", "node2", history("rsc1", "monitor:0:7")));
        assertEquals(List.of(), executing(cib));
    }

    @Test
    void move_ofRunningResource_stopsBeforeStartingElsewhere() {
        String running = history("rsc1", "monitor:0:7", "start:0:0", "monitor:10000:0");
        String prefer = "<rsc_location id=\"l1\" rsc=\"rsc1\" node=\"node2\" score=\"INFINITY\"/>";
        Cib cib = cib(noFencing(), nodes("node1", "node2"), DUMMY, prefer,
                up("1", "node1", running) + up("2", "node2", history("rsc1", "monitor:0:7")));
        assertEquals(List.of(
                "* Resource action: rsc1 stop on node1",
                "* Resource action: rsc1 start on node2",
                "* Resource action: rsc1 monitor=10000 on node2"), executing(cib));
    }

    @Test
    void stop_ofGroup_stopsMembersInReverseBetweenPseudoActions() {
        String group = "<group id=\"grp\"><meta_attributes id=\"m\"><nvpair id=\"t\" name=\"target-role\""
                + " value=\"Stopped\"/></meta_attributes>"
                + "<primitive id=\"a\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\"/>"
                + "<primitive id=\"b\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\"/></group>";
        Cib cib = cib(noFencing(), nodes("node1"), group, "",
                up("1", "node1", history("a", "start:0:0") + history("b", "start:0:0")));
        assertEquals(List.of(
                "* Pseudo action: grp_stop_0",
                "* Resource action: b stop on node1",
                "* Resource action: a stop on node1",
                "* Pseudo action: grp_stopped_0"), executing(cib));
    }

    @Test
    void start_ofClone_startsInstancesBetweenPseudoActions() {
        String clone = "<clone id=\"cl\"><primitive id=\"c\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\"/></clone>";
        Cib cib = cib(noFencing(), nodes("node1", "node2"), clone, "",
                up("1", "node1", history("c", "monitor:0:7")) + up("2", "node2", history("c", "monitor:0:7")));
        assertEquals(List.of(
                "* Pseudo action: cl_start_0",
                // An anonymous clone's history names the child, so crm_simulate prints that name.
                "* Resource action: c start on node1",
                "* Resource action: c start on node2",
                "* Pseudo action: cl_running_0"), executing(cib));
        var synapses = Scheduler.schedule(cib, Instant.EPOCH).graph().synapses();
        var running = synapses.stream().filter(s -> s.action().key().equals("cl_running_0")).findFirst().orElseThrow();
        assertEquals(1_000_000, running.priority());
        assertTrue(synapses.stream().anyMatch(s -> s.action().key().equals("c:1_start_0")
                && s.action().attributes().get("CRM_meta_clone").equals("1")));
    }

    @Test
    void fence_uncleanNode_fencesThenRecoversItsResourceElsewhere() {
        String running = history("rsc1", "monitor:0:7", "start:0:0", "monitor:10000:0");
        String lost = "<node_state id=\"1\" uname=\"node1\" in_ccm=\"false\" crmd=\"offline\" join=\"down\""
                + " expected=\"member\"><lrm id=\"1\"><lrm_resources>" + running + "</lrm_resources></lrm></node_state>";
        Cib cib = cib("", nodes("node1", "node2"), DUMMY, "", lost + up("2", "node2", history("rsc1", "monitor:0:7")));
        assertEquals(List.of(
                "* Fencing node1 (reboot)",
                "* Pseudo action: rsc1_stop_0",
                "* Resource action: rsc1 start on node2",
                "* Resource action: rsc1 monitor=10000 on node2"), executing(cib));
    }

    @Test
    void shutdown_ofNodeRunningResource_stopsItFirst() {
        String running = history("rsc1", "monitor:0:7", "start:0:0", "monitor:10000:0");
        String leaving = "<transient_attributes id=\"1\"><instance_attributes id=\"ia\"><nvpair id=\"s\""
                + " name=\"shutdown\" value=\"1234\"/></instance_attributes></transient_attributes>";
        Cib cib = cib(noFencing(), nodes("node1", "node2"), DUMMY, "",
                up("1", "node1", running, leaving) + up("2", "node2", history("rsc1", "monitor:0:7")));
        assertEquals(List.of(
                "* Resource action: rsc1 stop on node1",
                "* Cluster action: do_shutdown on node1",
                "* Resource action: rsc1 start on node2",
                "* Resource action: rsc1 monitor=10000 on node2"), executing(cib));
    }

    @Test
    void move_ofMigratableResource_migratesInsteadOfRestarting() {
        String migratable = DUMMY.replace("<operations>", "<meta_attributes id=\"m\"><nvpair id=\"am\""
                + " name=\"allow-migrate\" value=\"true\"/></meta_attributes><operations>");
        String running = history("rsc1", "monitor:0:7", "start:0:0", "monitor:10000:0");
        String prefer = "<rsc_location id=\"l1\" rsc=\"rsc1\" node=\"node2\" score=\"INFINITY\"/>";
        Cib cib = cib(noFencing(), nodes("node1", "node2"), migratable, prefer,
                up("1", "node1", running) + up("2", "node2", history("rsc1", "monitor:0:7")));
        assertEquals(List.of(
                "* Resource action: rsc1 migrate_to on node1",
                "* Resource action: rsc1 migrate_from on node2",
                "* Resource action: rsc1 stop on node1",
                "* Pseudo action: rsc1_start_0",
                "* Resource action: rsc1 monitor=10000 on node2"), executing(cib));
    }

    @Test
    void attributes_ofStartAndMonitor_carryTimeoutsIntervalAndNode() {
        Cib cib = cib(noFencing(), nodes("node1"), DUMMY, "", up("1", "node1", history("rsc1", "monitor:0:7")));
        var graph = Scheduler.schedule(cib, Instant.EPOCH).graph();
        var monitor = graph.synapses().stream().map(s -> s.action()).filter(a -> a.key().equals("rsc1_monitor_10000"))
                .findFirst().orElseThrow();
        assertEquals("30000", monitor.attributes().get("CRM_meta_timeout"));
        assertEquals("10000", monitor.attributes().get("CRM_meta_interval"));
        assertEquals("node1", monitor.attributes().get("CRM_meta_on_node"));
        var start = graph.synapses().stream().map(s -> s.action()).filter(a -> a.key().equals("rsc1_start_0"))
                .findFirst().orElseThrow();
        assertEquals("20000", start.attributes().get("CRM_meta_timeout"));
    }

    @Test
    void schedule_sameCibTwice_buildsTheSameGraph() {
        String clone = "<clone id=\"cl\"><primitive id=\"c\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\"/></clone>";
        Cib cib = cib(noFencing(), nodes("node1", "node2", "node3"), DUMMY + clone, "",
                up("1", "node1", "") + up("2", "node2", "") + up("3", "node3", ""));
        assertEquals(Scheduler.schedule(cib, Instant.EPOCH).graph(), Scheduler.schedule(cib, Instant.EPOCH).graph());
    }
}
