package org.paceline.node.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.scheduler.graph.ResourceAction;

/** An OCF operation from what the controller has: a transition graph's action, or meta written any way. */
class OcfOperationTest {
    @Test
    void of_graphAction_splitsMetaFromParameters() {
        var attributes = new LinkedHashMap<String, String>();
        attributes.put("CRM_meta_clone", "1");
        attributes.put("CRM_meta_clone_max", "2");
        attributes.put("CRM_meta_interval", "10000");
        attributes.put("CRM_meta_name", "monitor");
        attributes.put("CRM_meta_role", "Unpromoted");
        attributes.put("CRM_meta_on_node", "pm02");
        attributes.put("CRM_meta_on_node_uuid", "2");
        attributes.put("CRM_meta_timeout", "60000");
        attributes.put("crm_feature_set", "3.19.0");
        attributes.put("pgctl", "/usr/bin/pg_ctl");
        attributes.put("rep_mode", "sync");
        var action = new ResourceAction(12, "monitor", "pgsql_monitor_10000", "pgsql", "pgsql:1", "ocf", "heartbeat",
                "pgsql", 10_000, "pm02", "2", attributes);

        OcfOperation operation = OcfOperation.of(action);

        assertEquals("pgsql:1", operation.instance());
        assertEquals("heartbeat", operation.provider());
        assertEquals("pgsql", operation.type());
        assertEquals("monitor", operation.action());
        assertEquals(10_000, operation.intervalMillis());
        assertEquals(Duration.ofSeconds(60), operation.timeout());
        assertEquals("Unpromoted", operation.role());
        assertEquals(List.of("pgctl", "rep_mode"), List.copyOf(operation.parameters().keySet()));
        assertEquals(List.of("clone", "clone_max"), List.copyOf(operation.meta().keySet()));
    }

    @Test
    void of_graphActionWithoutTimeout_takesPacemakersDefault() {
        var action = new ResourceAction(1, "start", "vip_start_0", "vip", "vip", "ocf", "heartbeat", "IPaddr2", 0,
                "pm01", "1", new LinkedHashMap<>());

        assertEquals(Duration.ofSeconds(20), OcfOperation.of(action).timeout());
    }

    @Test
    void withMeta_anySpelling_isTheUnderscoreNameWithoutPrefix() {
        var operation = OcfOperation.of("r", "heartbeat", "Dummy", "start", Duration.ofSeconds(20))
                .withMeta("clone-node-max", "1").withMeta("CRM_meta_globally_unique", "false");

        assertEquals(List.of("clone_node_max", "globally_unique"), List.copyOf(operation.meta().keySet()));
    }
}
