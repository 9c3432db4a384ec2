package org.paceline.node.attributes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.paceline.node.store.AttributeOwner;
import org.paceline.node.store.CibUpdate;

/**
 * The node attributes as a pure state machine, as Pacemaker's attribute manager keeps them:
 * every node's core holds every node's values; only the writer's (the DC's) writes them
 * to the CIB.
 *
 * <p>Dampening: an attribute (a name with a lifetime, across all nodes) may have a delay. A
 * change to a value starts the attribute's timer, and every further change restarts it, so
 * a burst is written once, the delay after its last change (Pacemaker restarts its timer on
 * every change); a request that repeats the current value changes nothing. A change of the
 * delay itself ({@code -B}, {@code -Y}) writes the attribute at once, then runs with the new
 * delay: Pacemaker does this so that changing delays never holds a write back for ever.
 *
 * <p>Leaving nodes: every core forgets a departed node's transient values; the writer alone
 * writes {@code ClearTransientAttributes}, once per departure (a repeated {@code NodeLeft}
 * without a {@code NodeJoined} between changes nothing). When there is no writer, or the
 * writer has itself left and no new one is named yet, every core keeps the departure, and the one that becomes the
 * writer clears it before writing every value it holds. All cores see the same events in the
 * same order, so exactly one writes each clear.
 *
 * <p>Events go in through {@link #step}; {@link #ready} gives the effects due, each once;
 * {@link #advance} takes those carried out. No I/O, no clock (time comes in the events), no
 * threads; not thread-safe: one loop thread owns it.
 */
public final class NodeAttributes {
    private final String localNode;
    private final TreeMap<Key, Attribute> attributes = new TreeMap<>(
            Comparator.comparing(Key::name).thenComparing(Key::lifetime));
    private final TreeSet<String> departed = new TreeSet<>();
    private final TreeSet<String> departedUncleared = new TreeSet<>();
    private final List<AttributeEffect> due = new ArrayList<>();
    private final List<AttributeEffect> handedOut = new ArrayList<>();
    private String writer;
    private long sequence;

    /** @param localNode this node's name: it writes while it is the writer */
    public NodeAttributes(String localNode) {
        this.localNode = localNode;
    }

    /** Takes one event; never blocks, never does I/O. */
    public void step(AttributeEvent event) {
        switch (event) {
            case AttributeEvent.Requested requested -> request(requested.request(), requested.at());
            case AttributeEvent.TimerFired fired -> timer(fired.timerId());
            case AttributeEvent.WriterChanged changed -> writerChanged(changed.writer());
            case AttributeEvent.NodeLeft left -> nodeLeft(left.node());
            case AttributeEvent.NodeJoined joined -> departed.remove(joined.node());
        }
    }

    /** The effects due now, each given once, in order. */
    public List<AttributeEffect> ready() {
        var effects = List.copyOf(due);
        due.clear();
        handedOut.addAll(effects);
        return effects;
    }

    /**
     * Reports effects carried out.
     *
     * @throws IllegalStateException when an effect is reported that was not handed out
     */
    public void advance(List<AttributeEffect> done) {
        for (AttributeEffect effect : done) {
            if (!handedOut.remove(effect)) {
                throw new IllegalStateException("effect " + effect + " was not handed out, or was reported twice");
            }
        }
    }

    /** Whether this core writes to the CIB now. */
    public boolean isWriter() {
        return localNode.equals(writer);
    }

    /** A node's value of an attribute, a pending one included ({@code attrd_updater -Q -N NODE}). */
    public Optional<AttributeValue> query(String node, String name, Lifetime lifetime) {
        Attribute attribute = attributes.get(new Key(name, lifetime));
        if (attribute == null || !attribute.values.containsKey(node)) {
            return Optional.empty();
        }
        return Optional.of(attribute.view(node));
    }

    /** Every node's value of an attribute, by node name ({@code attrd_updater -Q -A}). */
    public List<AttributeValue> query(String name, Lifetime lifetime) {
        Attribute attribute = attributes.get(new Key(name, lifetime));
        return attribute == null ? List.of() : attribute.values.keySet().stream().map(attribute::view).toList();
    }

    /** Every attribute value of one node, by name. */
    public List<AttributeValue> values(String node) {
        return attributes.values().stream().filter(a -> a.values.containsKey(node)).map(a -> a.view(node)).toList();
    }

    private void request(AttributeRequest request, Instant at) {
        var key = new Key(request.name(), request.lifetime());
        Attribute attribute = attributes.get(key);
        boolean created = attribute == null;
        if (created) {
            attribute = new Attribute(key);
            attributes.put(key, attribute);
        }
        switch (request) {
            case AttributeRequest.UpdateAttribute update -> {
                if (created) {
                    attribute.dampen = positive(update.dampen());
                } else if (update.updateDelay() && !attribute.dampen.equals(positive(update.dampen()))) {
                    changeDelay(attribute, positive(update.dampen()));
                }
                if (update.setId() != null) {
                    attribute.setId = update.setId();
                }
                setValue(attribute, update.node(), update.value(), at);
            }
            case AttributeRequest.UpdateDelay delay -> {
                if (created) {
                    attribute.dampen = positive(delay.dampen());
                } else if (!attribute.dampen.equals(positive(delay.dampen()))) {
                    changeDelay(attribute, positive(delay.dampen()));
                }
            }
            case AttributeRequest.DeleteAttribute delete -> setValue(attribute, delete.node(), null, at);
        }
    }

    private void setValue(Attribute attribute, String node, String value, Instant at) {
        NodeValue current = attribute.values.get(node);
        if (current != null && Objects.equals(current.value, value)) {
            return;
        }
        // A value never seen here may differ from what the CIB holds: it counts as a change.
        NodeValue changed = current == null ? new NodeValue() : current;
        changed.value = value;
        changed.changed = true;
        attribute.values.put(node, changed);
        if (attribute.dampen.isPositive()) {
            attribute.timerId = "attribute-timer-" + (++sequence);
            due.add(new AttributeEffect.SetTimer(attribute.timerId, at.plus(attribute.dampen)));
        } else {
            write(List.of(attribute), false);
        }
    }

    private void changeDelay(Attribute attribute, Duration dampen) {
        attribute.dampen = dampen;
        attribute.timerId = null;
        write(List.of(attribute), false);
    }

    private void timer(String timerId) {
        for (Attribute attribute : attributes.values()) {
            if (timerId.equals(attribute.timerId)) {
                attribute.timerId = null;
                write(List.of(attribute), false);
                return;
            }
        }
        // A timer replaced by a later change, or by a delay change: nothing is due.
    }

    private void writerChanged(String newWriter) {
        boolean was = isWriter();
        writer = newWriter;
        if (was || !isWriter()) {
            return;
        }
        var updates = new ArrayList<CibUpdate>();
        departedUncleared.forEach(node -> updates.add(new CibUpdate.ClearTransientAttributes(node)));
        departedUncleared.clear();
        if (!updates.isEmpty()) {
            due.add(new AttributeEffect.WriteAttributes(updates));
        }
        // The old writer's last writes are unknown here: write everything not held by a delay.
        write(attributes.values().stream().filter(a -> a.timerId == null).toList(), true);
    }

    private void nodeLeft(String node) {
        if (!departed.add(node)) {
            return;
        }
        for (Attribute attribute : attributes.values()) {
            if (attribute.key.lifetime() == Lifetime.REBOOT) {
                attribute.values.remove(node);
            }
        }
        if (isWriter()) {
            due.add(new AttributeEffect.WriteAttributes(List.of(new CibUpdate.ClearTransientAttributes(node))));
        } else if (writer == null || departed.contains(writer)) {
            // No writer alive to clear it: the next one will.
            departedUncleared.add(node);
        }
    }

    /** Writes the changed values of {@code chosen} (every value when {@code all}), when this core is the writer. */
    private void write(List<Attribute> chosen, boolean all) {
        if (!isWriter()) {
            return;
        }
        var updates = new ArrayList<CibUpdate>();
        for (Attribute attribute : chosen) {
            for (Map.Entry<String, NodeValue> entry : attribute.values.entrySet()) {
                NodeValue value = entry.getValue();
                if (value.changed || all) {
                    updates.add(attribute.update(entry.getKey(), value.value));
                    value.written = value.value;
                    value.changed = false;
                }
            }
            // A deletion written is forgotten: nothing remains to show or to write again.
            attribute.values.values().removeIf(v -> v.value == null && !v.changed);
        }
        if (!updates.isEmpty()) {
            due.add(new AttributeEffect.WriteAttributes(updates));
        }
    }

    private static Duration positive(Duration dampen) {
        return dampen == null || dampen.isNegative() ? Duration.ZERO : dampen;
    }

    /** An attribute is a name with a lifetime: a transient and a permanent one may share a name. */
    private record Key(String name, Lifetime lifetime) {}

    /** One node's value: current (null when deleted), last written, and whether it awaits writing. */
    private static final class NodeValue {
        String value;
        String written;
        boolean changed;
    }

    /** One attribute across the nodes, with its delay and its running timer. */
    private static final class Attribute {
        final Key key;
        final TreeMap<String, NodeValue> values = new TreeMap<>();
        Duration dampen = Duration.ZERO;
        String setId;
        String timerId;

        Attribute(Key key) {
            this.key = key;
        }

        AttributeValue view(String node) {
            NodeValue value = values.get(node);
            return new AttributeValue(node, key.name(), key.lifetime(), value.value, value.written,
                    value.changed && timerId != null, dampen);
        }

        CibUpdate update(String node, String value) {
            if (key.lifetime() == Lifetime.REBOOT) {
                return value == null ? new CibUpdate.DeleteTransientAttribute(node, key.name())
                        : new CibUpdate.SetTransientAttribute(node, key.name(), value);
            }
            var owner = new AttributeOwner.NodeAttributes(node);
            return value == null ? new CibUpdate.DeleteAttribute(owner, setId, key.name())
                    : new CibUpdate.SetAttribute(owner, setId, key.name(), value);
        }
    }
}
