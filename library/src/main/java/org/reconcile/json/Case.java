package org.reconcile.json;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.reconcile.model.Situation;

/**
 * One case as read from JSON: either {@link Valid}, with its situation, or {@link Invalid}, with
 * what is wrong. Either way it has the case's id, if the case gave one as a string. Without
 * pattern matching in {@code switch}, {@link #map(Function, Function)} handles both:
 *
 * <pre>{@code
 * String line = read.map(situation -> AdviceJson.write(advisor.advise(situation)),
 *         error -> AdviceJson.writeError(error));
 * }</pre>
 */
public sealed interface Case permits Case.Valid, Case.Invalid {

    /**
     * The case's own id.
     *
     * @return its {@code "id"}, if it gave one as a string
     */
    Optional<String> id();

    /**
     * True for a {@link Valid} case.
     *
     * @return whether the case can be advised on
     */
    boolean isValid();

    /**
     * The case's situation, if it is valid.
     *
     * @return the situation, or empty for an invalid case
     */
    Optional<Situation> validSituation();

    /**
     * What is wrong with the case, if it is invalid.
     *
     * @return the error, or empty for a valid case
     */
    Optional<CaseError> invalidError();

    /**
     * Applies {@code onValid} to a valid case's situation, or {@code onInvalid} to an invalid case's error.
     *
     * @param onValid what to make of a valid case's situation
     * @param onInvalid what to make of an invalid case's error
     * @param <T> what is made
     * @return what the function applied made
     */
    <T> T map(Function<? super Situation, ? extends T> onValid, Function<? super CaseError, ? extends T> onInvalid);

    /** A case whose every field is known and allowed. Immutable, compared by value. */
    final class Valid implements Case {
        private final Optional<String> id;
        private final Situation situation;

        /**
         * A valid case.
         *
         * @param id the case's own id, if it had one; not null
         * @param situation the facts it states; not null
         */
        public Valid(Optional<String> id, Situation situation) {
            this.id = Objects.requireNonNull(id, "id must not be null: use Optional.empty()");
            this.situation = Objects.requireNonNull(situation, "situation must not be null");
        }

        @Override
        public Optional<String> id() {
            return id;
        }

        /**
         * The facts the case states.
         *
         * @return the situation
         */
        public Situation situation() {
            return situation;
        }

        @Override
        public boolean isValid() {
            return true;
        }

        @Override
        public Optional<Situation> validSituation() {
            return Optional.of(situation);
        }

        @Override
        public Optional<CaseError> invalidError() {
            return Optional.empty();
        }

        @Override
        public <T> T map(Function<? super Situation, ? extends T> onValid, Function<? super CaseError, ? extends T> onInvalid) {
            return onValid.apply(situation);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Valid that && id.equals(that.id) && situation.equals(that.situation);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, situation);
        }

        /** The id, if any, and the situation. */
        @Override
        public String toString() {
            return "Case.Valid[" + id.map(i -> i + ", ").orElse("") + situation + "]";
        }
    }

    /** A case that cannot be advised on. Immutable, compared by value. */
    final class Invalid implements Case {
        private final Optional<String> id;
        private final CaseError error;

        /**
         * An invalid case.
         *
         * @param id the case's own id, if it was read before the problem was found; not null
         * @param error what is wrong, and in which field; not null
         */
        public Invalid(Optional<String> id, CaseError error) {
            this.id = Objects.requireNonNull(id, "id must not be null: use Optional.empty()");
            this.error = Objects.requireNonNull(error, "error must not be null");
        }

        @Override
        public Optional<String> id() {
            return id;
        }

        /**
         * What is wrong, and in which field.
         *
         * @return the error
         */
        public CaseError error() {
            return error;
        }

        @Override
        public boolean isValid() {
            return false;
        }

        @Override
        public Optional<Situation> validSituation() {
            return Optional.empty();
        }

        @Override
        public Optional<CaseError> invalidError() {
            return Optional.of(error);
        }

        @Override
        public <T> T map(Function<? super Situation, ? extends T> onValid, Function<? super CaseError, ? extends T> onInvalid) {
            return onInvalid.apply(error);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Invalid that && id.equals(that.id) && error.equals(that.error);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, error);
        }

        /** The id, if any, and the error. */
        @Override
        public String toString() {
            return "Case.Invalid[" + id.map(i -> i + ", ").orElse("") + error.describe() + "]";
        }
    }
}
