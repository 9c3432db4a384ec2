package org.paceline.cib.status;

import java.util.List;

import org.paceline.cib.Extras;

/**
 * The operations one node ran for one resource ({@code lrm_resource}).
 *
 * @param extras other attributes (container, ...) and unknown children
 */
public record ResourceHistory(String id, String resourceClass, String provider, String type,
                              List<OperationRecord> operations, Extras extras) {
    public ResourceHistory {
        operations = List.copyOf(operations);
        extras = extras == null ? Extras.NONE : extras;
    }
}
