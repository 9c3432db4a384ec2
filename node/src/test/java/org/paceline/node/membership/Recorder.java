package org.paceline.node.membership;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A listener that keeps what it heard, for tests; safe to read from the test thread. */
final class Recorder implements MembershipListener {

    /** A message as heard: who sent it and its text. */
    record Heard(String from, String text) {}

    private final List<MembershipView> views = new ArrayList<>();
    private final List<Heard> messages = new ArrayList<>();

    @Override
    public synchronized void viewChanged(MembershipView view) {
        views.add(view);
    }

    @Override
    public synchronized void received(String fromNode, byte[] message) {
        messages.add(new Heard(fromNode, new String(message, StandardCharsets.UTF_8)));
    }

    synchronized List<MembershipView> views() {
        return List.copyOf(views);
    }

    synchronized MembershipView lastView() {
        return views.isEmpty() ? null : views.getLast();
    }

    synchronized List<Heard> messages() {
        return List.copyOf(messages);
    }

    /** Waits, at most {@code timeout}, until the last view satisfies the test; says whether it did. */
    boolean awaitView(Predicate<MembershipView> test, Duration timeout) {
        return await(() -> {
            MembershipView last = lastView();
            return last != null && test.test(last);
        }, timeout);
    }

    boolean awaitMessage(Predicate<Heard> test, Duration timeout) {
        return await(() -> messages().stream().anyMatch(test), timeout);
    }

    static boolean await(java.util.function.BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
