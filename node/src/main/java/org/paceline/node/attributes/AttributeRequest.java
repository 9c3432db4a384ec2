package org.paceline.node.attributes;

import java.time.Duration;

/**
 * A change a client asks of node attributes: {@code attrd_updater -U|-B|-Y|-D},
 * {@code crm_attribute -v|-D}, an agent's {@code crm_master}.
 */
public sealed interface AttributeRequest {
    String node();

    String name();

    Lifetime lifetime();

    /**
     * A value set ({@code -U}), or value and delay both ({@code -B}).
     *
     * @param dampen      how long to wait for further changes before writing; null or zero for
     *                    none. Without {@code updateDelay} it counts only when the attribute is
     *                    new, as in Pacemaker
     * @param setId       the set to write a permanent attribute into, or null for the node's
     *                    first; transient attributes always go to {@code status-<node id>}
     * @param updateDelay true for {@code -B}: the attribute's delay becomes {@code dampen}
     */
    record UpdateAttribute(String node, String name, String value, Duration dampen, Lifetime lifetime, String setId,
                           boolean updateDelay) implements AttributeRequest {}

    /** Only the delay changed ({@code attrd_updater -Y -d}); null or zero removes it. */
    record UpdateDelay(String node, String name, Duration dampen, Lifetime lifetime) implements AttributeRequest {}

    /** The value removed ({@code -D}); removal is dampened like any change. */
    record DeleteAttribute(String node, String name, Lifetime lifetime) implements AttributeRequest {}
}
