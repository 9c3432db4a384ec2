/**
 * The node daemon's own configuration: which cluster, which node, how to reach the
 * others, where state and logs go.
 *
 * <p>Owns the file format ({@link org.paceline.node.config.NodeConfigReader} reads it,
 * {@link org.paceline.node.config.NodeConfigWriter} writes it) and
 * {@link org.paceline.node.config.ClusterSetup}, which lays out a new cluster's files.
 * Takes text; gives a {@link org.paceline.node.config.NodeConfig} or problems naming the
 * file, the line and the setting. Never starts anything: the daemon does, from the value.
 */
package org.paceline.node.config;
