package org.paceline.cli.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.cli.harness.HarnessCibs;
import org.paceline.cli.harness.HarnessDaemon;

/**
 * The faces as agents reach them: processes from {@code sbin/} found through
 * {@code HA_SBIN_DIR} and {@code PATH}, driven by Debian's own OCF shell functions.
 */
class OcfShellFunctionsTest {
    private static final Path SHELL_FUNCTIONS = Path.of("/usr/lib/ocf/lib/heartbeat/ocf-shellfuncs");

    @TempDir
    Path dir;
    private HarnessDaemon daemon;
    private Path socket;
    private Path sbin;

    @BeforeEach
    void start() throws IOException {
        assumeTrue(Files.isReadable(SHELL_FUNCTIONS), "Debian's resource-agents are not installed");
        socket = dir.resolve("paceline.sock");
        daemon = HarnessDaemon.start(socket, HarnessCibs.pgsqlPair(), "pm01");
        sbin = Path.of(System.getProperty("user.dir")).getParent().resolve("sbin");
    }

    @AfterEach
    void stop() throws IOException {
        if (daemon != null) {
            daemon.close();
        }
    }

    @Test
    void ocfLocalNodename_asksPacemakerdThenCrmNode_andGetsTheClusterName() throws Exception {
        // pm01 is the cluster's name for this node; uname -n would say the machine's.
        assertEquals(new Result(0, "pm01\n"), shell(". " + SHELL_FUNCTIONS + "; ocf_local_nodename", "3.16.2"));
    }

    @Test
    void ocfPromotionScore_newFeatureSet_goesThroughCrmAttributePromotion() throws Exception {
        assertEquals(0, shell(". " + SHELL_FUNCTIONS + "; ocf_promotion_score -v 1000", "3.16.2").code());
        assertEquals(new Result(0, "1000\n"), shell("$HA_SBIN_DIR/crm_attribute -l reboot -N pm01 -n master-pgsql -G -q",
                "3.16.2"));
    }

    @Test
    void ocfPromotionScore_oldFeatureSet_goesThroughCrmMaster() throws Exception {
        assertEquals(0, shell(". " + SHELL_FUNCTIONS + "; ocf_promotion_score -v -INFINITY", "3.0.14").code());
        assertEquals(new Result(0, "-INFINITY\n"), shell("crm_attribute -l reboot -n master-pgsql -G -q", "3.0.14"));
    }

    @Test
    void pgsqlsCalls_asItWritesThem() throws Exception {
        String script = """
                CRM_ATTR_REBOOT="${HA_SBIN_DIR}/crm_attribute -l reboot"
                CRM_ATTR_FOREVER="${HA_SBIN_DIR}/crm_attribute -l forever"
                $CRM_ATTR_REBOOT -N "pm02" -n "pgsql-status" -v "HS:alone" || exit 10
                output=`$CRM_ATTR_REBOOT -N "pm02" -n "pgsql-status" -G -q 2>/dev/null`
                [ "$output" = "HS:alone" ] || exit 11
                $CRM_ATTR_FOREVER -N pm02 -n pgsql-data-status -v "DISCONNECT" || exit 12
                [ "`$CRM_ATTR_FOREVER -N pm02 -n pgsql-data-status -G -q`" = DISCONNECT ] || exit 13
                crm_mon -1 --output-as=xml | grep -q -i -E "<resource id=\\"pgsql\\" .* role=\\"(Promoted|Master)\\"" || exit 14
                crm_mon -1 --output-as=xml | grep -q -i "<node name=\\"pm02\\" .* online=\\"true\\"" || exit 15
                attrd_updater -n pgsql-receiver-status -v "normal (master)" || exit 16
                ${HA_SBIN_DIR}/crm_resource -B -r msPostgresql -N pm02 -Q || exit 17
                echo ok
                """;
        assertEquals(new Result(0, "ok\n"), shell(script, "3.16.2"));
    }

    private record Result(int code, String out) {}

    private Result shell(String script, String featureSet) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(List.of("/bin/sh", "-c", script)).redirectError(dir.resolve("err").toFile());
        var env = builder.environment();
        env.put("PATH", sbin + File.pathSeparator + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("HA_SBIN_DIR", sbin.toString());
        env.put("OCF_ROOT", "/usr/lib/ocf");
        env.put("OCF_RESOURCE_INSTANCE", "pgsql");
        env.put("OCF_RESKEY_crm_feature_set", featureSet);
        env.put("PACELINE_SOCKET", socket.toString());
        // The test's own class path stands in for the prepared one: no AOT cache, same code.
        env.put("PACELINE_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        env.put("PACELINE_FACES_CLASSPATH", System.getProperty("java.class.path"));
        var process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();
        if (code != 0) {
            out += Files.readString(dir.resolve("err"));
        }
        return new Result(code, out);
    }
}
