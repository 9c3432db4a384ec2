/**
 * From placement to changes: what each resource must do (start, stop, move, recover,
 * promote, demote), which nodes must be fenced first, and the Transition Summary that
 * says so. Pure; no I/O.
 */
package org.paceline.scheduler.actions;
