package org.paceline.cib.xml;

import static org.paceline.cib.xml.XmlElements.attributes;
import static org.paceline.cib.xml.XmlElements.element;

import java.util.List;

import org.paceline.cib.Cib;
import org.paceline.cib.Configuration;
import org.paceline.cib.XmlElement;
import org.paceline.cib.status.Status;

/**
 * The writer of the model as Pacemaker CIB XML, the way {@code cibadmin -Q} prints
 * it: a {@code <cib>} root without XML declaration, two-space indentation, sections
 * in Pacemaker's order, known attributes first and extras after them in the order
 * they were read.
 *
 * <p>Deterministic: the same {@link Cib} always gives the same text. What a document
 * was read with prints back, extras included; {@code crm_config}, {@code nodes},
 * {@code resources}, {@code constraints} and {@code status} are always written,
 * other sections when they hold something or were read present. Stateless and
 * thread-safe.
 */
public final class CibXmlWriter {
    private CibXmlWriter() {}

    /** The whole document, status included, ending with a line break. */
    public static String write(Cib cib) {
        return XmlPrinter.print(cib(cib));
    }

    /** The document with an empty {@code <status/>}: the configuration as a file to keep or send. */
    public static String writeConfigurationOnly(Cib cib) {
        return write(cib.withStatus(Status.EMPTY));
    }

    /**
     * The configuration's contents as elements that each stand on their own, one line
     * each without line break, as the crm shell's {@code xml} statement holds them:
     * templates and resources, constraints, nodes, fencing levels, alerts, tags and
     * cluster property sets as themselves; resource and operation defaults inside their
     * section; ACLs as one {@code acls} section; the configuration's extras as kept.
     * Each reads back with {@link CibXmlReader#readConfigurationElement}.
     */
    public static List<String> writeConfigurationElements(Configuration configuration) {
        return ConfigurationElements.write(configuration);
    }

    private static XmlElement cib(Cib cib) {
        var version = cib.version();
        return element("cib", attributes("epoch", Long.toString(version.epoch()),
                        "num_updates", Long.toString(version.numUpdates()),
                        "admin_epoch", Long.toString(version.adminEpoch())), cib.extras(),
                List.of(ConfigurationWriter.configuration(cib.configuration()), StatusWriter.status(cib.status())));
    }
}
