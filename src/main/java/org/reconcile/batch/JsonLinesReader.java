package org.reconcile.batch;

import java.io.IOException;
import java.io.InputStream;

/** Reads JSON Lines: each non-blank line is a case, parsed later on its own, so a broken line spoils only itself. */
final class JsonLinesReader {
    private JsonLinesReader() {
    }

    static void read(InputStream in, CaseSink sink) throws IOException, InterruptedException {
        LineReader lines = new LineReader(in);
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            if (line.blank()) {
                continue;
            }
            sink.accept(line.number(), line.tooLong()
                    ? CaseInput.unreadable("a line must be at most " + Json.MAX_CASE_BYTES + " bytes (1 MiB), was longer")
                    : new CaseInput.Line(line.bytes()));
        }
    }
}
