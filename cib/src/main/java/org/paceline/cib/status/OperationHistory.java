package org.paceline.cib.status;

import java.util.List;

import org.paceline.cib.Extras;

/**
 * A node's operation history ({@code lrm} and its {@code lrm_resources}).
 *
 * @param resourcesId the id of the {@code lrm_resources} element, or null
 * @param resourcesPresent whether an {@code lrm_resources} element was there (an empty one is meaningful)
 */
public record OperationHistory(String id, String resourcesId, boolean resourcesPresent,
                               List<ResourceHistory> resources, Extras extras) {
    public OperationHistory {
        resources = List.copyOf(resources);
        extras = extras == null ? Extras.NONE : extras;
    }
}
