package org.paceline.node.executor;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

/**
 * One call of a fence agent, as the fencer asks for it.
 *
 * @param agent            the agent's name ({@code fence_ipmilan}): a file in the fence directory
 * @param action           reboot, off, on, status, monitor, list, metadata, validate-all
 * @param target           the node to act on ({@code nodename=}), or null for device-wide actions
 * @param port             the value of the host argument: the target's alias from the
 *                         device's host map, or the target itself; null when no target
 * @param hostArgument     the name the agent takes the port under when the device does not
 *                         set {@code pcmk_host_argument}: {@code plug} when its metadata has
 *                         it, else {@code port}; null means {@code port}
 * @param deviceParameters the device's parameters as configured, in order
 * @param timeout          how long the agent may run
 */
public record FenceOperation(String agent, String action, String target, String port, String hostArgument,
                             SequencedMap<String, String> deviceParameters, Duration timeout) {
    public FenceOperation {
        deviceParameters = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(deviceParameters));
    }

    /** A call about {@code target} (or none, when null) whose port is the target's own name. */
    public static FenceOperation of(String agent, String action, String target,
                                    SequencedMap<String, String> deviceParameters, Duration timeout) {
        return new FenceOperation(agent, action, target, target, null, deviceParameters, timeout);
    }

    public FenceOperation withPort(String value) {
        return new FenceOperation(agent, action, target, value, hostArgument, deviceParameters, timeout);
    }

    public FenceOperation withHostArgument(String name) {
        return new FenceOperation(agent, action, target, port, name, deviceParameters, timeout);
    }
}
