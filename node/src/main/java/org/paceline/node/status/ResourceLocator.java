package org.paceline.node.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.paceline.cib.Cib;
import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ClusterState;
import org.paceline.scheduler.state.ResourceInstance;
import org.paceline.scheduler.state.Role;

/** Where a resource is active, as {@code crm_resource -W} reports it; pure. */
public final class ResourceLocator {
    private ResourceLocator() {}

    /**
     * Every node the resource (or, for a group or clone, any of its primitives) is active
     * on, with the role there; empty optional when the CIB has no such resource.
     */
    public static Optional<List<ResourceLocation>> locate(Cib cib, String resource, Instant now) {
        ClusterState state = ClusterState.unpack(cib, now);
        var found = state.allResources().stream()
                .filter(r -> r.id().equals(resource) || r.configId().equals(resource)).toList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var locations = new ArrayList<ResourceLocation>();
        for (ResourceInstance match : found) {
            for (ResourceInstance primitive : match.primitives()) {
                primitive.roleOn().forEach((ClusterNode node, Role role) -> {
                    if (role.compareTo(Role.STARTED) >= 0) {
                        var location = new ResourceLocation(node.name(), role == Role.STARTED
                                && primitive.top().isPromotable() ? Role.UNPROMOTED.text() : role.text());
                        if (!locations.contains(location)) {
                            locations.add(location);
                        }
                    }
                });
            }
        }
        return Optional.of(List.copyOf(locations));
    }
}
