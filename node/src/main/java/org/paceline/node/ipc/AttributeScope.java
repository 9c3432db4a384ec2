package org.paceline.node.ipc;

/**
 * Where a name/value pair lives, in crm_attribute's words.
 *
 * <p>{@code STATUS} is a node's transient attribute ({@code -l reboot}, attrd's domain:
 * dampened, gone when the node leaves); {@code NODES} a node's permanent one
 * ({@code -l forever}); the others have no node.
 */
public enum AttributeScope {
    STATUS("status"),
    NODES("nodes"),
    CRM_CONFIG("crm_config"),
    RSC_DEFAULTS("rsc_defaults"),
    OP_DEFAULTS("op_defaults");

    private final String word;

    AttributeScope(String word) {
        this.word = word;
    }

    /** crm_attribute's name for it, printed as {@code scope=WORD}. */
    public String word() {
        return word;
    }

    public boolean perNode() {
        return this == STATUS || this == NODES;
    }
}
