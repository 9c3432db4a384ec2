/**
 * {@code paceline bench scheduler}: the scheduler at the sizes the scheduler issue sets
 * its bars at. Generates running clusters (16x1000, 32x5000, 32x10000 nodes by
 * primitives, healthy and with one node lost), times Paceline's scheduler warm in this
 * JVM, {@code paceline simulate -S} and Pacemaker's {@code crm_simulate -S} as whole
 * processes on the same files, checks that both print the same Transition Summary, and
 * says for each bar whether it is met. Writes only temporary files, which it removes;
 * reads the clock only to time.
 */
package org.paceline.bench.scale;
