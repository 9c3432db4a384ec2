/**
 * The Pacemaker-named helpers as lean processes: {@code crm_attribute}, {@code crm_master},
 * {@code attrd_updater}, {@code crm_node}, {@code crm_resource}, {@code crm_mon},
 * {@code pacemakerd}, {@code stonith_admin}, {@code cibadmin}.
 *
 * <p>Each reads its command line by hand ({@link org.paceline.cli.faces.Arguments}), asks
 * the local daemon over {@code org.paceline.node.ipc} and prints the answer in Pacemaker's
 * words and exit codes. No picocli, no reflection, nothing rendered here that the daemon
 * can render warm: an agent calls these many times a monitor, so each call is a process
 * that must start and finish in tens of milliseconds (see {@code sbin/}).
 *
 * <p>When the daemon cannot be reached a face prints one line ("crm_mon: Paceline is not
 * running on this node (no socket at PATH)") and exits 102 (CRM_EX_DISCONNECT).
 */
package org.paceline.cli.faces;
