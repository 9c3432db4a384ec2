package org.paceline.node.daemon;

import java.time.Instant;

import java.util.List;

import org.paceline.cib.Cib;
import org.paceline.node.fencer.FenceHistoryEntry;
import org.paceline.node.membership.MembershipView;
import org.paceline.node.membership.Quorum;

/**
 * What a node knew after its last step, published for readers on other threads (the
 * operator commands): the CIB, the view, the DC and quorum, this node's fencing history
 * (oldest first), and when.
 */
public record NodeSnapshot(String nodeName, Cib cib, MembershipView view, Quorum quorum,
                           List<FenceHistoryEntry> fencing, Instant at) {
    public String dc() {
        return view.coordinator();
    }
}
