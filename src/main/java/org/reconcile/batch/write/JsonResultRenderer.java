package org.reconcile.batch.write;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;

import org.reconcile.advice.Advice;
import org.reconcile.batch.read.RawCase;
import org.reconcile.json.AdviceJson;
import org.reconcile.json.CaseError;

/** A result as the JSON object of {@link AdviceJson}, on one line. */
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
    public byte[] advised(long index, Optional<String> id, Advice advice) {
        return AdviceJson.write(index, id, advice, detail).getBytes(StandardCharsets.UTF_8);
    }

    // The line identifies a case of JSON Lines; in an array it would only mislead.
    @Override
    public byte[] invalid(long index, Optional<String> id, RawCase.Where where, CaseError error) {
        Optional<String> file = nameTheFile ? Optional.of(where.input()) : Optional.empty();
        OptionalInt line = where.jsonLines() ? OptionalInt.of(where.line()) : OptionalInt.empty();
        return AdviceJson.writeError(index, id, file, line, error).getBytes(StandardCharsets.UTF_8);
    }
}
