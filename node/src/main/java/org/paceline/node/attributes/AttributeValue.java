package org.paceline.node.attributes;

import java.time.Duration;

/**
 * One node's value of one attribute, as {@code attrd_updater -Q} shows it.
 *
 * @param value   the current value, including one still waiting for its delay; null when deleted
 * @param written the value this core last saw written to the CIB, or null
 * @param pending whether {@code value} waits for the delay before it is written
 * @param dampen  the attribute's delay; zero for none
 */
public record AttributeValue(String node, String name, Lifetime lifetime, String value, String written,
                             boolean pending, Duration dampen) {}
