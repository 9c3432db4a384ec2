package org.paceline.node.membership;

/**
 * The door between this node and the other members of its cluster: views in, messages in
 * and out.
 *
 * <p>Messages are opaque bytes. Between two members that stay in one view, messages
 * arrive once each, in the order they were sent (FIFO per sender); across a view change a
 * message may be lost, so a part that needs an answer re-asks after the next view. A
 * message to a node outside the current view is dropped. {@link #broadcast} reaches every
 * member of the current view, this node included, as corosync's CPG does.
 *
 * <p>Thread rule: the listener is called by one thread at a time, never concurrently,
 * in the order events happened; {@code send} and {@code broadcast} may be called from
 * any thread, the listener's included, and do not wait for the message to arrive.
 */
public interface Membership {

    /**
     * Joins the cluster. The listener hears this node's first view (alone, or with the
     * members it found) and everything after it until {@link #stop}.
     *
     * @throws IllegalStateException when already started, or when the node cannot join
     *                               at all (its address is taken, for one)
     */
    void start(MembershipListener listener);

    /** Sends a message to one member by node name; dropped when it is not in the view. */
    void send(String toNode, byte[] message);

    /** Sends a message to every member of the current view, this node included. */
    void broadcast(byte[] message);

    /** Leaves the cluster: the others see a view without this node; no callback follows. */
    void stop();
}
