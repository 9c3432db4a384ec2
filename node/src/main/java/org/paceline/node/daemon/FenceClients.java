package org.paceline.node.daemon;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Operators' fencing requests waiting for their answer, and where each answer goes: to a
 * local client, or back to the node that forwarded the request to this DC. A forwarded
 * request is known here as {@code NODE//ID}, so that two nodes' ids never meet.
 */
final class FenceClients {
    private static final String FORWARDED = "//";

    private final String self;
    private final Map<String, String> requesters = new LinkedHashMap<>();

    FenceClients(String self) {
        this.self = self;
    }

    /** Where an answer goes: this node's client, or {@code node}'s under its own id. */
    record Requester(String node, String requestId, boolean local) {}

    void local(String requestId) {
        requesters.put(requestId, self);
    }

    /** A request forwarded by {@code from}; gives the id it is known by here. */
    String forwarded(String from, String requestId) {
        String key = from + FORWARDED + requestId;
        requesters.put(key, from);
        return key;
    }

    boolean waiting(String requestId) {
        return requesters.containsKey(requestId);
    }

    /** Takes the request's requester, when an operator asked for it. */
    Optional<Requester> answered(String requestId) {
        String node = requesters.remove(requestId);
        if (node == null) {
            return Optional.empty();
        }
        if (node.equals(self)) {
            return Optional.of(new Requester(self, requestId, true));
        }
        return Optional.of(new Requester(node, requestId.substring(requestId.indexOf(FORWARDED) + FORWARDED.length()),
                false));
    }
}
