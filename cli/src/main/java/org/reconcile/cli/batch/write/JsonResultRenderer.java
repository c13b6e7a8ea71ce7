package org.reconcile.cli.batch.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.OptionalInt;

import org.reconcile.advice.Advice;
import org.reconcile.cli.batch.read.RawCase;
import org.reconcile.json.AdviceJson;
import org.reconcile.json.CaseError;
import org.reconcile.model.Situation;

/** A result as the JSON object of {@link AdviceJson}, on one line, straight to UTF-8 bytes. */
public final class JsonResultRenderer implements ResultRenderer {
    private final boolean nameTheFile;
    private final AdviceJson.Detail detail;

    /**
     * With {@code nameTheFile}, error results say which input they came from (when there are
     * several); {@code detail} says how much of the advice to write.
     */
    public JsonResultRenderer(boolean nameTheFile, AdviceJson.Detail detail) {
        this.nameTheFile = nameTheFile;
        this.detail = detail;
    }

    @Override
    public void advised(long index, Optional<String> id, Situation situation, Advice advice, OutputStream out) throws IOException {
        AdviceJson.write(index, id, advice, detail, out);
    }

    // The line identifies a case of JSON Lines; in an array it would only mislead.
    @Override
    public void invalid(long index, Optional<String> id, RawCase.Where where, CaseError error, OutputStream out) throws IOException {
        Optional<String> file = nameTheFile ? Optional.of(where.input()) : Optional.empty();
        OptionalInt line = where.jsonLines() ? OptionalInt.of(where.line()) : OptionalInt.empty();
        AdviceJson.writeError(index, id, file, line, error, out);
    }
}
