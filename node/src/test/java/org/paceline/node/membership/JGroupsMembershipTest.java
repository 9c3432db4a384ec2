package org.paceline.node.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jgroups.BytesMessage;
import org.jgroups.JChannel;
import org.jgroups.Message;
import org.jgroups.stack.IpAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Real JGroups members on 127.0.0.1, in this JVM: views, leaving, messages, the cluster key. */
@Timeout(30)
class JGroupsMembershipTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void start_twoMembers_formOneViewWithOneCoordinator() {
        try (var cluster = new LoopbackCluster("two", "pm01", "pm02")) {
            var first = new Recorder();
            var second = new Recorder();
            cluster.start("pm01", first);
            cluster.start("pm02", second);

            assertTrue(first.awaitView(v -> v.members().equals(List.of("pm01", "pm02")), WAIT), "pm01: " + first.views());
            assertTrue(second.awaitView(v -> v.members().equals(List.of("pm01", "pm02")), WAIT), "pm02: " + second.views());
            assertEquals("pm01", first.lastView().coordinator());
            assertEquals("pm01", second.lastView().coordinator());
            assertFalse(second.lastView().merge());
        }
    }

    @Test
    void start_threeMembers_formOneViewWithOneCoordinator() {
        try (var cluster = new LoopbackCluster("three", "pm01", "pm02", "pm03")) {
            var recorders = List.of(new Recorder(), new Recorder(), new Recorder());
            cluster.start("pm01", recorders.get(0));
            cluster.start("pm02", recorders.get(1));
            cluster.start("pm03", recorders.get(2));

            for (Recorder recorder : recorders) {
                assertTrue(recorder.awaitView(v -> v.size() == 3, WAIT), recorder.views().toString());
                assertEquals(List.of("pm01", "pm02", "pm03"), recorder.lastView().members());
                assertEquals("pm01", recorder.lastView().coordinator());
            }
            assertEquals(recorders.get(0).lastView().id(), recorders.get(2).lastView().id());
        }
    }

    @Test
    void stop_member_leavesTheOthersViews() {
        try (var cluster = new LoopbackCluster("leave", "pm01", "pm02", "pm03")) {
            var first = new Recorder();
            var second = new Recorder();
            cluster.start("pm01", first);
            cluster.start("pm02", second);
            JGroupsMembership third = cluster.start("pm03", new Recorder());
            assertTrue(second.awaitView(v -> v.size() == 3, WAIT), second.views().toString());

            third.stop();

            assertTrue(first.awaitView(v -> v.members().equals(List.of("pm01", "pm02")), WAIT), first.views().toString());
            assertTrue(second.awaitView(v -> v.members().equals(List.of("pm01", "pm02")), WAIT), second.views().toString());
        }
    }

    @Test
    void send_toMember_reachesOnlyIt_andBroadcastReachesAll() {
        try (var cluster = new LoopbackCluster("messages", "pm01", "pm02", "pm03")) {
            var first = new Recorder();
            var second = new Recorder();
            var third = new Recorder();
            JGroupsMembership one = cluster.start("pm01", first);
            cluster.start("pm02", second);
            cluster.start("pm03", third);
            assertTrue(first.awaitView(v -> v.size() == 3, WAIT), first.views().toString());
            assertTrue(third.awaitView(v -> v.size() == 3, WAIT), third.views().toString());

            one.send("pm03", bytes("to pm03"));
            one.broadcast(bytes("to all"));

            assertTrue(third.awaitMessage(h -> h.equals(new Recorder.Heard("pm01", "to pm03")), WAIT), third.messages().toString());
            for (Recorder recorder : List.of(first, second, third)) {
                assertTrue(recorder.awaitMessage(h -> h.equals(new Recorder.Heard("pm01", "to all")), WAIT),
                        recorder.messages().toString());
            }
            assertFalse(second.messages().stream().anyMatch(h -> h.text().equals("to pm03")));
            assertFalse(first.messages().stream().anyMatch(h -> h.text().equals("to pm03")));
        }
    }

    @Test
    void start_withTheClusterKey_joinsAndIsHeard() {
        try (var cluster = new LoopbackCluster("rightkey", "pm01")) {
            var first = new Recorder();
            cluster.start("pm01", first);
            var late = new Recorder();
            JGroupsMembership newcomer = cluster.start(cluster.outsider("pm02", cluster.key), late);

            assertTrue(first.awaitView(v -> v.members().equals(List.of("pm01", "pm02")), WAIT), first.views().toString());
            newcomer.send("pm01", bytes("hello"));
            assertTrue(first.awaitMessage(h -> h.equals(new Recorder.Heard("pm02", "hello")), WAIT), first.messages().toString());
        }
    }

    @Test
    void start_withAnotherKey_cannotJoin() {
        try (var cluster = new LoopbackCluster("join", "pm01", "pm02")) {
            var first = new Recorder();
            JGroupsMembership one = cluster.start("pm01", first);
            cluster.start("pm02", new Recorder());
            assertTrue(first.awaitView(v -> v.size() == 2, WAIT), first.views().toString());

            var intruder = new Recorder();
            JGroupsMembership stranger = cluster.start(cluster.outsider("pm09", ClusterKey.generate()), intruder);
            stranger.broadcast(bytes("let me in"));

            assertTrue(intruder.awaitView(v -> v.members().equals(List.of("pm09")), WAIT), intruder.views().toString());
            // The members heard its discovery and dropped it: it reached them and was not believed.
            assertTrue(Recorder.await(() -> one.rejectedMessages() > 0, WAIT), "nothing rejected");
            assertEquals(List.of("pm01", "pm02"), first.lastView().members());
            assertTrue(first.views().stream().noneMatch(v -> v.contains("pm09")), first.views().toString());
            assertTrue(first.messages().isEmpty(), first.messages().toString());
        }
    }

    @Test
    void send_fromAProcessWithAnotherKey_isRejected() throws Exception {
        try (var cluster = new LoopbackCluster("inject", "pm01", "pm02")) {
            var first = new Recorder();
            JGroupsMembership one = cluster.start("pm01", first);
            cluster.start("pm02", new Recorder());
            assertTrue(first.awaitView(v -> v.size() == 2, WAIT), first.views().toString());
            long rejectedBefore = one.rejectedMessages();

            // A bare channel with the right cluster name and another key, aiming at pm01's port directly.
            MembershipConfig intruderConfig = cluster.outsider("pm09", ClusterKey.generate());
            InetSocketAddress target = cluster.configs.get("pm01").bind();
            try (var intruder = new JChannel(JGroupsStack.of(intruderConfig).protocols())) {
                intruder.connect(cluster.name);
                for (int i = 0; i < 3; i++) {
                    Message forged = new BytesMessage(new IpAddress(target.getAddress(), target.getPort()), bytes("forged " + i))
                            .setFlag(Message.Flag.NO_RELIABILITY, Message.Flag.OOB);
                    intruder.send(forged);
                }
                assertTrue(Recorder.await(() -> one.rejectedMessages() >= rejectedBefore + 3, WAIT),
                        "rejected " + (one.rejectedMessages() - rejectedBefore) + " of 3 forged messages");
            }
            assertTrue(first.messages().isEmpty(), first.messages().toString());
            assertEquals(List.of("pm01", "pm02"), first.lastView().members());
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
