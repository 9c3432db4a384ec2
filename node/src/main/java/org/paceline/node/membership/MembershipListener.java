package org.paceline.node.membership;

/**
 * What a daemon part hears from {@link Membership}: views and messages.
 *
 * <p>Called by one thread at a time (see {@link Membership}); an implementation should
 * return quickly, since the next event waits for it.
 */
public interface MembershipListener {

    /** The set of members this node can talk to changed (or was first formed). */
    void viewChanged(MembershipView view);

    /** A message from a member of the current view. */
    void received(String fromNode, byte[] message);
}
