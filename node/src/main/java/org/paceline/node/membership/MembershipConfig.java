package org.paceline.node.membership;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * How this node joins its cluster: names, addresses, the cluster key and the detection
 * times, all a {@link JGroupsMembership} needs (no JGroups XML file).
 *
 * @param clusterName  the same on every member; members of other clusters are ignored
 * @param nodeName     this node's name, as the CIB's {@code uname} (unique in the cluster)
 * @param bind         where this node listens; its port is the membership port, and the
 *                     port {@value #FAILURE_DETECTION_PORT_OFFSET} above it (up to two more
 *                     when taken) detects crashes
 * @param members      every configured member, this node included, in configuration order
 * @param key          the cluster key, the same on every member
 * @param hangTimeout  how long a member that stops answering (hung, powered off, cut off)
 *                     stays in the view; a crashed process leaves at once
 * @param joinTimeout  how long a starting node looks for a running cluster before it
 *                     forms one alone
 */
public record MembershipConfig(String clusterName, String nodeName, InetSocketAddress bind,
                               List<Member> members, ClusterKey key, Duration hangTimeout,
                               Duration joinTimeout) {

    /** The default hang-detection time: a hung member is out of the view within 3 s. */
    public static final Duration DEFAULT_HANG_TIMEOUT = Duration.ofSeconds(3);

    /** The default time a starting node looks for a running cluster. */
    public static final Duration DEFAULT_JOIN_TIMEOUT = Duration.ofSeconds(2);

    /** The crash detector listens this many ports above the membership port. */
    public static final int FAILURE_DETECTION_PORT_OFFSET = 100;

    /**
     * One configured member and where it can be reached.
     *
     * @param name      its node name
     * @param addresses one address per network (one or two, as corosync's rings)
     */
    public record Member(String name, List<InetSocketAddress> addresses) {
        public Member {
            Objects.requireNonNull(name, "name");
            addresses = List.copyOf(addresses);
            if (addresses.isEmpty() || addresses.size() > 2) {
                throw new IllegalArgumentException("member " + name + ": one or two addresses, not " + addresses.size());
            }
        }

        /** A member on one network. */
        public static Member of(String name, InetSocketAddress address) {
            return new Member(name, List.of(address));
        }
    }

    public MembershipConfig {
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(nodeName, "nodeName");
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(key, "key");
        members = List.copyOf(members);
        hangTimeout = hangTimeout == null ? DEFAULT_HANG_TIMEOUT : hangTimeout;
        joinTimeout = joinTimeout == null ? DEFAULT_JOIN_TIMEOUT : joinTimeout;
        if (hangTimeout.toMillis() < 200) {
            throw new IllegalArgumentException("hang timeout must be at least 200 ms, not " + hangTimeout.toMillis() + " ms");
        }
        if (joinTimeout.toMillis() < 100) {
            throw new IllegalArgumentException("join timeout must be at least 100 ms, not " + joinTimeout.toMillis() + " ms");
        }
        var names = new HashSet<String>();
        for (Member member : members) {
            if (!names.add(member.name())) {
                throw new IllegalArgumentException("member " + member.name() + " is listed twice");
            }
        }
    }

    /** A configuration with the default hang and join timeouts. */
    public static MembershipConfig of(String clusterName, String nodeName, InetSocketAddress bind,
                                      List<Member> members, ClusterKey key) {
        return new MembershipConfig(clusterName, nodeName, bind, members, key, null, null);
    }

    public MembershipConfig withHangTimeout(Duration timeout) {
        return new MembershipConfig(clusterName, nodeName, bind, members, key, timeout, joinTimeout);
    }

    public MembershipConfig withJoinTimeout(Duration timeout) {
        return new MembershipConfig(clusterName, nodeName, bind, members, key, hangTimeout, timeout);
    }

    public MembershipConfig withKey(ClusterKey otherKey) {
        return new MembershipConfig(clusterName, nodeName, bind, members, otherKey, hangTimeout, joinTimeout);
    }

    /** Every address of every member, first networks first: where discovery looks. */
    public List<InetSocketAddress> discoveryAddresses() {
        var addresses = new ArrayList<InetSocketAddress>();
        int networks = members.stream().mapToInt(m -> m.addresses().size()).max().orElse(0);
        for (int network = 0; network < networks; network++) {
            for (Member member : members) {
                if (network < member.addresses().size()) {
                    addresses.add(member.addresses().get(network));
                }
            }
        }
        return addresses;
    }
}
