package org.reconcile.json;

import java.util.Objects;
import java.util.Optional;

import org.reconcile.model.Situation;

/**
 * One case as read from JSON: either {@link Valid}, with its situation, or {@link Invalid}, with
 * what is wrong. Either way it has the case's id, if the case gave one as a string.
 */
public sealed interface Case permits Case.Valid, Case.Invalid {

    /**
     * The case's own id.
     *
     * @return its {@code "id"}, if it gave one as a string
     */
    Optional<String> id();

    /**
     * A case whose every field is known and allowed.
     *
     * @param id the case's own id, if it had one
     * @param situation the facts it states
     */
    record Valid(Optional<String> id, Situation situation) implements Case {
        /**
         * Checks that nothing is missing.
         *
         * @param id the case's own id, if it had one
         * @param situation the facts it states
         */
        public Valid {
            Objects.requireNonNull(id, "id must not be null: use Optional.empty()");
            Objects.requireNonNull(situation, "situation must not be null");
        }
    }

    /**
     * A case that cannot be advised on.
     *
     * @param id the case's own id, if it was read before the problem was found
     * @param error what is wrong, and in which field
     */
    record Invalid(Optional<String> id, CaseError error) implements Case {
        /**
         * Checks that nothing is missing.
         *
         * @param id the case's own id, if it was read before the problem was found
         * @param error what is wrong, and in which field
         */
        public Invalid {
            Objects.requireNonNull(id, "id must not be null: use Optional.empty()");
            Objects.requireNonNull(error, "error must not be null");
        }
    }
}
