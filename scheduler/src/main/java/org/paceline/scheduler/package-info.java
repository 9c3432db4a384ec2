/**
 * The scheduler: a pure function from a CIB (configuration and status) and an instant
 * to a transition graph, placement scores and a summary. No threads, no I/O, no clock
 * of its own; the same code runs live, in crm_simulate and in the conformance suite.
 */
package org.paceline.scheduler;
