package org.paceline.cli.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.paceline.cli.harness.AgainstHarnessDaemon;

/** crm_attribute, crm_master and attrd_updater against the harness daemon, as pgsql and ping call them. */
class CrmAttributeTest extends AgainstHarnessDaemon {
    @Test
    void query_ofAnotherNodesTransientAttribute_printsScopeNameValue() {
        assertEquals(new FaceRun(0, "scope=status  name=pgsql-status value=HS:sync\n", ""),
                FaceRun.of(socket, "crm_attribute", "-l", "reboot", "-N", "pm02", "-n", "pgsql-status", "-G"));
        assertEquals(new FaceRun(0, "HS:sync\n", ""),
                FaceRun.of(socket, "crm_attribute", "-l", "reboot", "-N", "pm02", "-n", "pgsql-status", "-G", "-q"));
    }

    @Test
    void update_thenQuery_thenDelete_thenQueryIsNoSuchObject() {
        assertEquals(new FaceRun(0, "", ""), FaceRun.of(socket, "crm_attribute", "-l", "reboot", "-N", "pm01",
                "-n", "pgsql-xlog-loc", "-v", "0000000003000060"));
        assertEquals(new FaceRun(0, "0000000003000060\n", ""), FaceRun.of(socket, "crm_attribute", "-l", "reboot",
                "-N", "pm01", "-n", "pgsql-xlog-loc", "-G", "-q"));
        assertEquals(new FaceRun(0, "", ""), FaceRun.of(socket, "crm_attribute", "-l", "reboot", "-N", "pm01",
                "-n", "pgsql-xlog-loc", "-D"));
        assertEquals(new FaceRun(105, "", "crm_attribute: Error performing operation: No such device or address\n"),
                FaceRun.of(socket, "crm_attribute", "-l", "reboot", "-N", "pm01", "-n", "pgsql-xlog-loc", "-G", "-q"));
    }

    @Test
    void forever_isTheNodesSection_andTheOldTypeOptionToo() {
        assertEquals(0, FaceRun.of(socket, "crm_attribute", "-l", "forever", "-N", "pm02", "-n", "pgsql-data-status",
                "-v", "STREAMING|SYNC").exitCode());
        assertEquals(new FaceRun(0, "scope=nodes  name=pgsql-data-status value=STREAMING|SYNC\n", ""),
                FaceRun.of(socket, "crm_attribute", "-t", "nodes", "-N", "pm02", "--name", "pgsql-data-status",
                        "--query"));
        // Permanent and transient are two attributes: the reboot one stays absent.
        assertEquals(105, FaceRun.of(socket, "crm_attribute", "-t", "status", "-N", "pm02", "-n",
                "pgsql-data-status", "-G").exitCode());
    }

    @Test
    void clusterProperty_isTheDefaultScopeWithoutNodeOrLifetime() {
        assertEquals(new FaceRun(0, "scope=crm_config  name=stonith-enabled value=true\n", ""),
                FaceRun.of(socket, "crm_attribute", "-n", "stonith-enabled", "-G"));
        assertEquals(new FaceRun(0, "scope=crm_config  name=no-such value=fallback\n", ""),
                FaceRun.of(socket, "crm_attribute", "-n", "no-such", "-G", "-d", "fallback"));
    }

    @Test
    void promotion_setsMasterScoreOfTheLocalNode_resourceFromTheEnvironmentOrTheOption() {
        assertEquals(0, FaceRun.of(socket, "crm_attribute", "-p", "-v", "10").exitCode());
        assertEquals(new FaceRun(0, "10\n", ""), FaceRun.of(socket, "crm_attribute", "-l", "reboot", "-N", "pm01",
                "-n", "master-pgsql", "-G", "-q"));
        assertEquals(0, FaceRun.of(socket, "crm_attribute", "--promotion=pgsql:1", "-v", "-INFINITY").exitCode());
        assertEquals(new FaceRun(0, "scope=status  name=master-pgsql value=-INFINITY\n", ""),
                FaceRun.of(socket, "crm_attribute", "--promotion", "pgsql", "-G"));
    }

    @Test
    void crmMaster_withRebootLifetime_isTheTransientPromotionScore() {
        assertEquals(0, FaceRun.of(socket, "crm_master", "-l", "reboot", "-v", "100").exitCode());
        assertEquals(new FaceRun(0, "100\n", ""), FaceRun.of(socket, "crm_attribute", "-l", "reboot", "-N", "pm01",
                "-n", "master-pgsql", "-G", "-q"));
        assertEquals(0, FaceRun.of(socket, "crm_master", "-l", "reboot", "-D").exitCode());
        assertEquals(105, FaceRun.of(socket, "crm_attribute", "-l", "reboot", "-n", "master-pgsql", "-G").exitCode());
    }

    @Test
    void attrdUpdater_updateQueryDelete_asPingAndPgsqlCallIt() {
        assertEquals(new FaceRun(0, "", ""), FaceRun.of(socket, "attrd_updater", "-n", "default_ping_set", "-B", "0",
                "-d", "5s"));
        assertEquals(new FaceRun(0, "name=\"default_ping_set\" host=\"pm01\" value=\"0\"\n"
                        + "name=\"default_ping_set\" host=\"pm02\" value=\"100\"\n", ""),
                FaceRun.of(socket, "attrd_updater", "-n", "default_ping_set", "-Q", "-A"));
        assertEquals(0, FaceRun.of(socket, "attrd_updater", "-n", "pgsql-receiver-status", "-v", "normal").exitCode());
        assertEquals(new FaceRun(0, "name=\"pgsql-receiver-status\" host=\"pm01\" value=\"normal\"\n", ""),
                FaceRun.of(socket, "attrd_updater", "-n", "pgsql-receiver-status", "-Q"));
        assertEquals(0, FaceRun.of(socket, "attrd_updater", "-D", "-n", "pgsql-receiver-status").exitCode());
        assertEquals(new FaceRun(105, "", "attrd_updater: Could not query value of pgsql-receiver-status:"
                + " attribute does not exist\n"), FaceRun.of(socket, "attrd_updater", "-n", "pgsql-receiver-status", "-Q"));
    }

    @Test
    void usageMistakes_exitWithUsage() {
        assertEquals(64, FaceRun.of(socket, "crm_attribute", "-G").exitCode());
        assertEquals(64, FaceRun.of(socket, "crm_attribute", "-n", "x", "-l", "sometimes", "-G").exitCode());
        assertEquals(new FaceRun(64, "", "crm_attribute: invalid option -- 'k' (see crm_attribute --help)\n"),
                FaceRun.of(socket, "crm_attribute", "-k"));
        assertEquals(64, FaceRun.of(socket, "attrd_updater", "-n", "x", "-d", "soon", "-U", "1").exitCode());
    }
}
