package org.reconcile.fuzz;

import java.util.Optional;

import org.reconcile.model.Situation;

/** What reading a generated case must give. */
public sealed interface Expected permits Expected.Valid, Expected.Invalid, Expected.Any {

    /** A verdict: the advice the facade gives for {@code situation}, and the id echoed. */
    record Valid(Situation situation, Optional<String> id) implements Expected {
    }

    /**
     * An error naming {@code field}, or naming none when the case as a whole is at fault; its
     * message contains {@code hint} (which may be empty).
     */
    record Invalid(Optional<String> field, String hint) implements Expected {
        static Invalid of(String field) {
            return new Invalid(Optional.of(field), "");
        }

        static Invalid of(String field, String hint) {
            return new Invalid(Optional.of(field), hint);
        }

        static Invalid whole(String hint) {
            return new Invalid(Optional.empty(), hint);
        }
    }

    /** One result, a verdict or an error: bytes changed at random may or may not still be a case. */
    record Any() implements Expected {
    }
}
