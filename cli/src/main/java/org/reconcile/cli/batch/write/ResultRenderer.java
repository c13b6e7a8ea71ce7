package org.reconcile.cli.batch.write;

import java.util.Optional;

import org.reconcile.advice.Advice;
import org.reconcile.cli.batch.read.RawCase;
import org.reconcile.json.CaseError;
import org.reconcile.model.Situation;

/** Writes one case's result as bytes: a JSON object, or a block of text. */
public interface ResultRenderer {
    /** The result of the case numbered {@code index}, stating {@code situation}, advised on. */
    byte[] advised(long index, Optional<String> id, Situation situation, Advice advice);

    /** The result of the case numbered {@code index}, read at {@code where}, found invalid. */
    byte[] invalid(long index, Optional<String> id, RawCase.Where where, CaseError error);
}
