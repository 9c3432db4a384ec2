/**
 * The status views operators and agents read, rendered from a CIB and the daemon's view
 * of the cluster ({@link org.paceline.node.status.DaemonView}): crm_mon's text
 * ({@link org.paceline.node.status.CrmMonText}) and XML
 * ({@link org.paceline.node.status.CrmMonXml}), and where a resource runs
 * ({@link org.paceline.node.status.ResourceLocator}).
 *
 * <p>Takes a CIB, a view, an instant and a zone; gives text. Pure: no I/O, no clock. The
 * daemon renders, not the face, so that an agent's {@code crm_mon -1 --output-as=xml} costs
 * one small process and a warm JVM's microseconds.
 */
package org.paceline.node.status;
