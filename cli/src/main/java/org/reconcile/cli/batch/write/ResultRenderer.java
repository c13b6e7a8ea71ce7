package org.reconcile.cli.batch.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

import org.reconcile.advice.Advice;
import org.reconcile.cli.batch.read.RawCase;
import org.reconcile.json.CaseError;
import org.reconcile.model.Situation;

/** Writes one case's result as bytes: a JSON object, or a block of text. */
public interface ResultRenderer {
    /** Writes the result of the case numbered {@code index}, stating {@code situation}, advised on. */
    void advised(long index, Optional<String> id, Situation situation, Advice advice, OutputStream out) throws IOException;

    /** Writes the result of the case numbered {@code index}, read at {@code where}, found invalid. */
    void invalid(long index, Optional<String> id, RawCase.Where where, CaseError error, OutputStream out) throws IOException;
}
