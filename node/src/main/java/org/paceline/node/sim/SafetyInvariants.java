package org.paceline.node.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.paceline.cib.Cib;
import org.paceline.cib.resources.Bundle;
import org.paceline.cib.resources.Clone;
import org.paceline.cib.resources.Group;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.resources.Resource;

/**
 * The two promises a cluster manager must never break, judged on the agents' ground truth:
 * a resource that is not a clone is active on one host at most, and a promotable clone is
 * promoted on no more hosts than its {@code promoted-max} (default 1).
 */
public final class SafetyInvariants {
    private SafetyInvariants() {}

    /** What is broken now, one line each; empty when all is well. */
    public static List<String> broken(Cib configuration, SimAgents agents) {
        var broken = new ArrayList<String>();
        for (Resource resource : configuration.configuration().resources()) {
            judge(resource, agents, broken);
        }
        return broken;
    }

    private static void judge(Resource resource, SimAgents agents, List<String> broken) {
        switch (resource) {
            case Primitive primitive -> {
                if (primitive.isFencingDevice()) {
                    return; // A fence device "runs" where it is monitored; two monitors are harmless.
                }
                Set<String> hosts = agents.hostsOf(primitive.id());
                if (hosts.size() > 1) {
                    broken.add(primitive.id() + " active on " + String.join(" and ", hosts));
                }
            }
            case Group group -> group.members().forEach(member -> judge(member, agents, broken));
            case Clone clone -> {
                if (!clone.promotable()) {
                    return;
                }
                int allowed = clone.meta("promoted-max").or(() -> clone.meta("master-max"))
                        .map(SafetyInvariants::integer).orElse(1);
                clone.child().selfAndDescendants()
                        .filter(Primitive.class::isInstance)
                        .forEach(child -> {
                            Set<String> promoted = agents.promotedOn(child.id());
                            if (promoted.size() > allowed) {
                                broken.add(child.id() + " promoted on " + String.join(" and ", promoted));
                            }
                        });
            }
            case Bundle bundle -> { }
        }
    }

    private static int integer(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
