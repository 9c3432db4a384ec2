package org.paceline.node.ipc;

/** What a fence request asks: power a node off, cycle it, power it on, or take an operator's word that it is down. */
public enum FenceAction {
    REBOOT("reboot"),
    OFF("off"),
    ON("on"),
    /** {@code stonith_admin --confirm}: the operator swears the node is down; nothing is run. */
    CONFIRM("confirm");

    private final String word;

    FenceAction(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
