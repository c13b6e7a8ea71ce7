package org.reconcile.cli.batch.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.OptionalInt;

import org.reconcile.advice.Advice;
import org.reconcile.cli.batch.read.RawCase;
import org.reconcile.json.AdviceJson;
import org.reconcile.json.CaseError;
import org.reconcile.model.Situation;

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
    public byte[] advised(long index, Optional<String> id, Situation situation, Advice advice) {
        return bytes(out -> AdviceJson.write(index, id, advice, detail, out));
    }

    // The line identifies a case of JSON Lines; in an array it would only mislead.
    @Override
    public byte[] invalid(long index, Optional<String> id, RawCase.Where where, CaseError error) {
        Optional<String> file = nameTheFile ? Optional.of(where.input()) : Optional.empty();
        OptionalInt line = where.jsonLines() ? OptionalInt.of(where.line()) : OptionalInt.empty();
        return bytes(out -> AdviceJson.writeError(index, id, file, line, error, out));
    }

    /** Writes to a stream. */
    @FunctionalInterface
    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    // Straight to UTF-8 bytes: through a String, a result of 3 KB costs as much again to decode and encode.
    private static byte[] bytes(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
