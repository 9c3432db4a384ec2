package org.paceline.node.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.paceline.cib.Cib;
import org.paceline.cib.Configuration;
import org.paceline.cib.crm.CrmReader;
import org.paceline.node.store.CibUpdate;

/** Simulated clusters for the tests: started, configured with crm text, run until the configuration took. */
final class SimClusters {
    private SimClusters() {}

    static SimCluster configured(long seed, String crm, String... nodes) {
        var cluster = SimCluster.start(seed, Cib.of(Configuration.EMPTY), nodes);
        var configuration = CrmReader.read("test.crm", crm).orThrow().cib().configuration();
        String request = cluster.update(nodes[nodes.length - 1], new CibUpdate.ReplaceConfiguration(configuration));
        cluster.runFor(Duration.ofSeconds(10));
        assertTrue(cluster.answer(request).isPresent(), "the configuration was not acknowledged");
        return cluster;
    }

    /** The first line at or after {@code from} that equals {@code line}, or -1. */
    static int indexOf(List<String> lines, String line, int from) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (lines.get(i).equals(line)) {
                return i;
            }
        }
        return -1;
    }

    static String story(SimCluster cluster) {
        return "seed " + cluster.seed() + "\n" + String.join("\n", cluster.history());
    }
}
