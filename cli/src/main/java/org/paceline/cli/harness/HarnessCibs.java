package org.paceline.cli.harness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.paceline.cib.Cib;
import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.xml.CibXmlReader;

/** The CIBs the harness serves: a PostgreSQL pair as the seeds run it, primary on pm01. */
public final class HarnessCibs {
    private HarnessCibs() {}

    /** pm01 and pm02; pgsql promoted on pm01 with the master group, vip-rep failed once there. */
    public static Cib pgsqlPair() {
        try (InputStream in = HarnessCibs.class.getResourceAsStream("pgsql-pair.xml")) {
            if (in == null) {
                throw new IllegalStateException("the harness CIB pgsql-pair.xml is missing from the class path");
            }
            Parsed<Document> parsed = CibXmlReader.read("pgsql-pair.xml", new String(in.readAllBytes(),
                    StandardCharsets.UTF_8));
            if (parsed instanceof Parsed.Invalid<Document> invalid) {
                throw new IllegalStateException("the harness CIB does not read: " + invalid.problems().getFirst().oneLine());
            }
            return parsed.orThrow().cib();
        } catch (IOException e) {
            throw new IllegalStateException("the harness CIB cannot be read: " + e.getMessage(), e);
        }
    }
}
