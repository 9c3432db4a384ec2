package org.paceline.node.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The simulated network: views on start, stop, crash, partition and heal; delivery rules; replay. */
class SimNetworkTest {

    private final ManualClock clock = new ManualClock();

    @Test
    void start_threeNodes_allSeeOneViewOldestFirst() {
        var net = new SimNetwork(clock, new SplittableRandom(1));
        Map<String, Recorder> nodes = startAll(net, "pm01", "pm02", "pm03");

        runUntilQuiet(net);

        for (Recorder recorder : nodes.values()) {
            assertEquals(List.of("pm01", "pm02", "pm03"), recorder.lastView().members());
            assertEquals("pm01", recorder.lastView().coordinator());
            assertFalse(recorder.lastView().merge());
        }
    }

    @Test
    void partition_thenHeal_givesEachSideItsViewThenOneMergedView() {
        var net = new SimNetwork(clock, new SplittableRandom(2));
        Map<String, Recorder> nodes = startAll(net, "pm01", "pm02", "pm03");
        runUntilQuiet(net);

        net.partition(List.of(Set.of("pm01"), Set.of("pm02", "pm03")));
        runUntilQuiet(net);

        assertEquals(List.of("pm01"), nodes.get("pm01").lastView().members());
        assertEquals(List.of("pm02", "pm03"), nodes.get("pm02").lastView().members());
        assertEquals("pm02", nodes.get("pm03").lastView().coordinator());
        assertFalse(nodes.get("pm02").lastView().merge());

        net.heal();
        runUntilQuiet(net);

        for (Recorder recorder : nodes.values()) {
            assertEquals(List.of("pm01", "pm02", "pm03"), recorder.lastView().members());
            assertTrue(recorder.lastView().merge(), recorder.views().toString());
        }
        assertEquals(nodes.get("pm01").lastView(), nodes.get("pm03").lastView());
    }

    @Test
    void partition_nodeOnNoSide_isAlone() {
        var net = new SimNetwork(clock, new SplittableRandom(3));
        Map<String, Recorder> nodes = startAll(net, "pm01", "pm02", "pm03");
        runUntilQuiet(net);

        net.partition(List.of(Set.of("pm01", "pm02")));
        runUntilQuiet(net);

        assertEquals(List.of("pm01", "pm02"), nodes.get("pm02").lastView().members());
        assertEquals(List.of("pm03"), nodes.get("pm03").lastView().members());
    }

    @Test
    void partition_withANodeOnTwoSides_isRejected() {
        var net = new SimNetwork(clock, new SplittableRandom(3));
        assertThrows(IllegalArgumentException.class,
                () -> net.partition(List.of(Set.of("pm01", "pm02"), Set.of("pm02"))));
    }

    @Test
    void crash_isSeenByTheOthersAfterTheDetectionDelay() {
        var net = new SimNetwork(clock, new SplittableRandom(4)).detectsFailuresAfter(Duration.ofSeconds(3));
        Map<String, Recorder> nodes = startAll(net, "pm01", "pm02");
        runUntilQuiet(net);
        Instant crashedAt = clock.instant();

        net.crash("pm01");
        clock.advance(Duration.ofMillis(2999));
        net.deliverDue();
        assertEquals(2, nodes.get("pm02").lastView().size());
        runUntilQuiet(net);

        assertEquals(List.of("pm02"), nodes.get("pm02").lastView().members());
        assertEquals("pm02", nodes.get("pm02").lastView().coordinator());
        assertEquals(crashedAt.plusSeconds(3), clock.instant());
        assertTrue(net.viewOf("pm01").isEmpty());
    }

    @Test
    void stop_leavesAtOnce_andARestartedNodeJoinsLast() {
        var net = new SimNetwork(clock, new SplittableRandom(5)).detectsFailuresAfter(Duration.ofSeconds(3));
        Map<String, Recorder> nodes = startAll(net, "pm01", "pm02", "pm03");
        runUntilQuiet(net);
        int viewsBeforeStop = nodes.get("pm01").views().size();

        net.member("pm01").stop();
        net.deliverDue();
        assertEquals(List.of("pm02", "pm03"), nodes.get("pm03").lastView().members());

        var again = new Recorder();
        net.member("pm01").start(again);
        runUntilQuiet(net);
        assertEquals(List.of("pm02", "pm03", "pm01"), again.lastView().members());
        assertEquals(viewsBeforeStop, nodes.get("pm01").views().size(), "the stopped incarnation hears nothing more");
    }

    @Test
    void start_twice_isRejected() {
        var net = new SimNetwork(clock, new SplittableRandom(6));
        net.member("pm01").start(new Recorder());
        assertThrows(IllegalStateException.class, () -> net.member("pm01").start(new Recorder()));
    }

    @Test
    void send_reachesItsTargetOnly_andBroadcastReachesAllIncludingTheSender() {
        var net = new SimNetwork(clock, new SplittableRandom(7));
        Map<String, Recorder> nodes = startAll(net, "pm01", "pm02", "pm03");
        runUntilQuiet(net);

        net.member("pm01").send("pm02", bytes("direct"));
        net.member("pm03").broadcast(bytes("all"));
        runUntilQuiet(net);

        assertEquals(List.of(new Recorder.Heard("pm01", "direct"), new Recorder.Heard("pm03", "all")),
                nodes.get("pm02").messages());
        assertEquals(List.of(new Recorder.Heard("pm03", "all")), nodes.get("pm01").messages());
        assertEquals(List.of(new Recorder.Heard("pm03", "all")), nodes.get("pm03").messages());
    }

    @Test
    void send_acrossAPartition_isLost_evenWhenAlreadyInFlight() {
        var net = new SimNetwork(clock, new SplittableRandom(8)).delays(Duration.ofMillis(10), Duration.ofMillis(10));
        Map<String, Recorder> nodes = startAll(net, "pm01", "pm02");
        runUntilQuiet(net);

        net.member("pm01").send("pm02", bytes("in flight"));
        net.partition(List.of(Set.of("pm01"), Set.of("pm02")));
        net.member("pm01").send("pm02", bytes("after the cut"));
        runUntilQuiet(net);

        assertTrue(nodes.get("pm02").messages().isEmpty(), nodes.get("pm02").messages().toString());
    }

    @Test
    void send_toANodeOutsideTheView_isDropped() {
        var net = new SimNetwork(clock, new SplittableRandom(9));
        Map<String, Recorder> nodes = startAll(net, "pm01");
        runUntilQuiet(net);

        net.member("pm01").send("pm07", bytes("nobody"));

        assertTrue(net.nextDeliveryAt().isEmpty());
        assertTrue(nodes.get("pm01").messages().isEmpty());
    }

    @Test
    void deliverDue_listenersAnsweringForever_isStoppedWithAClearError() {
        var net = new SimNetwork(clock, new SplittableRandom(10)).delays(Duration.ZERO, Duration.ZERO);
        Membership echo = net.member("pm01");
        echo.start(new MembershipListener() {
            @Override
            public void viewChanged(MembershipView view) {
                echo.broadcast(bytes("ping"));
            }

            @Override
            public void received(String fromNode, byte[] message) {
                echo.broadcast(message);
            }
        });
        var error = assertThrows(IllegalStateException.class, net::deliverDue);
        assertTrue(error.getMessage().contains("listeners answer each other without end"), error.getMessage());
    }

    @Property(tries = 50)
    void send_withRandomDelays_keepsEachSendersOrder(@ForAll long seed) {
        var net = new SimNetwork(clock, new SplittableRandom(seed)).delays(Duration.ZERO, Duration.ofMillis(50));
        Map<String, Recorder> nodes = startAll(net, "pm01", "pm02", "pm03");
        runUntilQuiet(net);

        for (int i = 0; i < 20; i++) {
            net.member("pm01").send("pm03", bytes("a" + i));
            net.member("pm02").broadcast(bytes("b" + i));
            clock.advance(Duration.ofMillis(3));
            net.deliverDue();
        }
        runUntilQuiet(net);

        List<String> fromFirst = texts(nodes.get("pm03"), "pm01");
        List<String> fromSecond = texts(nodes.get("pm03"), "pm02");
        assertEquals(numbered("a", 20), fromFirst);
        assertEquals(numbered("b", 20), fromSecond);
    }

    @Property(tries = 20)
    void run_sameSeed_replaysTheSameHistory(@ForAll long seed) {
        assertEquals(history(seed), history(seed));
    }

    /** Everything every node heard in a run with delays, drops, a crash, a cut and a heal. */
    private static List<String> history(long seed) {
        var clock = new ManualClock();
        var net = new SimNetwork(clock, new SplittableRandom(seed))
                .delays(Duration.ofMillis(1), Duration.ofMillis(40))
                .drops(0.2)
                .detectsFailuresAfter(Duration.ofMillis(100));
        var log = new ArrayList<String>();
        for (String node : List.of("pm01", "pm02", "pm03")) {
            net.member(node).start(new MembershipListener() {
                @Override
                public void viewChanged(MembershipView view) {
                    log.add(clock.instant() + " " + node + " view " + view);
                }

                @Override
                public void received(String fromNode, byte[] message) {
                    log.add(clock.instant() + " " + node + " from " + fromNode + ": " + new String(message, StandardCharsets.UTF_8));
                }
            });
        }
        for (int step = 0; step < 30; step++) {
            net.member("pm0" + (1 + step % 3)).broadcast(bytes("m" + step));
            if (step == 10) {
                net.partition(List.of(Set.of("pm01"), Set.of("pm02", "pm03")));
            } else if (step == 20) {
                net.heal();
            }
            clock.advance(Duration.ofMillis(15));
            net.deliverDue();
        }
        runUntilQuiet(net, clock);
        return log;
    }

    private Map<String, Recorder> startAll(SimNetwork net, String... names) {
        var nodes = new TreeMap<String, Recorder>();
        for (String name : names) {
            var recorder = new Recorder();
            nodes.put(name, recorder);
            net.member(name).start(recorder);
        }
        return nodes;
    }

    private void runUntilQuiet(SimNetwork net) {
        runUntilQuiet(net, clock);
    }

    private static void runUntilQuiet(SimNetwork net, ManualClock clock) {
        for (int step = 0; step < 10_000 && net.nextDeliveryAt().isPresent(); step++) {
            clock.jumpTo(net.nextDeliveryAt().get());
            net.deliverDue();
        }
        assertTrue(net.nextDeliveryAt().isEmpty(), "the network did not go quiet");
    }

    private static List<String> texts(Recorder recorder, String from) {
        return recorder.messages().stream().filter(h -> h.from().equals(from)).map(Recorder.Heard::text).toList();
    }

    private static List<String> numbered(String prefix, int count) {
        var texts = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            texts.add(prefix + i);
        }
        return texts;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
