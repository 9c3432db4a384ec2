package org.paceline.node.membership;

import java.time.Duration;
import java.util.List;
import org.jgroups.protocols.FD_ALL3;
import org.jgroups.protocols.FD_SOCK2;
import org.jgroups.protocols.FRAG4;
import org.jgroups.protocols.MERGE3;
import org.jgroups.protocols.TCP;
import org.jgroups.protocols.TCPPING;
import org.jgroups.protocols.UNICAST3;
import org.jgroups.protocols.VERIFY_SUSPECT2;
import org.jgroups.protocols.pbcast.GMS;
import org.jgroups.protocols.pbcast.NAKACK2;
import org.jgroups.protocols.pbcast.STABLE;
import org.jgroups.stack.Protocol;

/**
 * The JGroups protocol stack a {@link MembershipConfig} asks for, bottom (the transport)
 * first: TCP with fixed ports, every message sealed, discovery over the configured
 * addresses only, crash detection by socket, hang detection by heartbeat, merges after a
 * split heals, reliable FIFO delivery, views, fragmentation.
 */
final class JGroupsStack {

    /** A quarter of the hang budget goes to double-checking a suspicion, at most 500 ms. */
    private static final long MAX_VERIFY_MILLIS = 500;

    /** Heartbeats (and checks for their absence) within one heartbeat timeout. */
    private static final long HEARTBEAT_CHECKS = 5;

    private JGroupsStack() {}

    /** The protocols, transport first, and the sealing layer whose rejections are counted. */
    record Stack(List<Protocol> protocols, SealedMessages sealing) {}

    static Stack of(MembershipConfig config) {
        long hangMillis = config.hangTimeout().toMillis();
        long verifyMillis = Math.min(MAX_VERIFY_MILLIS, hangMillis / 4);
        // A silence is noticed between the heartbeat timeout and one check interval after it,
        // then double-checked: the timeout plus a fifth of it plus the check must fit the budget,
        // so that a hung node is out of the view within the configured timeout, not after it.
        long heartbeatTimeoutMillis = (hangMillis - verifyMillis) * HEARTBEAT_CHECKS / (HEARTBEAT_CHECKS + 1);
        long heartbeatIntervalMillis = Math.max(50, heartbeatTimeoutMillis / HEARTBEAT_CHECKS);
        var transport = new TCP();
        transport.setSockConnTimeout(500);
        transport.setBindAddress(config.bind().getAddress())
                .setBindPort(config.bind().getPort())
                .setPortRange(0);
        var sealing = new SealedMessages(config.key(), config.clusterName());
        var discovery = new TCPPING()
                .setInitialHosts(config.discoveryAddresses())
                .setPortRange(0)
                .breakOnCoordResponse(true)
                .sendCacheOnJoin(true);
        var merge = new MERGE3()
                .setMinInterval(1000)
                .setMaxInterval(3000)
                .setCheckInterval(5000);
        var crashes = new FD_SOCK2()
                .setOffset(MembershipConfig.FAILURE_DETECTION_PORT_OFFSET)
                .setPortRange(2);
        var heartbeats = new FD_ALL3()
                .setTimeout(heartbeatTimeoutMillis)
                .setInterval(heartbeatIntervalMillis);
        var verify = new VERIFY_SUSPECT2().setTimeout(verifyMillis);
        var views = new GMS()
                .setJoinTimeout(config.joinTimeout().toMillis())
                .setLeaveTimeout(Duration.ofSeconds(1).toMillis())
                .printLocalAddress(false)
                .printPhysicalAddress(false);
        List<Protocol> protocols = List.of(transport, sealing, discovery, merge, crashes, heartbeats, verify,
                new NAKACK2(), new UNICAST3(), new STABLE(), views, new FRAG4());
        return new Stack(protocols, sealing);
    }
}
