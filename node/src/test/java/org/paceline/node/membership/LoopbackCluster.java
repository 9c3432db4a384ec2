package org.paceline.node.membership;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Configurations for a cluster of JGroups members on 127.0.0.1, on ports free at creation. */
final class LoopbackCluster implements AutoCloseable {

    static final Duration JOIN_TIMEOUT = Duration.ofMillis(500);

    final String name;
    final ClusterKey key = ClusterKey.generate();
    final Map<String, MembershipConfig> configs = new LinkedHashMap<>();
    private final List<JGroupsMembership> started = new ArrayList<>();

    LoopbackCluster(String name, String... nodes) {
        this.name = name;
        var members = new ArrayList<MembershipConfig.Member>();
        for (String node : nodes) {
            members.add(MembershipConfig.Member.of(node, new InetSocketAddress(loopback(), freePort())));
        }
        for (MembershipConfig.Member member : members) {
            configs.put(member.name(), MembershipConfig.of(name, member.name(), member.addresses().getFirst(), members, key)
                    .withJoinTimeout(JOIN_TIMEOUT));
        }
    }

    /** Starts a member with its configuration and keeps it to stop at the end. */
    JGroupsMembership start(String node, MembershipListener listener) {
        return start(configs.get(node), listener);
    }

    JGroupsMembership start(MembershipConfig config, MembershipListener listener) {
        var membership = new JGroupsMembership(config);
        started.add(membership);
        membership.start(listener);
        return membership;
    }

    /** A configuration for a node outside the member list that points at the members. */
    MembershipConfig outsider(String node, ClusterKey itsKey) {
        MembershipConfig any = configs.values().iterator().next();
        var bind = new InetSocketAddress(loopback(), freePort());
        var members = new ArrayList<>(any.members());
        members.add(MembershipConfig.Member.of(node, bind));
        return MembershipConfig.of(name, node, bind, members, itsKey).withJoinTimeout(JOIN_TIMEOUT);
    }

    @Override
    public void close() {
        for (JGroupsMembership membership : started.reversed()) {
            membership.stop();
        }
    }

    static InetAddress loopback() {
        return InetAddress.getLoopbackAddress();
    }

    /** A port free now, whose crash-detection port above it is free too. */
    static int freePort() {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (var socket = new ServerSocket(0, 1, loopback())) {
                int port = socket.getLocalPort();
                int detection = port + MembershipConfig.FAILURE_DETECTION_PORT_OFFSET;
                if (detection < 65536) {
                    try (var other = new ServerSocket(detection, 1, loopback())) {
                        return port;
                    } catch (IOException taken) {
                        // try another
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no free pair of loopback ports after 50 attempts");
    }
}
