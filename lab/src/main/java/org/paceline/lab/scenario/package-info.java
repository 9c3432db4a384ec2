/**
 * Scenarios on a lab cluster, as an operator would run and watch them: the demos of
 * {@code paceline demo}, each a failure injected into a running cluster and its outcome
 * judged by an {@link org.paceline.lab.Observer} outside the daemons.
 */
package org.paceline.lab.scenario;
