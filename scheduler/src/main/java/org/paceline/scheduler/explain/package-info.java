/**
 * Answers "why is it (not) running there?": for one resource, how its score on each
 * node was made (each location rule, stickiness, colocation, dependent's preference,
 * ban and its reason), where it goes, and why each of its actions exists. No Pacemaker
 * tool says this. Pure; no I/O.
 */
package org.paceline.scheduler.explain;
