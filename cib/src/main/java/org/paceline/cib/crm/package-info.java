/**
 * The crm shell's {@code configure} language: {@link org.paceline.cib.crm.CrmReader} reads
 * it into the CIB model, {@link org.paceline.cib.crm.CrmWriter} prints the model back as
 * canonical crm text, or for display as {@code crm configure show} does.
 *
 * <p>Takes text (a file's content and the name the user gave it) or a {@link org.paceline.cib.Cib};
 * gives a {@link org.paceline.cib.Document} or text, or the {@link org.paceline.cib.Problem}s
 * that stopped it. Ids the text leaves out are generated the way crmsh names them, so
 * that the result looks like a CIB crmsh made. What crm syntax has no words for travels
 * as crmsh's {@code xml} statement, read and written through {@link org.paceline.cib.xml}.
 * No I/O, never throws on input.
 */
package org.paceline.cib.crm;
