/**
 * Pacemaker CIB XML in and out of the model: {@link org.paceline.cib.xml.CibXmlReader}
 * and {@link org.paceline.cib.xml.CibXmlWriter}.
 *
 * <p>Owns the mapping between CIB elements (schemas pacemaker-1.x to 3.x, legacy
 * {@code master} and 1.x ACLs included) and the records of {@code org.paceline.cib}.
 * Takes text, gives a {@link org.paceline.cib.Document} or the problems that stop it,
 * with file, line and column; gives text back from a {@link org.paceline.cib.Cib}.
 * What the model has no field for travels in extras, so nothing read is lost on the
 * way back. One element of a configuration also reads and writes on its own, for the
 * crm shell's {@code xml} statement. Never does I/O, never throws on any input, keeps no
 * state between calls.
 */
package org.paceline.cib.xml;
