package org.paceline.node.status;

/** A known node: {@code member} while it is in the membership. */
public record NodeEntry(String id, String name, boolean member) {}
