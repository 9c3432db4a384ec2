package org.paceline.node.executor;

import java.util.List;
import java.util.Optional;

/**
 * What a fence action asks of a cluster-glue STONITH plugin, as Pacemaker's
 * {@code fence_legacy} bridge translates it: the {@code stonith} command's options, and the
 * operation an external script gets when Paceline runs it itself.
 */
enum StonithRequest {
    RESET("reset", true),
    OFF("off", true),
    ON("on", true),
    LIST("gethosts", false),
    STATUS("status", false),
    METADATA("getinfo-xml", false),
    VALIDATE("getinfo-xml", false);

    private final String scriptOperation;
    private final boolean needsTarget;

    StonithRequest(String scriptOperation, boolean needsTarget) {
        this.scriptOperation = scriptOperation;
        this.needsTarget = needsTarget;
    }

    /** The request for a fence action and its aliases ({@code reboot}, {@code poweroff}, {@code hostlist}, ...). */
    static Optional<StonithRequest> of(String action) {
        return Optional.ofNullable(switch (action == null ? "" : action) {
            case "reboot", "reset" -> RESET;
            case "off", "poweroff" -> OFF;
            case "on", "poweron" -> ON;
            case "list", "hostlist" -> LIST;
            case "status", "monitor", "stat" -> STATUS;
            case "metadata", "meta-data" -> METADATA;
            case "validate-all" -> VALIDATE;
            default -> null;
        });
    }

    /** Whether the request acts on one node ({@code -T TYPE NODE}). */
    boolean needsTarget() {
        return needsTarget;
    }

    /** {@code reset}, {@code off}, {@code on}: the first argument an external script gets. */
    String scriptOperation() {
        return scriptOperation;
    }

    /**
     * The {@code stonith} command's arguments: {@code -E} makes it read the device's
     * parameters from the environment, where {@code ps} does not show them (passwords).
     */
    List<String> stonithArguments(String type, String target) {
        return switch (this) {
            case RESET, OFF, ON -> List.of("-t", type, "-E", "-T", scriptOperation, target);
            case LIST -> List.of("-t", type, "-E", "-l");
            case STATUS -> List.of("-t", type, "-E", "-S");
            case METADATA, VALIDATE -> List.of("-t", type, "-m");
        };
    }

    /** The action in the words of the log: {@code reset pm01}, {@code device check}. */
    String describe(String type, String target) {
        return switch (this) {
            case RESET, OFF, ON -> type + " " + scriptOperation + " " + target;
            case LIST -> type + " host list";
            case STATUS -> type + " device check";
            case METADATA, VALIDATE -> type + " metadata";
        };
    }
}
