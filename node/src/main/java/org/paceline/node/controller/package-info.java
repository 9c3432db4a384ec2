/**
 * The controller: the DC's transition engine ({@link org.paceline.node.controller.Controller})
 * and each node's operation side ({@link org.paceline.node.controller.LocalResources},
 * Pacemaker's "LRM"), as pure cores, with the operational log they write
 * ({@link org.paceline.node.controller.OperationalEvent}, pm_logconv's wording).
 *
 * <p><b>Owns</b> when the scheduler runs (every relevant change, cluster-recheck-interval,
 * the graph's recheck-by, after an aborted transition), the execution of a transition
 * graph (inputs first, priority, batch-limit and node-action-limit, pseudo actions at
 * once, timeouts of the action's own timeout plus cluster-delay, abort on a failure or
 * any new event), how results enter the status section (Pacemaker 2.1's
 * {@code lrm_rsc_op} with transition key and magic, call-id, rc-code, op-status,
 * last-rc-change, exec-time, queue-time, op-digest; fail-count and last-failure
 * attributes), what a fenced, lost, joining or departing node's state becomes, and
 * when a fail-over begins and ends. It never decides placement or recovery: the
 * scheduler does, from what is recorded here (migration-threshold, failure-timeout,
 * on-fail, standby, maintenance are its reading of these records and attributes).
 *
 * <p><b>Takes</b> (the daemon loop feeds): on the DC, {@code ControllerEvent}s:
 * {@code CibChanged} for every {@code CibCommitted} of the store (and the first CIB),
 * {@code BecameDc}/{@code LostDc} from the election (the JGroups coordinator),
 * {@code NodeJoined}/{@code NodeLeft} from membership, {@code OperationFinished} for
 * each {@code Report} a node's {@code LocalResources} sends, {@code FencingFinished}
 * and {@code FenceDeviceTried} from the fencer, {@code TimerFired}, and
 * {@code ShutdownRequested} when a node is to leave. On every node,
 * {@code LocalEvent}s: the {@code RunOperation}/{@code CancelRecurring} effects routed
 * to it, the executor's {@code Finished}, {@code TimerFired}.
 *
 * <p><b>Gives</b> effects, in order: {@code RecordResult} (a list of
 * {@link org.paceline.node.store.CibUpdate}s for the store, advanced back once the store
 * acknowledged them), {@code RunOperation}, {@code CancelRecurring}, {@code Fence},
 * {@code SetTimer}/{@code CancelTimer}, {@code ShutdownReady} (nothing runs on the node
 * any more), {@code OperationalLog}; and from {@code LocalResources}: {@code Execute}
 * (an {@link org.paceline.node.executor.OcfOperation} inside the request, run through
 * the executor), {@code CancelExecution}, timers, {@code Report} (to the DC).
 *
 * <p><b>Wiring</b> (what the daemon loop must do, as the tests' driver does with the real
 * {@link org.paceline.node.store.CibStore}): each update of a {@code RecordResult} goes to
 * the store as an {@code UpdateRequested}, in order; the effect is {@code advance}d once
 * the store has acknowledged all of them; every {@code CibCommitted} becomes a
 * {@code CibChanged}. The controller plans from the committed CIB with its own
 * unacknowledged writes applied, so it never waits for the store, and it tells its own
 * echo from a relevant change by that view. {@code RunOperation}/{@code CancelRecurring}
 * go to the named node's {@code LocalResources} (locally, or over membership); a node
 * that cannot be reached simply never answers: the action's timer decides. The
 * {@code have-quorum} mark on the cib element is the quorum loop's to write (a
 * {@code SetCibAttribute} update); the controller writes {@code crm_feature_set} and
 * {@code dc-uuid} when elected.
 *
 * <p><b>Never</b> does I/O, reads a clock, draws a random number or starts a thread:
 * instants come in the events, the DC's uuid comes in the constructor. Never writes the
 * CIB itself: the store applies what it is given and announces the result.
 */
package org.paceline.node.controller;
