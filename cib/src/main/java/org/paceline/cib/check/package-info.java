/**
 * Semantic checks of a configuration that parsed: what Pacemaker would reject or
 * misread although the text is well formed (duplicate ids, references to nothing,
 * bad scores, unknown operations, mandatory orders that wait on each other).
 *
 * <p>Takes a {@link org.paceline.cib.Document}; gives {@link org.paceline.cib.check.Finding}s
 * placed by the document's source map. No I/O.
 */
package org.paceline.cib.check;
