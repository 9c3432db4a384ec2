package org.paceline.node.status;

/**
 * A resource instance active on a node.
 *
 * @param role Started, Promoted or Unpromoted
 */
public record ResourceLocation(String node, String role) {}
