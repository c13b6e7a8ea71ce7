package org.reconcile.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The cases of every input in turn, numbered continuously across inputs. Each input's format is
 * detected on its own, from its content.
 */
final class CaseSource {
    private final List<Input> inputs;
    private final FormatDetector.Detected first;

    /** The cases of {@code inputs}, the first of which is already open and detected as {@code first}. */
    CaseSource(List<Input> inputs, FormatDetector.Detected first) {
        this.inputs = List.copyOf(inputs);
        this.first = first;
    }

    /** Takes each case as read. */
    @FunctionalInterface
    interface Handler {
        void accept(CaseInput input) throws InterruptedException;
    }

    /** Reads every case of every input, in order, handing each to {@code handler}. */
    void read(Handler handler) throws StoppedReading, InterruptedException {
        long[] index = {0};
        for (int i = 0; i < inputs.size(); i++) {
            Input input = inputs.get(i);
            FormatDetector.Detected detected = i == 0 ? first : open(input);
            boolean jsonLines = detected.format() == InputFormat.JSON_LINES;
            CaseSink sink = (line, content) -> handler.accept(
                    new CaseInput(++index[0], new CaseInput.Origin(input.name(), line, jsonLines), content));
            try (InputStream content = detected.content()) {
                switch (detected.format()) {
                    case ARRAY -> JsonDocumentReader.readArray(input.name(), content, sink);
                    case SINGLE -> JsonDocumentReader.readSingle(input.name(), content, sink);
                    case JSON_LINES -> JsonLinesReader.read(content, sink);
                    case EMPTY -> { }
                }
            } catch (IOException e) {
                throw cannotRead(input, e);
            }
        }
    }

    /** Opens {@code input} and detects its format from its first bytes. */
    static FormatDetector.Detected open(Input input) throws StoppedReading {
        InputStream in = null;
        try {
            in = input.opener().open();
            return FormatDetector.detect(in);
        } catch (IOException e) {
            closeQuietly(in);
            throw cannotRead(input, e);
        }
    }

    private static StoppedReading cannotRead(Input input, IOException e) {
        return new StoppedReading("cannot read " + input.name() + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the input could not be read; that is what gets reported
            }
        }
    }
}
