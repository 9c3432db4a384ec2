package org.paceline.node.fencer;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the fencer has learnt from devices' own answers: the targets each device's
 * {@code list} printed (and when), each device's {@code status} answer for a target, and
 * which host argument each agent takes (from its {@code metadata}).
 *
 * <p>Filled only by the {@link Fencer} from agents' results; not thread-safe.
 */
public final class DeviceFacts {
    /** How long a {@code list} answer is believed: Pacemaker refreshes it after a minute. */
    public static final Duration LIST_LIFETIME = Duration.ofSeconds(60);

    /** A device's list answer: the targets it printed, or why it failed. */
    public record Listing(List<String> targets, String failure, Instant at) {
        public Listing {
            targets = List.copyOf(targets);
        }

        public boolean failed() {
            return failure != null;
        }
    }

    /** A status answer: the agent's rc (0 on, 2 off, else cannot tell) and its reason. */
    public record StatusAnswer(int rc, String detail) {
        public boolean knowsTarget() {
            return rc == 0 || rc == 2;
        }
    }

    private final Map<String, Listing> listings = new HashMap<>();
    private final Map<String, StatusAnswer> statuses = new HashMap<>();
    private final Map<String, String> hostArguments = new HashMap<>();

    /** The device's list answer while it is fresh at {@code now}. */
    public Optional<Listing> listing(String device, Instant now) {
        Listing listing = listings.get(device);
        if (listing == null || !listing.at().plus(LIST_LIFETIME).isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(listing);
    }

    public Optional<StatusAnswer> status(String device, String target) {
        return Optional.ofNullable(statuses.get(device + "\u0000" + target));
    }

    /** {@code plug} or {@code port} for an agent whose metadata was read. */
    public Optional<String> hostArgument(String agent) {
        return Optional.ofNullable(hostArguments.get(agent));
    }

    void putListing(String device, Listing listing) {
        listings.put(device, listing);
    }

    void putStatus(String device, String target, StatusAnswer answer) {
        statuses.put(device + "\u0000" + target, answer);
    }

    void putHostArgument(String agent, String argument) {
        hostArguments.put(agent, argument);
    }

    /** Status answers describe one moment: a new attempt on the target asks again. */
    void forgetStatuses(String target) {
        statuses.keySet().removeIf(key -> key.endsWith("\u0000" + target));
    }

    /** A device whose configuration changed may list other targets now. */
    void forgetDevice(String device) {
        listings.remove(device);
        statuses.keySet().removeIf(key -> key.startsWith(device + "\u0000"));
    }
}
