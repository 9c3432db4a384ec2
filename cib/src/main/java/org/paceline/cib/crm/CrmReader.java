package org.paceline.cib.crm;

import java.util.List;
import java.util.Set;

import org.paceline.cib.Attrs;
import org.paceline.cib.Cib;
import org.paceline.cib.CibVersion;
import org.paceline.cib.Configuration;
import org.paceline.cib.Document;
import org.paceline.cib.Extras;
import org.paceline.cib.Parsed;
import org.paceline.cib.status.Status;

/**
 * Reads a crm shell {@code configure} file into the CIB model.
 *
 * <p>Statements are separated by line ends; a line ending in {@code \} (or {@code ¥},
 * as Japanese fonts show it) continues on the next. Ids the text leaves out are made as
 * crmsh makes them, unique in the document and the same on every reading. Mistakes come
 * back as problems (the first of each statement, with its line and column); reading
 * never throws and always ends. The CIB declares the schema {@link #SCHEMA} in its
 * {@code validate-with} attribute.
 */
public final class CrmReader {
    /**
     * The schema a CIB read from crm text declares: the newest that Pacemaker 2.1.5 (whose
     * {@code crm_simulate} must accept what Paceline writes) knows.
     */
    public static final String SCHEMA = "pacemaker-3.9";

    private CrmReader() {}

    /**
     * Reads a whole document.
     *
     * @param fileName the file as the user named it, for problems; null means standard input
     */
    public static Parsed<Document> read(String fileName, String text) {
        String file = fileName == null ? "-" : fileName;
        List<Statement> statements = CrmLexer.statements(file, text);
        // The first reading learns which ids the text writes out, so that no made id takes one.
        Set<String> written = new ConfigurationReading(file, Set.of()).read(statements).writtenIds();
        ConfigurationReading reading = new ConfigurationReading(file, written).read(statements);
        Configuration configuration = reading.configuration();
        if (!reading.problems().isEmpty()) {
            return Parsed.invalid(reading.problems());
        }
        var cib = new Cib(CibVersion.ZERO, configuration, Status.EMPTY,
                Extras.of(Attrs.of("validate-with", SCHEMA)));
        return Parsed.valid(new Document(cib, reading.sourceMap(), Document.Format.CRM));
    }
}
