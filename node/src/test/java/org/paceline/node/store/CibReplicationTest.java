package org.paceline.node.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Cib;

class CibReplicationTest {
    private static CibUpdate property(String name, String value) {
        return new CibUpdate.SetAttribute(new AttributeOwner.ClusterProperties(), null, name, value);
    }

    private static String value(Cib cib, String name) {
        return cib.configuration().clusterProperties().stream()
                .flatMap(set -> set.pairs().stream())
                .filter(pair -> pair.name().equals(name))
                .map(pair -> pair.value())
                .findFirst().orElse(null);
    }

    @Test
    void updateAtAMember_isAppliedByTheDc_andOnEveryDiskBeforeItIsAcknowledged() {
        var set = new ReplicaSet(Cibs.base(), "pm01", "pm02", "pm03");
        set.holdDisk("pm03");
        set.update("pm02", "r1", property("no-quorum-policy", "freeze"));

        assertFalse(set.acknowledged.containsKey("r1"), "acknowledged before pm03 had it on disk");
        assertEquals("freeze", value(set.disks.get("pm01"), "no-quorum-policy"));
        assertEquals("freeze", value(set.disks.get("pm02"), "no-quorum-policy"));

        set.releaseDisk("pm03");
        var outcome = assertInstanceOf(UpdateOutcome.Applied.class, set.acknowledged.get("r1"));
        for (String node : List.of("pm01", "pm02", "pm03")) {
            assertEquals(outcome.version(), set.disks.get(node).version(), node);
            assertEquals("freeze", value(set.disks.get(node), "no-quorum-policy"), node);
        }
    }

    @Test
    void acknowledgedChange_survivesTheCrashOfTheDc() {
        var set = new ReplicaSet(Cibs.base(), "pm01", "pm02");
        set.update("pm01", "r1", property("maintenance-mode", "true"));
        assertInstanceOf(UpdateOutcome.Applied.class, set.acknowledged.get("r1"));

        set.crash("pm01");
        set.views(List.of(List.of("pm02")), false);
        assertEquals("true", value(set.current("pm02"), "maintenance-mode"));
        set.restart("pm01", List.of("pm01"));
        set.views(List.of(List.of("pm02", "pm01")), true);
        assertEquals("true", value(set.current("pm01"), "maintenance-mode"));
    }

    @Test
    void memberLeavingTheView_isNoLongerWaitedFor() {
        var set = new ReplicaSet(Cibs.base(), "pm01", "pm02");
        set.holdDisk("pm02");
        set.update("pm01", "r1", property("stonith-enabled", "false"));
        assertFalse(set.acknowledged.containsKey("r1"));
        set.crash("pm02");
        set.views(List.of(List.of("pm01")), false);
        assertInstanceOf(UpdateOutcome.Applied.class, set.acknowledged.get("r1"));
    }

    @Test
    void forwardedUpdate_whoseDcIsLost_isAnsweredNotApplied() {
        var set = new ReplicaSet(Cibs.base(), "pm01", "pm02");
        set.crash("pm01");
        set.update("pm02", "r1", property("stonith-enabled", "false"));
        assertFalse(set.acknowledged.containsKey("r1"));
        set.views(List.of(List.of("pm02")), false);
        var outcome = assertInstanceOf(UpdateOutcome.Rejected.class, set.acknowledged.get("r1"));
        assertTrue(outcome.problems().getFirst().message().contains("the DC changed before it answered"));
        set.update("pm02", "r2", property("stonith-enabled", "false"));
        assertInstanceOf(UpdateOutcome.Applied.class, set.acknowledged.get("r2"));
    }

    @Test
    void afterAPartitionHeals_theHighestVersionWinsEverywhere() {
        var set = new ReplicaSet(Cibs.base(), "pm01", "pm02", "pm03");
        set.views(List.of(List.of("pm01"), List.of("pm02", "pm03")), false);
        set.update("pm02", "a", property("placement-strategy", "balanced"));
        set.update("pm03", "b", property("symmetric-cluster", "false"));
        set.update("pm01", "c", property("stop-all-resources", "true"));
        assertNotEquals(set.current("pm01").version(), set.current("pm02").version());

        set.views(List.of(List.of("pm01", "pm02", "pm03")), true);
        Cib winner = set.current("pm02");
        assertEquals("balanced", value(winner, "placement-strategy"));
        for (String node : List.of("pm01", "pm02", "pm03")) {
            assertEquals(winner, set.current(node), node);
            assertEquals(winner, set.disks.get(node), node);
        }
    }

    @Test
    void twoPartitionsWithOneChangeEach_endWithTheDcsCopy() {
        var set = new ReplicaSet(Cibs.base(), "pm01", "pm02");
        set.views(List.of(List.of("pm01"), List.of("pm02")), false);
        set.update("pm01", "a", property("cluster-name", "left"));
        set.update("pm02", "b", property("cluster-name", "right"));
        assertEquals(set.current("pm01").version(), set.current("pm02").version());

        set.views(List.of(List.of("pm01", "pm02")), true);
        assertEquals("left", value(set.current("pm02"), "cluster-name"));
        assertEquals("left", value(set.disks.get("pm02"), "cluster-name"));
    }

    @Test
    void copyLostBeforeTheMemberKnewItsDc_isSentAgainWhenItOffersItsOwn() {
        var set = new ReplicaSet(Cibs.base(), "pm01", "pm02");
        set.update("pm01", "r1", property("cluster-name", "before"));
        // pm03 joins; the DC's copy reaches it while it still thinks itself alone, and is ignored.
        set.join("pm03", Cibs.base(), List.of("pm01", "pm02", "pm03"), true);
        assertEquals("before", value(set.current("pm03"), "cluster-name"));
        set.update("pm02", "r2", property("cluster-name", "after"));
        assertInstanceOf(UpdateOutcome.Applied.class, set.acknowledged.get("r2"), "waiting for pm03's disk forever");
        assertEquals("after", value(set.disks.get("pm03"), "cluster-name"));
    }

    @Test
    void rejectedUpdate_isAnsweredAtOnce_andChangesNothing() {
        var set = new ReplicaSet(Cibs.base(), "pm01", "pm02");
        Cib before = set.current("pm02");
        set.update("pm02", "r1", new CibUpdate.DeleteResource("no-such-resource"));
        assertInstanceOf(UpdateOutcome.Rejected.class, set.acknowledged.get("r1"));
        assertEquals(before, set.current("pm01"));
    }
}
