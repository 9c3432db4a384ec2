package org.paceline.scheduler.graph;

import java.util.ArrayList;
import java.util.List;

import org.paceline.cib.rules.Score;
import org.paceline.scheduler.state.ClusterState;
import org.paceline.scheduler.state.ResourceInstance;

/**
 * A resource's {@code priority} meta attribute: the order Pacemaker handles resources in
 * (higher first, configuration order among equals), and the priority of their synapses.
 */
final class ResourcePriority {
    private ResourcePriority() {}

    /** The top-level resources, higher priority first; equal priorities keep configuration order. */
    static List<ResourceInstance> ordered(ClusterState state) {
        var tops = new ArrayList<>(state.resources());
        tops.sort((a, b) -> Integer.compare(of(b), of(a)));
        return tops;
    }

    static int of(ResourceInstance resource) {
        String value = resource.meta().get("priority");
        if (value == null) {
            return 0;
        }
        return Score.parse(value);
    }
}
