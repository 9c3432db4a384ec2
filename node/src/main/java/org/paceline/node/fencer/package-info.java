/**
 * The fencer: chooses fencing devices for a node and runs their fence agents until the
 * node is fenced or every way has failed, and keeps the history of every attempt.
 *
 * <p>Owns device choice ({@link org.paceline.node.fencer.FencingPlan}: the
 * {@code fencing-topology} of {@link org.paceline.node.fencer.FencingTopology}, levels tried in
 * index order with every device of a level needed; without one, every device that can fence
 * the target by {@code pcmk_host_check}: {@code pcmk_host_list}/{@code pcmk_host_map}, the
 * agent's cached {@code list}, its {@code status}, or none), the {@code pcmk_*} settings of
 * {@link org.paceline.node.fencer.FenceDevice} (per-action timeouts and retries, delays, host
 * map aliases), the cluster's fencing timeout across a whole attempt, and the
 * {@link org.paceline.node.fencer.FencingHistory} {@code stonith_admin -H} shows.
 *
 * <p>Takes {@link org.paceline.node.fencer.FencerEvent}s: the CIB with node attributes (from
 * the CIB store, on every committed version), {@link org.paceline.node.fencer.FenceRequest}s
 * (from the controller's fence actions, which it must not count as done before their
 * {@code FencingCompleted}: nothing of an unclean node is recovered elsewhere until then, and
 * from {@code stonith_admin}), agents' {@code OpResult}s, and timers. Gives
 * {@link org.paceline.node.fencer.FencerEffect}s: {@code RunFenceAgent} (an executor
 * {@code FenceOperation}, run by {@code executor.FenceAgent}, which builds the agent's
 * standard input and kills its process group at the timeout), {@code CancelFenceAgent},
 * {@code SetTimer} and {@code FencingCompleted}.
 *
 * <p>What the operational log says of fencing, and where (the rule; wording in
 * {@code controller.OperationalEvent}): the DC asks for a target ("Try to STONITH (reboot)
 * pm02.", seed 002); the node that runs the devices logs every fencing run of every device as
 * it starts ("Try to STONITH (RESET) the Node pm1 to prmSt1-1 (external/stonith-helper)
 * (pid=9400)", seed 000; questions to devices are no attempts), and every device that failed
 * for good, its retries spent, from the {@link org.paceline.node.fencer.FencerEffect.DeviceFailed}
 * the fencer gives ("Failed to STONITH the Node pm1 with one local device (exitcode=5). Will
 * try to use the next local device." when another level follows); the DC logs the outcome, in
 * seed 000's words when cluster-glue STONITH plugins fenced ("Succeeded to STONITH (RESET) the
 * Node pm1 by Node pm2."), in seed 002's when fence agents did ("Succeeded to STONITH (reboot)
 * pm02 by pm01."). The fencer itself writes no line: it says what happened, the daemon's core
 * words it.
 *
 * <p>The test fence agent {@code fence_paceline_test} lives in {@code node/src/main/agents/fence/}
 * (the daemon adds that folder to its fence agent path). It powers a host of a one-machine
 * test cluster off by SIGKILLing every process whose environment holds
 * {@code PACELINE_TEST_HOST=<node name>}, and their descendants: each test host's daemon is
 * started with that variable and runs its agents through
 * {@code ProcessScriptRunner.markingTestHost}, so that daemons they start carry it too.
 *
 * <p>{@link org.paceline.node.fencer.Fencer} never does I/O, reads no clock (time comes in the
 * events), starts no thread, and draws chance only from the injected
 * {@link java.util.random.RandomGenerator}; the daemon's
 * {@link org.paceline.node.daemon.NodeLoop} runs its agents and timers. The package never decides whether a node must be fenced (the
 * scheduler's business) nor starts a process itself (the executor's).
 */
package org.paceline.node.fencer;
