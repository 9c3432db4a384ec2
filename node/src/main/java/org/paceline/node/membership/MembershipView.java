package org.paceline.node.membership;

import java.util.List;

/**
 * One membership view: the nodes that can talk to each other right now.
 *
 * @param id      increases with each view this node sees (not comparable across partitions)
 * @param members node names in join order, oldest first; never empty
 * @param merge   whether this view joins partitions that had views of their own (after a
 *                split heals), rather than adding or removing single nodes
 */
public record MembershipView(long id, List<String> members, boolean merge) {

    public MembershipView {
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a view has at least its own node");
        }
    }

    /** The coordinator, which Pacemaker calls the DC (designated controller): the oldest member. */
    public String coordinator() {
        return members.getFirst();
    }

    public boolean contains(String node) {
        return members.contains(node);
    }

    public int size() {
        return members.size();
    }
}
