package org.paceline.bench.generated;

import java.time.Instant;

import org.paceline.cib.Attrs;
import org.paceline.cib.Cib;
import org.paceline.cib.CibVersion;
import org.paceline.cib.Extras;
import org.paceline.cib.xml.CibXmlWriter;

/**
 * A whole CIB generated from a {@link ClusterShape}: what the scheduler benchmarks
 * schedule and what both schedulers are compared on. Deterministic: the same shape
 * gives the same CIB, and the same XML. Stateless and thread-safe.
 */
public final class GeneratedCluster {
    /** The schema the generated XML declares: the newest Pacemaker 2.1 validates. */
    public static final String SCHEMA = "pacemaker-3.7";

    private GeneratedCluster() {}

    /** The CIB, configuration and status, with the execution date crm_simulate takes as "now". */
    public static Cib of(ClusterShape shape, ClusterCondition condition) {
        ClusterLayout layout = ClusterLayout.of(shape);
        var extras = Extras.of(Attrs.of(
                "validate-with", SCHEMA,
                "crm_feature_set", GeneratedStatus.FEATURE_SET,
                "have-quorum", "1",
                "dc-uuid", "1",
                "execution-date", Long.toString(GeneratedStatus.EXECUTION_DATE)));
        return new Cib(new CibVersion(0, 1, 0), GeneratedConfiguration.of(layout), GeneratedStatus.of(layout, condition), extras);
    }

    /** The CIB as Pacemaker XML. */
    public static String xml(ClusterShape shape, ClusterCondition condition) {
        return CibXmlWriter.write(of(shape, condition));
    }

    /** The instant both schedulers take as "now": the CIB's execution date. */
    public static Instant now() {
        return Instant.ofEpochSecond(GeneratedStatus.EXECUTION_DATE);
    }

    /** The node the node-lost condition loses, or null when the shape is too small to lose one. */
    public static String lostNode(ClusterShape shape) {
        return ClusterLayout.of(shape).lostNode();
    }

    /** The smallest CIB crm_simulate accepts: one node, nothing to run; its run time is start-up alone. */
    public static String trivialXml() {
        return xml(new ClusterShape("trivial", 1, 1, 0), ClusterCondition.HEALTHY);
    }
}
