/**
 * Seed 000's fencing demonstrations on a two-node cluster of processes: a stop timeout
 * with fencing off and {@code on-fail=block}, the same with fencing and
 * {@code on-fail=fence}, a split brain with one survivor, and escalation from
 * stonith-helper through libvirt to meatware and {@code meatclient -c}.
 */
package org.paceline.lab.scenario.fencing;
