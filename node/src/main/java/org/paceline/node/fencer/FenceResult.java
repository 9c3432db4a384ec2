package org.paceline.node.fencer;

import java.time.Instant;

/**
 * How one fencing request ended.
 *
 * @param succeeded true when the target is fenced (for {@code on}: powered on)
 * @param reason    why it failed, in one line (empty on success)
 * @param device    the devices that did it (comma-separated when a level had several), or
 *                  the last tried when it failed; empty when none was tried
 * @param executor  the node that ran the devices (Pacemaker's "delegate")
 * @param completed when it ended
 */
public record FenceResult(FenceRequest request, boolean succeeded, String reason, String device, String executor,
                          Instant completed) {
    public FenceResult {
        reason = reason == null ? "" : reason;
        device = device == null ? "" : device;
        executor = executor == null ? "" : executor;
    }
}
