package org.paceline.scheduler.placement;

import java.util.Map;

import org.paceline.cib.rules.IntervalSpec;
import org.paceline.cib.rules.Score;
import org.paceline.cib.rules.Values;
import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ResourceInstance;

/**
 * What the history forbids: nodes where a stop failed or a hard error happened, every
 * node after a fatal error, nodes where the fail count reached migration-threshold.
 * For an anonymous clone the whole clone is kept away, since its instances are alike.
 */
final class Bans {
    private final Placement placement;

    Bans(Placement placement) {
        this.placement = placement;
    }

    void apply() {
        long now = placement.state.now().getEpochSecond();
        for (ResourceInstance r : placement.state.allResources()) {
            if (r.variant() != ResourceInstance.Variant.PRIMITIVE) {
                continue;
            }
            ResourceInstance target = scope(r);
            if (r.fatalFailure()) {
                for (ClusterNode node : placement.state.nodes()) {
                    ban(target, node, r.id() + " failed fatally (not configured): banned everywhere");
                }
            }
            for (Map.Entry<ClusterNode, String> banned : r.bannedFrom().entrySet()) {
                ban(target, banned.getKey(), r.id() + ": " + banned.getValue() + " there");
            }
            int threshold = migrationThreshold(r);
            if (threshold <= 0 || r.failureIgnored() && !r.failed()) {
                continue; // failures it is told to ignore do not count towards the threshold either
            }
            long timeout = failureTimeoutSeconds(r);
            for (Map.Entry<ClusterNode, Integer> entry : r.failCounts().entrySet()) {
                if (entry.getValue() <= 0) {
                    continue;
                }
                Long last = r.lastFailure().get(entry.getKey());
                if (timeout > 0 && last != null && last + timeout <= now) {
                    continue;
                }
                if (entry.getValue() >= threshold) {
                    ban(target, entry.getKey(), r.id() + " failed " + entry.getValue()
                            + " time(s) there, migration-threshold " + threshold);
                }
            }
        }
    }

    private static ResourceInstance scope(ResourceInstance r) {
        var clone = r.clone();
        if (clone.isPresent() && !Values.isTrue(clone.get().meta().get("globally-unique"))) {
            return clone.get();
        }
        return r;
    }

    private void ban(ResourceInstance target, ClusterNode node, String why) {
        for (ResourceInstance r : target.selfAndDescendants()) {
            var scores = placement.allowed.get(r);
            if (scores != null) {
                scores.put(node, -Score.INFINITY);
                placement.audit.set(r, node, -Score.INFINITY, why);
            }
        }
    }

    static int migrationThreshold(ResourceInstance r) {
        String value = r.meta().get("migration-threshold");
        return value == null ? Score.INFINITY : Score.parse(value);
    }

    static long failureTimeoutSeconds(ResourceInstance r) {
        String value = r.meta().get("failure-timeout");
        return value == null ? 0 : IntervalSpec.millis(value).orElse(0) / 1000;
    }
}
