package org.paceline.node.attributes;

import java.util.Locale;
import java.util.Optional;

/** How long a node attribute lasts: {@code crm_attribute -l reboot|forever}. */
public enum Lifetime {
    /** Transient: in the status section, gone when the node leaves the cluster. */
    REBOOT,
    /** Permanent: in the node's instance attributes in the configuration. */
    FOREVER;

    /** {@code reboot} or {@code forever}; also {@code status} and {@code nodes}, as {@code crm_attribute -t} names them. */
    public static Optional<Lifetime> parse(String word) {
        return switch (word == null ? "" : word.strip().toLowerCase(Locale.ROOT)) {
            case "reboot", "status" -> Optional.of(REBOOT);
            case "forever", "nodes" -> Optional.of(FOREVER);
            default -> Optional.empty();
        };
    }
}
