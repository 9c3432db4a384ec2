package org.paceline.node.membership;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jgroups.Address;
import org.jgroups.BytesMessage;
import org.jgroups.JChannel;
import org.jgroups.MergeView;
import org.jgroups.Message;
import org.jgroups.Receiver;
import org.jgroups.View;
import org.jgroups.logging.LogFactory;
import org.jgroups.util.ExtendedUUID;

/**
 * The production {@link Membership}: a JGroups 5.4 channel over TCP, configured from a
 * {@link MembershipConfig}, every message sealed with the cluster key.
 *
 * <p>A member that crashes leaves the others' view at once (its sockets close); one that
 * hangs or is cut off leaves after the configured hang timeout; split partitions merge
 * back within a few seconds of healing, with {@link MembershipView#merge()} set.
 *
 * <p>Thread rule: JGroups' threads only queue events; one virtual thread per started
 * member calls the listener, in order, one event at a time (a listener that throws is
 * logged at SEVERE and the next event still comes). JGroups logs through
 * {@code java.util.logging}, at WARNING or quieter, never to standard output.
 */
public final class JGroupsMembership implements Membership {

    private static final Logger LOG = Logger.getLogger(JGroupsMembership.class.getName());
    /** Held so that the level set on it outlives garbage collection of unused loggers. */
    private static final Logger JGROUPS_LOG = Logger.getLogger("org.jgroups");
    private static final String NODE_NAME_KEY = "paceline.node";
    private static final Consumer<MembershipListener> STOP = listener -> {};
    /** How long {@link #stop} waits for a listener call in progress to return. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    static {
        // Before any JGroups class asks for a log: no log4j2 or slf4j binding picked up by chance.
        LogFactory.useJdkLogger(true);
        if (JGROUPS_LOG.getLevel() == null || JGROUPS_LOG.getLevel().intValue() < Level.WARNING.intValue()) {
            JGROUPS_LOG.setLevel(Level.WARNING);
        }
    }

    private final MembershipConfig config;
    private final BlockingQueue<Consumer<MembershipListener>> events = new LinkedBlockingQueue<>();
    private final Object lock = new Object();
    private volatile JChannel channel;
    private volatile SealedMessages sealing;
    private volatile Thread dispatcher;
    private volatile Map<String, Address> addresses = Map.of();
    private volatile boolean stopped;

    public JGroupsMembership(MembershipConfig config) {
        this.config = config;
    }

    @Override
    public void start(MembershipListener listener) {
        synchronized (lock) {
            if (channel != null || stopped) {
                throw new IllegalStateException("membership of " + config.nodeName() + " was already started");
            }
            dispatcher = Thread.ofVirtual().name("membership-" + config.nodeName()).start(() -> dispatch(listener));
            JGroupsStack.Stack stack = JGroupsStack.of(config);
            sealing = stack.sealing();
            try {
                channel = new JChannel(stack.protocols());
                channel.addAddressGenerator(this::newAddress);
                channel.setReceiver(new ChannelReceiver());
                channel.connect(config.clusterName());
            } catch (Exception e) {
                stopped = true;
                closeQuietly();
                throw new IllegalStateException("membership: " + config.nodeName() + " cannot join cluster "
                        + config.clusterName() + " from " + config.bind() + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void send(String toNode, byte[] message) {
        Address target = addresses.get(toNode);
        if (target == null) {
            LOG.fine(() -> "membership: dropped a message to " + toNode + ", not in the view");
            return;
        }
        transmit(new BytesMessage(target, message.clone()));
    }

    @Override
    public void broadcast(byte[] message) {
        transmit(new BytesMessage(null, message.clone()));
    }

    @Override
    public void stop() {
        synchronized (lock) {
            if (stopped) {
                return;
            }
            stopped = true;
            closeQuietly();
        }
    }

    /** How many received messages were dropped because they were not sealed with this cluster's key. */
    public long rejectedMessages() {
        SealedMessages current = sealing;
        return current == null ? 0 : current.rejected();
    }

    /** This node's name, as the others see it. */
    public String nodeName() {
        return config.nodeName();
    }

    private void transmit(Message message) {
        JChannel current = channel;
        if (current == null || stopped) {
            return;
        }
        try {
            current.send(message);
        } catch (Exception e) {
            LOG.fine(() -> "membership: a message to " + message.getDest() + " was not sent: " + e);
        }
    }

    private Address newAddress() {
        var address = ExtendedUUID.randomUUID(config.nodeName());
        address.put(NODE_NAME_KEY, config.nodeName().getBytes(StandardCharsets.UTF_8));
        return address;
    }

    private static String nodeNameOf(Address address) {
        if (address instanceof ExtendedUUID extended && extended.keyExists(NODE_NAME_KEY)) {
            return new String(extended.get(NODE_NAME_KEY), StandardCharsets.UTF_8);
        }
        return String.valueOf(address);
    }

    private void closeQuietly() {
        JChannel current = channel;
        if (current != null) {
            current.close();
        }
        addresses = Map.of();
        // Nothing queued is delivered after stop: the listener's owner is shutting down.
        events.clear();
        events.add(STOP);
        Thread worker = dispatcher;
        if (worker != null && worker != Thread.currentThread()) {
            try {
                worker.join(STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void dispatch(MembershipListener listener) {
        while (true) {
            Consumer<MembershipListener> event;
            try {
                event = events.take();
            } catch (InterruptedException e) {
                return;
            }
            if (event == STOP || stopped) {
                return;
            }
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "membership: the listener of " + config.nodeName() + " failed", e);
            }
        }
    }

    /** Turns JGroups callbacks into queued events; runs on JGroups' threads. */
    private final class ChannelReceiver implements Receiver {

        @Override
        public void viewAccepted(View view) {
            var byName = new LinkedHashMap<String, Address>();
            List<String> names = new ArrayList<>();
            for (Address member : view.getMembers()) {
                String name = nodeNameOf(member);
                names.add(name);
                byName.put(name, member);
            }
            addresses = Map.copyOf(byName);
            var membershipView = new MembershipView(view.getViewId().getId(), names, view instanceof MergeView);
            events.add(listener -> listener.viewChanged(membershipView));
        }

        @Override
        public void receive(Message message) {
            String from = nodeNameOf(message.getSrc());
            byte[] payload = message.hasArray()
                    ? Arrays.copyOfRange(message.getArray(), message.getOffset(),
                            message.getOffset() + message.getLength())
                    : new byte[0];
            events.add(listener -> listener.received(from, payload));
        }
    }
}
