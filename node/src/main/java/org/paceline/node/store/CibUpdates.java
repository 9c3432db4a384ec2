package org.paceline.node.store;

import java.util.function.Function;

import org.paceline.cib.Cib;
import org.paceline.cib.Configuration;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;

/**
 * The application of one {@link CibUpdate} to a CIB: the changed copy with its version
 * bumped, or the problems that stopped it with nothing changed.
 */
final class CibUpdates {
    /** How problems about update requests name their source: there is no file. */
    static final String SOURCE = "cib";

    private CibUpdates() {}

    /**
     * The CIB after the update: epoch up and num_updates reset for a configuration change,
     * num_updates up for a status change, the same copy when nothing changed.
     */
    static Parsed<Cib> apply(Cib cib, CibUpdate update) {
        if (update == null) {
            return Parsed.invalid(problem("empty update request"));
        }
        Parsed<Cib> changed = changed(cib, update);
        return changed.map(next -> {
            if (next.equals(cib)) {
                return cib;
            }
            return next.withVersion(update.changesConfiguration() ? cib.version().nextEpoch()
                    : cib.version().nextUpdate());
        });
    }

    static Problem problem(String message) {
        return new Problem(SOURCE, 0, 0, message);
    }

    /** The next step's outcome when this one is valid; this one's problems otherwise. */
    static <T, U> Parsed<U> then(Parsed<T> parsed, Function<T, Parsed<U>> next) {
        return switch (parsed) {
            case Parsed.Valid<T> valid -> next.apply(valid.value());
            case Parsed.Invalid<T> invalid -> Parsed.invalid(invalid.problems());
        };
    }

    private static Parsed<Cib> changed(Cib cib, CibUpdate update) {
        Configuration configuration = cib.configuration();
        return switch (update) {
            case CibUpdate.ReplaceConfiguration u -> u.configuration() == null
                    ? Parsed.invalid(problem("the new configuration is missing"))
                    : ConfigurationIds.unique(u.configuration()).map(cib::withConfiguration);
            case CibUpdate.ReplaceSection u -> u.section() == null || u.source() == null
                    ? Parsed.invalid(problem("the section to replace, or its new content, is missing"))
                    : ConfigurationIds.unique(u.section().copy(u.source(), configuration)).map(cib::withConfiguration);
            case CibUpdate.SetAttribute u -> AttributeEdits.set(configuration, u).map(cib::withConfiguration);
            case CibUpdate.DeleteAttribute u -> AttributeEdits.delete(configuration, u).map(cib::withConfiguration);
            case CibUpdate.AddResource u -> ResourceEdits.add(configuration, u.resource()).map(cib::withConfiguration);
            case CibUpdate.ReplaceResource u ->
                    ResourceEdits.replace(configuration, u.resource()).map(cib::withConfiguration);
            case CibUpdate.DeleteResource u -> ResourceEdits.delete(configuration, u.id()).map(cib::withConfiguration);
            case CibUpdate.AddConstraint u ->
                    ConstraintEdits.add(configuration, u.constraint()).map(cib::withConfiguration);
            case CibUpdate.ReplaceConstraint u ->
                    ConstraintEdits.replace(configuration, u.constraint()).map(cib::withConfiguration);
            case CibUpdate.DeleteConstraint u -> ConstraintEdits.delete(configuration, u.id()).map(cib::withConfiguration);
            case CibUpdate.RecordOperation u -> OperationHistoryEdits.record(cib, u).map(cib::withStatus);
            case CibUpdate.ForgetResourceHistory u -> OperationHistoryEdits.forget(cib, u).map(cib::withStatus);
            case CibUpdate.SetTransientAttribute u -> TransientAttributeEdits.set(cib, u).map(cib::withStatus);
            case CibUpdate.DeleteTransientAttribute u -> TransientAttributeEdits.delete(cib, u).map(cib::withStatus);
            case CibUpdate.ClearTransientAttributes u -> TransientAttributeEdits.clear(cib, u).map(cib::withStatus);
            case CibUpdate.UpdateNodeState u -> NodeStates.update(cib, u).map(cib::withStatus);
            case CibUpdate.SetCibAttribute u -> cibAttribute(cib, u);
        };
    }

    private static Parsed<Cib> cibAttribute(Cib cib, CibUpdate.SetCibAttribute update) {
        if (update.name() == null || update.value() == null || update.name().isBlank()) {
            return Parsed.invalid(problem("a cib attribute needs a name and a value"));
        }
        if (java.util.Set.of("admin_epoch", "epoch", "num_updates", "validate-with").contains(update.name())) {
            return Parsed.invalid(problem("cib attribute \"" + update.name() + "\" is the store's own"));
        }
        var extras = new org.paceline.cib.Extras(cib.extras().attributes().with(update.name(), update.value()),
                cib.extras().children());
        return Parsed.valid(new Cib(cib.version(), cib.configuration(), cib.status(), extras));
    }
}
