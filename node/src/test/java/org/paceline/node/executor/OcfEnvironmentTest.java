package org.paceline.node.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The environment an OCF agent gets, line by line. */
class OcfEnvironmentTest {
    private static final ExecutorSettings PM02 = ExecutorSettings.debian("pm02", "2", Path.of("/usr/libexec/paceline/faces"));

    @Test
    void environment_cloneInstanceNotify_isExactlyPacemakers() {
        var notification = Notification.of("pre", "promote")
                .with("promote_resource", List.of("pgsql:1"))
                .with("promote_uname", List.of("pm02"))
                .with("unpromoted_resource", List.of("pgsql:0", "pgsql:1"))
                .with("unpromoted_uname", List.of("pm01", "pm02"))
                .with("active_resource", List.of("pgsql:0", "pgsql:1"))
                .with("active_uname", List.of("pm01", "pm02"))
                .with("available_uname", List.of("pm01", "pm02"))
                .with("all_uname", List.of("pm01", "pm02"))
                .with("all_hosts", List.of("pm01", "pm02"));
        var operation = OcfOperation.of("pgsql:1", "heartbeat", "pgsql", "notify", Duration.ofSeconds(60))
                .withParameter("pgctl", "/usr/lib/postgresql/15/bin/pg_ctl")
                .withParameter("rep_mode", "sync")
                .withMeta("clone", "1")
                .withMeta("clone-max", "2")
                .withMeta("clone_node_max", "1")
                .withMeta("CRM_meta_globally_unique", "false")
                .withMeta("notify", "true")
                .withMeta("promotable", "true")
                .withMeta("promoted_max", "1")
                .withMeta("master_max", "1")
                .withNotification(notification);

        assertEquals("""
                OCF_ROOT=/usr/lib/ocf
                OCF_RA_VERSION_MAJOR=1
                OCF_RA_VERSION_MINOR=1
                OCF_RESOURCE_INSTANCE=pgsql:1
                OCF_RESOURCE_TYPE=pgsql
                OCF_RESOURCE_PROVIDER=heartbeat
                OCF_EXIT_REASON_PREFIX=ocf-exit-reason:
                OCF_RESKEY_pgctl=/usr/lib/postgresql/15/bin/pg_ctl
                OCF_RESKEY_rep_mode=sync
                OCF_RESKEY_CRM_meta_name=notify
                OCF_RESKEY_CRM_meta_interval=0
                OCF_RESKEY_CRM_meta_timeout=60000
                OCF_RESKEY_CRM_meta_on_node=pm02
                OCF_RESKEY_CRM_meta_on_node_uuid=2
                OCF_RESKEY_CRM_meta_clone=1
                OCF_RESKEY_CRM_meta_clone_max=2
                OCF_RESKEY_CRM_meta_clone_node_max=1
                OCF_RESKEY_CRM_meta_globally_unique=false
                OCF_RESKEY_CRM_meta_notify=true
                OCF_RESKEY_CRM_meta_promotable=true
                OCF_RESKEY_CRM_meta_promoted_max=1
                OCF_RESKEY_CRM_meta_master_max=1
                OCF_RESKEY_CRM_meta_notify_type=pre
                OCF_RESKEY_CRM_meta_notify_operation=promote
                OCF_RESKEY_CRM_meta_notify_start_resource=\s
                OCF_RESKEY_CRM_meta_notify_start_uname=\s
                OCF_RESKEY_CRM_meta_notify_stop_resource=\s
                OCF_RESKEY_CRM_meta_notify_stop_uname=\s
                OCF_RESKEY_CRM_meta_notify_promote_resource=pgsql:1
                OCF_RESKEY_CRM_meta_notify_promote_uname=pm02
                OCF_RESKEY_CRM_meta_notify_demote_resource=\s
                OCF_RESKEY_CRM_meta_notify_demote_uname=\s
                OCF_RESKEY_CRM_meta_notify_active_resource=pgsql:0 pgsql:1
                OCF_RESKEY_CRM_meta_notify_active_uname=pm01 pm02
                OCF_RESKEY_CRM_meta_notify_inactive_resource=\s
                OCF_RESKEY_CRM_meta_notify_inactive_uname=\s
                OCF_RESKEY_CRM_meta_notify_promoted_resource=\s
                OCF_RESKEY_CRM_meta_notify_promoted_uname=\s
                OCF_RESKEY_CRM_meta_notify_unpromoted_resource=pgsql:0 pgsql:1
                OCF_RESKEY_CRM_meta_notify_unpromoted_uname=pm01 pm02
                OCF_RESKEY_CRM_meta_notify_master_resource=\s
                OCF_RESKEY_CRM_meta_notify_master_uname=\s
                OCF_RESKEY_CRM_meta_notify_slave_resource=pgsql:0 pgsql:1
                OCF_RESKEY_CRM_meta_notify_slave_uname=pm01 pm02
                OCF_RESKEY_CRM_meta_notify_available_uname=pm01 pm02
                OCF_RESKEY_CRM_meta_notify_all_uname=pm01 pm02
                OCF_RESKEY_CRM_meta_notify_all_hosts=pm01 pm02
                OCF_RESKEY_crm_feature_set=3.16.1
                HA_SBIN_DIR=/usr/libexec/paceline/faces
                HA_RSCTMP=/run/resource-agents
                HA_VARRUN=/var/run
                PATH=/usr/libexec/paceline/faces:/usr/sbin:/usr/bin:/sbin:/bin
                """, lines(OcfEnvironment.of(operation, PM02)));
    }

    @Test
    void environment_emptyNotifyList_isOneSpace() {
        var operation = OcfOperation.of("pgsql:0", "heartbeat", "pgsql", "notify", Duration.ofSeconds(60))
                .withNotification(Notification.of("post", "stop"));

        var environment = OcfEnvironment.of(operation, PM02);

        assertEquals(" ", environment.get("OCF_RESKEY_CRM_meta_notify_slave_uname"));
        assertEquals("post", environment.get("OCF_RESKEY_CRM_meta_notify_type"));
    }

    @Test
    void environment_recurringMonitorWithRoleAndDepth_namesBoth() {
        var operation = OcfOperation.of("vip", "heartbeat", "IPaddr2", "monitor", Duration.ofSeconds(20))
                .withInterval(10_000).withRole("Promoted").withCheckLevel("10");

        var environment = OcfEnvironment.of(operation, PM02);

        assertEquals("10", environment.get("OCF_CHECK_LEVEL"));
        assertEquals("10000", environment.get("OCF_RESKEY_CRM_meta_interval"));
        assertEquals("20000", environment.get("OCF_RESKEY_CRM_meta_timeout"));
        assertEquals("Promoted", environment.get("OCF_RESKEY_CRM_meta_role"));
        assertEquals("monitor", environment.get("OCF_RESKEY_CRM_meta_name"));
    }

    @Test
    void environment_probe_isMonitorWithIntervalZero() {
        var probe = OcfOperation.of("vip", "heartbeat", "IPaddr2", "monitor", Duration.ofSeconds(20));

        assertTrue(probe.isProbe());
        assertFalse(probe.withInterval(10_000).isProbe());
        assertEquals("0", OcfEnvironment.of(probe, PM02).get("OCF_RESKEY_CRM_meta_interval"));
    }

    @Test
    void environment_metaData_hasNoParametersOrMeta() {
        var operation = OcfOperation.of("vip", "heartbeat", "IPaddr2", "meta-data", Duration.ofSeconds(5))
                .withParameter("ip", "192.168.0.10");

        assertEquals("""
                OCF_ROOT=/usr/lib/ocf
                OCF_RA_VERSION_MAJOR=1
                OCF_RA_VERSION_MINOR=1
                OCF_RESOURCE_INSTANCE=vip
                OCF_RESOURCE_TYPE=IPaddr2
                OCF_RESOURCE_PROVIDER=heartbeat
                OCF_EXIT_REASON_PREFIX=ocf-exit-reason:
                HA_SBIN_DIR=/usr/libexec/paceline/faces
                HA_RSCTMP=/run/resource-agents
                HA_VARRUN=/var/run
                PATH=/usr/libexec/paceline/faces:/usr/sbin:/usr/bin:/sbin:/bin
                """, lines(OcfEnvironment.of(operation, PM02)));
    }

    @Test
    void environment_metaGivenTwice_keepsTheOperationsOwn() {
        var operation = OcfOperation.of("vip", "heartbeat", "IPaddr2", "start", Duration.ofSeconds(20))
                .withMeta("timeout", "1").withMeta("on_node", "elsewhere");

        var environment = OcfEnvironment.of(operation, PM02);

        assertEquals("20000", environment.get("OCF_RESKEY_CRM_meta_timeout"));
        assertEquals("pm02", environment.get("OCF_RESKEY_CRM_meta_on_node"));
    }

    @Test
    void environment_namesNoEnvironmentHolds_areLeftOut() {
        var operation = OcfOperation.of("vip", "heartbeat", "IPaddr2", "start", Duration.ofSeconds(20))
                .withParameter("a=b", "1").withParameter("nul\0name", "2").withParameter("nic", "eth\0")
                .withParameter("ip", "192.168.0.10");

        var environment = OcfEnvironment.of(operation, PM02);

        assertEquals("192.168.0.10", environment.get("OCF_RESKEY_ip"));
        assertFalse(environment.keySet().stream().anyMatch(name -> name.contains("=") || name.contains("\0")));
        assertFalse(environment.containsKey("OCF_RESKEY_nic"));
    }

    @Property(tries = 200)
    void environment_anyParameters_neverThrowsAndKeepsEveryHoldableOne(
            @ForAll("parameters") Map<String, String> parameters) {
        var operation = OcfOperation.of("r", "heartbeat", "Dummy", "start", Duration.ofSeconds(20));
        for (var parameter : parameters.entrySet()) {
            operation = operation.withParameter(parameter.getKey(), parameter.getValue());
        }

        var environment = OcfEnvironment.of(operation, PM02);

        for (var parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            boolean holdable = !name.contains("=") && !name.contains("\0") && !parameter.getValue().contains("\0")
                    && !name.startsWith("CRM_meta_") && !name.equals("crm_feature_set");
            if (holdable) {
                assertEquals(parameter.getValue(), environment.get("OCF_RESKEY_" + name), name);
            }
        }
        assertEquals("/usr/lib/ocf", environment.get("OCF_ROOT"));
        assertEquals(PM02.searchPath(), environment.get("PATH"));
    }

    @Provide
    Arbitrary<Map<String, String>> parameters() {
        var names = Arbitraries.strings().withChars("abcXYZ_-=.\0 ").ofMinLength(0).ofMaxLength(8);
        var values = Arbitraries.strings().withChars("ab \n=:\0é").ofMaxLength(12);
        return Arbitraries.maps(names, values).ofMaxSize(6);
    }

    private static String lines(SequencedMap<String, String> environment) {
        return environment.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue() + "\n")
                .collect(Collectors.joining());
    }
}
