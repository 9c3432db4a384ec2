package org.paceline.node.fencer;

import java.util.Objects;

/**
 * A request to fence one node, from the controller (a transition's fence action) or an
 * operator ({@code stonith_admin --reboot NODE}).
 *
 * @param target    the node to fence (its uname)
 * @param origin    the node the request came from, as the history shows it
 * @param requestId the requester's name for it, returned in its {@link FencerEffect.FencingCompleted}
 */
public record FenceRequest(String target, FenceAction action, String origin, String requestId) {
    public FenceRequest {
        Objects.requireNonNull(target, "a fencing request names its target");
        Objects.requireNonNull(action, "a fencing request names its action");
        Objects.requireNonNull(requestId, "a fencing request has an id");
        origin = origin == null ? "" : origin;
    }
}
