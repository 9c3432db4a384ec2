/**
 * Benchmarks of {@code Scheduler.schedule}: JMH benchmarks on generated clusters, and
 * {@code paceline bench scheduler --conformance}, which times Paceline's scheduler in this JVM and
 * Pacemaker's {@code crm_simulate} as a process on the same inputs, in the same run,
 * and prints the ratio. Takes a folder of CIBs and the path of crm_simulate; writes
 * only temporary files, which it removes.
 */
package org.paceline.bench.scheduler;
