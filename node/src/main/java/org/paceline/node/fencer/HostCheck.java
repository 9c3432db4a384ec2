package org.paceline.node.fencer;

import java.util.Locale;
import java.util.Optional;

/** How a device is asked which targets it can fence: Pacemaker's {@code pcmk_host_check}. */
public enum HostCheck {
    /** The targets named in {@code pcmk_host_list} or {@code pcmk_host_map}. */
    STATIC_LIST("static-list"),
    /** The targets the agent's {@code list} action prints (cached). */
    DYNAMIC_LIST("dynamic-list"),
    /** Whatever the agent's {@code status} action for the target answers on (0) or off (2) for. */
    STATUS("status"),
    /** Every target. */
    NONE("none");

    private final String word;

    HostCheck(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<HostCheck> parse(String text) {
        for (HostCheck check : values()) {
            if (check.word.equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(check);
            }
        }
        return Optional.empty();
    }
}
