/**
 * Seed 000's fencing demonstrations on a two-node cluster of processes: a stop timeout
 * with fencing off and {@code on-fail=block}, the same with fencing and
 * {@code on-fail=fence}, a split brain with one survivor, and escalation from
 * stonith-helper through libvirt to meatware and {@code meatclient -c}.
 *
 * <p>Each is a {@link org.paceline.lab.scenario.fencing.Demonstration}:
 * {@link org.paceline.lab.scenario.fencing.SplitBrain} (two variants, in network namespaces,
 * root only) and {@link org.paceline.lab.scenario.fencing.Escalation} (on loopback). They
 * start daemons, agents and namespaces and leave none behind; they learn what happened only
 * as an operator would (crm_mon, the operational log, the agents' files, the power records).
 */
package org.paceline.lab.scenario.fencing;
