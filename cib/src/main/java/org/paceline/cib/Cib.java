package org.paceline.cib;

import org.paceline.cib.status.Status;

/**
 * The whole cluster information base: configuration and status, and the version
 * that orders copies of it.
 *
 * @param extras the {@code cib} element's other attributes ({@code validate-with},
 *               {@code crm_feature_set}, {@code have-quorum}, {@code dc-uuid}, ...) and
 *               any unknown children
 */
public record Cib(CibVersion version, Configuration configuration, Status status, Extras extras) {
    public Cib {
        version = version == null ? CibVersion.ZERO : version;
        status = status == null ? Status.EMPTY : status;
        extras = extras == null ? Extras.NONE : extras;
    }

    public static Cib of(Configuration configuration) {
        return new Cib(CibVersion.ZERO, configuration, Status.EMPTY, Extras.NONE);
    }

    /** The schema the document declares, such as {@code pacemaker-3.9} (crm input declares the one Paceline writes). */
    public java.util.Optional<String> validateWith() {
        return extras.attributes().get("validate-with");
    }

    public Cib withConfiguration(Configuration newConfiguration) {
        return new Cib(version, newConfiguration, status, extras);
    }

    public Cib withStatus(Status newStatus) {
        return new Cib(version, configuration, newStatus, extras);
    }

    public Cib withVersion(CibVersion newVersion) {
        return new Cib(newVersion, configuration, status, extras);
    }
}
