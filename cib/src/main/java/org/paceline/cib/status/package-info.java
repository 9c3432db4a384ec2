/**
 * The status section: node states, each node's operation history and transient
 * attributes, and tickets; values kept exactly as Pacemaker writes them, so that a
 * live history replays in {@code crm_simulate}.
 */
package org.paceline.cib.status;
