/**
 * The cluster information base (CIB) as an immutable model: configuration and status,
 * as Pacemaker's XML schema defines them.
 *
 * <p>Owns the records every other module reads. Values are kept as written (raw
 * strings, null when absent) so that a document prints back as it was; what the model
 * has no field for is kept in {@link org.paceline.cib.Extras}. Takes nothing from other
 * modules; does no I/O.
 */
package org.paceline.cib;
