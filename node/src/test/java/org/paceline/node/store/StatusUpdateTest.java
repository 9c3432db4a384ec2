package org.paceline.node.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paceline.node.store.ConfigurationUpdateTest.only;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.CibVersion;
import org.paceline.cib.Extras;
import org.paceline.cib.NvPair;
import org.paceline.cib.status.NodeState;
import org.paceline.cib.status.OperationRecord;
import org.paceline.cib.status.ResourceHistory;
import org.paceline.cib.xml.CibXmlWriter;
import org.paceline.node.store.CibUpdate.ClearTransientAttributes;
import org.paceline.node.store.CibUpdate.DeleteTransientAttribute;
import org.paceline.node.store.CibUpdate.ForgetResourceHistory;
import org.paceline.node.store.CibUpdate.RecordOperation;
import org.paceline.node.store.CibUpdate.SetTransientAttribute;
import org.paceline.node.store.CibUpdate.UpdateNodeState;

/** Status updates: operation history keyed as Pacemaker keys it, transient attributes, node state. */
class StatusUpdateTest {
    private final StoreDriver driver = new StoreDriver(Cibs.base());

    @Test
    void recordOperation_successfulStart_isTheLastResultAndBumpsOnlyNumUpdates() {
        var outcome = driver.apply(op("vip", "start", "0", "0", "0", "3:1:0:abc"));

        assertEquals(new UpdateOutcome.Applied(new CibVersion(0, 5, 3)), outcome);
        assertEquals(List.of("vip_last_0"), ids("pm01", "vip"));
        ResourceHistory history = history("pm01", "vip");
        assertEquals(List.of("ocf", "heartbeat", "IPaddr2"),
                List.of(history.resourceClass(), history.provider(), history.type()));
        assertEquals("1", driver.cib().status().node("pm01").orElseThrow().id());
    }

    @Test
    void recordOperation_laterNonRecurring_replacesTheLastResult() {
        driver.apply(op("vip", "start", "0", "0", "0", "3:1:0:abc"));
        driver.apply(op("vip", "stop", "0", "0", "0", "4:2:0:abc"));

        assertEquals(List.of("vip_last_0"), ids("pm01", "vip"));
        assertEquals("stop", history("pm01", "vip").operations().getFirst().operation());
    }

    @Test
    void recordOperation_failedStart_recordsLastFailureAndLastResult() {
        driver.apply(op("vip", "start", "0", "1", "0", "3:1:0:abc"));

        assertEquals(List.of("vip_last_failure_0", "vip_last_0"), ids("pm01", "vip"));
    }

    @Test
    void recordOperation_timedOutStart_isAFailure() {
        driver.apply(op("vip", "start", "0", "1", "2", "3:1:0:abc"));

        assertEquals(List.of("vip_last_failure_0", "vip_last_0"), ids("pm01", "vip"));
    }

    @Test
    void recordOperation_probeFindingNotRunning_isNotAFailure() {
        driver.apply(op("vip", "monitor", "0", "7", "0", "1:0:7:abc"));

        assertEquals(List.of("vip_last_0"), ids("pm01", "vip"));
    }

    @Test
    void recordOperation_recurringMonitor_isKeyedByItsInterval() {
        driver.apply(op("vip", "start", "0", "0", "0", "3:1:0:abc"));
        driver.apply(op("vip", "monitor", "10000", "0", "0", "4:1:0:abc"));
        driver.apply(op("vip", "monitor", "10000", "0", "0", "4:1:0:abc"));

        assertEquals(List.of("vip_last_0", "vip_monitor_10000"), ids("pm01", "vip"));
    }

    @Test
    void recordOperation_failedMonitor_addsLastFailureAndKeepsTheMonitorEntry() {
        driver.apply(op("vip", "monitor", "10000", "0", "0", "4:1:0:abc"));
        var before = history("pm01", "vip").operations().getFirst();

        driver.apply(op("vip", "monitor", "10000", "7", "0", "4:1:0:abc"));

        assertEquals(List.of("vip_monitor_10000", "vip_last_failure_0"), ids("pm01", "vip"));
        assertEquals(before, history("pm01", "vip").operations().getFirst());
    }

    @Test
    void recordOperation_cancelledMonitor_removesItsEntry() {
        driver.apply(op("vip", "monitor", "10000", "0", "0", "4:1:0:abc"));

        driver.apply(op("vip", "monitor", "10000", "0", "1", "4:1:0:abc"));

        assertEquals(List.of(), ids("pm01", "vip"));
    }

    @Test
    void recordOperation_intervalNotANumber_isRejected() {
        var outcome = driver.apply(op("vip", "monitor", "10s", "0", "0", null));

        assertEquals("cib: operation result of \"vip\" on \"pm01\": interval \"10s\" is not a number of milliseconds",
                only(outcome));
        assertEquals(Cibs.base(), driver.cib());
    }

    @Test
    void recordOperation_writesPacemakersLrmShape() {
        driver.apply(op("vip", "start", "0", "0", "0", "3:1:0:abc"));

        String xml = CibXmlWriter.write(driver.cib());
        assertTrue(xml.contains("<lrm_resource id=\"vip\""), xml);
        assertTrue(xml.contains("<lrm_rsc_op id=\"vip_last_0\""), xml);
    }

    @Test
    void forgetResourceHistory_removesTheResourcesEntries() {
        driver.apply(op("vip", "start", "0", "1", "0", "3:1:0:abc"));

        driver.apply(new ForgetResourceHistory("pm01", "vip"));

        assertTrue(driver.cib().status().node("pm01").orElseThrow().resourceHistories().isEmpty());
    }

    @Test
    void setTransientAttribute_nodeWithoutState_createsPacemakersStatusSet() {
        var outcome = driver.apply(new SetTransientAttribute("pm02", "default_ping_set", "100"));

        assertEquals(new UpdateOutcome.Applied(new CibVersion(0, 5, 3)), outcome);
        NodeState state = driver.cib().status().node("pm02").orElseThrow();
        assertEquals("2", state.transientAttributes().id());
        assertEquals("status-2", state.transientSets().getFirst().id());
        assertEquals(List.of(NvPair.of("status-2-default_ping_set", "default_ping_set", "100")),
                state.transientSets().getFirst().pairs());
    }

    @Test
    void setTransientAttribute_again_changesTheValueInPlace() {
        driver.apply(new SetTransientAttribute("pm02", "default_ping_set", "100"));
        driver.apply(new SetTransientAttribute("pm02", "default_ping_set", "0"));

        var pairs = driver.cib().status().node("pm02").orElseThrow().transientSets().getFirst().pairs();
        assertEquals(List.of(NvPair.of("status-2-default_ping_set", "default_ping_set", "0")), pairs);
    }

    @Test
    void deleteTransientAttribute_present_removesIt() {
        driver.apply(new SetTransientAttribute("pm02", "fail-count-vip#start_0", "1"));

        driver.apply(new DeleteTransientAttribute("pm02", "fail-count-vip#start_0"));

        assertTrue(driver.cib().status().node("pm02").orElseThrow().transientSets().getFirst().pairs().isEmpty());
    }

    @Test
    void clearTransientAttributes_removesTheWholeElement() {
        driver.apply(new SetTransientAttribute("pm02", "default_ping_set", "100"));

        driver.apply(new ClearTransientAttributes("pm02"));

        assertNull(driver.cib().status().node("pm02").orElseThrow().transientAttributes());
    }

    @Test
    void updateNodeState_setsGivenFieldsAndLeavesNullOnesAlone() {
        driver.apply(new UpdateNodeState("pm01", null, "true", "online", "member", "member"));
        driver.apply(new UpdateNodeState("pm01", null, null, "offline", null, "down"));

        NodeState state = driver.cib().status().node("pm01").orElseThrow();
        assertEquals(new NodeState("1", "pm01", "true", "offline", "member", "down", null, null, Extras.NONE), state);
        assertEquals(new CibVersion(0, 5, 4), driver.cib().version());
    }

    @Test
    void updateNodeState_unconfiguredNode_takesTheGivenId() {
        driver.apply(new UpdateNodeState("pm03", "3", "true", "online", "member", "member"));

        assertEquals("3", driver.cib().status().node("pm03").orElseThrow().id());
    }

    private RecordOperation op(String resource, String operation, String interval, String rc, String status,
                               String transitionKey) {
        var result = new OperationRecord(null, operation, interval, rc, status, "12", null, null, "10", "0",
                transitionKey, null, null, "pm01", Extras.NONE);
        return new RecordOperation("pm01", resource, "ocf", "heartbeat", "IPaddr2", result);
    }

    private ResourceHistory history(String node, String resource) {
        return driver.cib().status().node(node).orElseThrow().resourceHistories().stream()
                .filter(h -> h.id().equals(resource)).findFirst().orElseThrow();
    }

    private List<String> ids(String node, String resource) {
        return history(node, resource).operations().stream().map(OperationRecord::id).toList();
    }
}
