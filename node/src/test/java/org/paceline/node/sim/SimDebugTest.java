package org.paceline.node.sim;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Cib;
import org.paceline.cib.crm.CrmReader;
import org.paceline.cib.xml.CibXmlWriter;
import org.paceline.node.store.CibUpdate;

class SimDebugTest {
    @Test
    void debug() {
        var cluster = SimCluster.start(1, Cib.of(org.paceline.cib.Configuration.EMPTY), "pm01", "pm02");
        var configuration = CrmReader.read("t", """
            property stonith-enabled=true no-quorum-policy=ignore
            primitive fence-dev stonith:fence_paceline_test params pcmk_host_list="pm01 pm02" op monitor interval=60s
            primitive vip ocf:heartbeat:Dummy op monitor interval=10s timeout=20s
            location vip-prefers-pm01 vip 100: pm01
            """).orThrow().cib().configuration();
        String request = cluster.update("pm02", new CibUpdate.ReplaceConfiguration(configuration));
        cluster.runFor(Duration.ofSeconds(10));
        System.out.println("ANSWER " + cluster.answer(request));
        cluster.fullLog().forEach(l -> System.out.println("LOG " + l));
        cluster.history().forEach(l -> System.out.println("HIST " + l));
        System.out.println(cluster.agents().calls());
        System.out.println(CibXmlWriter.write(cluster.core("pm01").cib()));
    }
}
