package org.paceline.cib;

import java.util.List;
import java.util.function.Function;

/** The outcome of reading user input: a value, or the problems that stopped it (never both). */
public sealed interface Parsed<T> permits Parsed.Valid, Parsed.Invalid {

    record Valid<T>(T value) implements Parsed<T> {}

    record Invalid<T>(List<Problem> problems) implements Parsed<T> {
        public Invalid {
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid result names at least one problem");
            }
            problems = List.copyOf(problems);
        }
    }

    static <T> Parsed<T> valid(T value) {
        return new Valid<>(value);
    }

    static <T> Parsed<T> invalid(Problem problem) {
        return new Invalid<>(List.of(problem));
    }

    static <T> Parsed<T> invalid(List<Problem> problems) {
        return new Invalid<>(problems);
    }

    default <U> Parsed<U> map(Function<T, U> f) {
        return switch (this) {
            case Valid<T> v -> new Valid<>(f.apply(v.value()));
            case Invalid<T> i -> new Invalid<>(i.problems());
        };
    }

    /** The value; a caller that did not check validity first has a bug. */
    default T orThrow() {
        return switch (this) {
            case Valid<T> v -> v.value();
            case Invalid<T> i -> throw new IllegalStateException("not valid: " + i.problems().getFirst().oneLine());
        };
    }

    default boolean isValid() {
        return this instanceof Valid<T>;
    }
}
