package org.paceline.node.membership;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;

/**
 * A cluster member alone in its own JVM, for tests that kill or freeze a process.
 *
 * <p>Arguments: {@code CLUSTER NODE KEY-FILE HANG-MILLIS NAME=PORT...} (all on 127.0.0.1).
 * Prints {@code view N1,N2} on each view; leaves by itself after a minute.
 */
public final class MemberProcess {

    private MemberProcess() {}

    public static void main(String[] args) throws InterruptedException {
        String cluster = args[0];
        String node = args[1];
        ClusterKey key = ClusterKey.read(Path.of(args[2])).orThrow();
        Duration hang = Duration.ofMillis(Long.parseLong(args[3]));
        var members = new ArrayList<MembershipConfig.Member>();
        InetSocketAddress bind = null;
        for (int i = 4; i < args.length; i++) {
            String[] nameAndPort = args[i].split("=", 2);
            var address = new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(nameAndPort[1]));
            members.add(MembershipConfig.Member.of(nameAndPort[0], address));
            if (nameAndPort[0].equals(node)) {
                bind = address;
            }
        }
        var config = MembershipConfig.of(cluster, node, bind, members, key)
                .withHangTimeout(hang)
                .withJoinTimeout(LoopbackCluster.JOIN_TIMEOUT);
        var membership = new JGroupsMembership(config);
        membership.start(new MembershipListener() {
            @Override
            public void viewChanged(MembershipView view) {
                System.out.println("view " + String.join(",", view.members()));
                System.out.flush();
            }

            @Override
            public void received(String fromNode, byte[] message) {}
        });
        Thread.sleep(Duration.ofMinutes(1));
        membership.stop();
    }
}
