package org.paceline.node.attributes;

import java.time.Instant;

/**
 * What goes into {@link NodeAttributes}; each event carries the instant it happened at. Every
 * node's core is fed the same events in the same order (requests are broadcast by the
 * daemon), so every node can answer queries and any node can take over writing.
 */
public sealed interface AttributeEvent {
    Instant at();

    /** A client's change, in the order the cluster delivers it. */
    record Requested(AttributeRequest request, Instant at) implements AttributeEvent {}

    /** A {@link AttributeEffect.SetTimer} came due. */
    record TimerFired(String timerId, Instant at) implements AttributeEvent {}

    /**
     * The node that writes attributes to the CIB (the DC) is now {@code writer}, or none when
     * null. The core that becomes the writer writes every value not waiting for a delay.
     */
    record WriterChanged(String writer, Instant at) implements AttributeEvent {}

    /** A node left the cluster: its transient attributes are gone. */
    record NodeLeft(String node, Instant at) implements AttributeEvent {}

    /** A node (re)joined the cluster. */
    record NodeJoined(String node, Instant at) implements AttributeEvent {}
}
