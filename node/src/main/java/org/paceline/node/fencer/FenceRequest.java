package org.paceline.node.fencer;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.paceline.scheduler.graph.ClusterAction;

/**
 * A request to fence one node, from the controller (a transition's fence action) or an
 * operator ({@code stonith_admin --reboot NODE}).
 *
 * @param target    the node to fence (its uname)
 * @param origin    the node the request came from, as the history shows it
 * @param requestId the requester's name for it, returned in its {@link FencerEffect.FencingCompleted}
 * @param priorityDelay the scheduler's {@code priority-fencing-delay} for this target: waited
 *                  once before the first device, added to that device's {@code pcmk_delay_*}
 *                  (as Pacemaker adds them); null when none was given
 */
public record FenceRequest(String target, FenceAction action, String origin, String requestId,
                           Duration priorityDelay) {
    /** A request with no {@code priority-fencing-delay}: the devices' own delays apply. */
    public FenceRequest(String target, FenceAction action, String origin, String requestId) {
        this(target, action, origin, requestId, null);
    }

    public FenceRequest {
        Objects.requireNonNull(target, "a fencing request names its target");
        Objects.requireNonNull(action, "a fencing request names its action");
        Objects.requireNonNull(requestId, "a fencing request has an id");
        origin = origin == null ? "" : origin;
    }

    /**
     * The request a transition's fencing action ({@code crm_event} {@code stonith}) makes, its
     * action from {@code CRM_meta_stonith_action}; empty for any other cluster action. The
     * controller must hold every action that waits for it (the recovery of the node's
     * resources elsewhere) until the request's {@code FencingCompleted} says it succeeded.
     */
    public static Optional<FenceRequest> of(ClusterAction action, String origin, String requestId) {
        if (!action.task().equals("stonith")) {
            return Optional.empty();
        }
        return FenceAction.parse(action.attributes().getOrDefault("CRM_meta_stonith_action", "reboot"))
                .map(fenceAction -> {
                    String priority = action.attributes().get("CRM_meta_priority_fencing_delay");
                    return new FenceRequest(action.node(), fenceAction, origin, requestId,
                            priority == null ? null : Duration.ofSeconds(Long.parseLong(priority.strip())));
                });
    }
}
