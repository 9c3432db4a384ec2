package org.paceline.node.daemon;

import java.util.ArrayList;
import java.util.List;

import org.paceline.cib.Cib;
import org.paceline.node.config.NodeConfig;
import org.paceline.node.membership.MembershipView;
import org.paceline.node.membership.Quorum;
import org.paceline.node.store.CibReplication;
import org.paceline.node.store.CibStore;
import org.paceline.node.store.ReplicationEffect;

/**
 * One node's daemon as a pure state machine: the parts' cores joined together, each
 * part's effects routed to the part they are for or out to the loop.
 *
 * <p>Events in through {@link #step}, effects out through {@link #ready}. No I/O, no
 * clock (time arrives in events), no threads: the production loop and the simulated
 * cluster drive the same code. Not thread-safe: one loop owns it.
 */
public final class NodeCore {
    private final String self;
    private final NodeConfig config;
    private final CibReplication replication;
    private final List<NodeEffect> effects = new ArrayList<>();
    private MembershipView view;
    private boolean everSeenAll;
    private Quorum quorum;

    /** A node starting from the CIB it restored from its disk, alone in its first view. */
    public NodeCore(NodeConfig config, Cib restored) {
        this.self = config.nodeName();
        this.config = config;
        this.view = new MembershipView(0, List.of(self), false);
        this.replication = new CibReplication(self, new CibStore(restored), view);
        this.quorum = judge(view);
    }

    public String nodeName() {
        return self;
    }

    /** Whether this node is the DC now. */
    public boolean isDc() {
        return replication.isDc();
    }

    public MembershipView view() {
        return view;
    }

    public Quorum quorum() {
        return quorum;
    }

    /** The newest CIB this node holds. */
    public Cib cib() {
        return replication.current();
    }

    public void step(NodeEvent event) {
        switch (event) {
            case NodeEvent.ViewChanged changed -> viewChanged(changed.view());
            case NodeEvent.MessageReceived received -> {
                switch (received.message()) {
                    case ClusterMessage.Replication replicated ->
                            replication.received(received.from(), replicated.message());
                }
            }
            case NodeEvent.CibWritten written -> replication.written(written.cib());
            case NodeEvent.CibWriteFailed failed -> {
                effects.add(new NodeEffect.Log(DaemonLog.Severity.ERROR, "cib",
                        "writing CIB version " + failed.version() + " failed: " + failed.reason()
                                + "; its changes stay unacknowledged"));
                replication.writeFailed(failed.version(), failed.reason());
            }
            case NodeEvent.ClientUpdate update -> replication.update(update.requestId(), update.update());
        }
        route();
    }

    /** The effects due, each given once, in order. */
    public List<NodeEffect> ready() {
        route();
        var due = List.copyOf(effects);
        effects.clear();
        return due;
    }

    private void viewChanged(MembershipView next) {
        boolean wasDc = isDc();
        view = next;
        if (next.members().containsAll(config.members().stream().map(NodeConfig.Member::name).toList())) {
            everSeenAll = true;
        }
        Quorum before = quorum;
        quorum = judge(next);
        replication.viewChanged(next);
        effects.add(new NodeEffect.Log(DaemonLog.Severity.INFO, "membership", "view " + next.id() + ": "
                + String.join(", ", next.members()) + (next.merge() ? " (merged)" : "") + "; DC " + next.coordinator()));
        if (!quorum.equals(before)) {
            effects.add(new NodeEffect.Log(quorum.hasQuorum() ? DaemonLog.Severity.INFO : DaemonLog.Severity.WARN,
                    "membership", quorum.reason()));
        }
        if (isDc() != wasDc) {
            effects.add(new NodeEffect.Log(DaemonLog.Severity.INFO, "controller",
                    isDc() ? "this node is now the DC" : "this node is no longer the DC; " + next.coordinator() + " is"));
        }
    }

    private Quorum judge(MembershipView current) {
        return Quorum.of(config.expectedVotes(), current.size(), config.quorum().twoNode(),
                config.quorum().waitForAll(), everSeenAll);
    }

    /** Takes the parts' effects: what is for another part goes there, the rest out to the loop. */
    private void route() {
        for (ReplicationEffect effect : replication.ready()) {
            switch (effect) {
                case ReplicationEffect.WriteCib write -> effects.add(new NodeEffect.WriteCib(write.cib()));
                case ReplicationEffect.Send send -> effects.add(new NodeEffect.Send(send.toNode(),
                        new ClusterMessage.Replication(send.message())));
                case ReplicationEffect.Acknowledge ack -> effects.add(new NodeEffect.AnswerClient(ack.requestId(),
                        ack.outcome()));
                case ReplicationEffect.Committed committed -> { }
            }
        }
    }
}
