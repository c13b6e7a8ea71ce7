package org.reconcile.batch;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a JSON array of cases one case at a time, never the whole array, or a single case.
 *
 * <p>A case beyond a limit (too long, too deep, a number or string too long) is an invalid case and
 * reading goes on with the next one: {@link ValueScanner} finds where each case ends without
 * parsing it. Broken JSON stops reading, with its {@code line:column}: once a bracket or quote is
 * wrong, where the next case starts is anybody's guess.
 */
final class JsonDocumentReader {
    private JsonDocumentReader() {
    }

    /** Reads the cases of the array that {@code in} holds. */
    static void readArray(String name, InputStream in, CaseSink sink) throws StoppedReading, IOException, InterruptedException {
        ValueScanner scanner = new ValueScanner(in);
        scanner.skipWhiteSpace();
        scanner.take(); // the [ the format was told by
        if (scanner.skipWhiteSpace() == ']') {
            scanner.take();
        } else {
            readCases(name, scanner, sink);
        }
        requireEnd(name, scanner, "the array");
    }

    private static void readCases(String name, ValueScanner scanner, CaseSink sink) throws StoppedReading, IOException, InterruptedException {
        while (true) {
            int next = scanner.skipWhiteSpace();
            if (next < 0) {
                throw endOfInput(name, scanner);
            }
            if (next == ',' || next == ']') {
                throw broken(name, scanner.position(), "expected a case, found " + shown(next));
            }
            readCase(name, scanner, sink);
            next = scanner.skipWhiteSpace();
            if (next == ']') {
                scanner.take();
                return;
            }
            if (next < 0) {
                throw endOfInput(name, scanner);
            }
            if (next != ',') {
                throw broken(name, scanner.position(), "expected , or ] after a case, found " + shown(next));
            }
            scanner.take();
        }
    }

    /** Reads the one case that {@code in} holds. */
    static void readSingle(String name, InputStream in, CaseSink sink) throws StoppedReading, IOException, InterruptedException {
        ValueScanner scanner = new ValueScanner(in);
        scanner.skipWhiteSpace();
        readCase(name, scanner, sink);
        requireEnd(name, scanner, "the case");
    }

    private static void readCase(String name, ValueScanner scanner, CaseSink sink) throws StoppedReading, IOException, InterruptedException {
        ValueScanner.Cut cut = scanner.value();
        int line = cut.start().line();
        if (cut.tooLong()) {
            sink.accept(line, CaseInput.unreadable("a case must be at most " + Json.MAX_CASE_BYTES + " bytes (1 MiB), was longer "
                    + CaseReader.where(cut.start(), false)));
            return;
        }
        CaseReader.Read read = CaseReader.read(cut.bytes(), cut.length(), cut.start(), false);
        if (read instanceof CaseReader.Broken broken) {
            throw broken(name, broken.at(), broken.problem());
        }
        sink.accept(line, read instanceof CaseReader.Tree tree ? new CaseInput.Tree(tree.value())
                : new CaseInput.Unreadable(((CaseReader.Invalid) read).id(), ((CaseReader.Invalid) read).error()));
    }

    private static void requireEnd(String name, ValueScanner scanner, String what) throws IOException, StoppedReading {
        if (scanner.skipWhiteSpace() >= 0) {
            throw broken(name, scanner.position(), "the input must end after " + what
                    + ", found more; several cases go in a JSON array or one a line (JSON Lines)");
        }
    }

    private static StoppedReading endOfInput(String name, ValueScanner scanner) {
        return broken(name, scanner.position(), "the array must end with ], found the end of the input");
    }

    private static String shown(int b) {
        return b >= 0x21 && b < 0x7F ? String.valueOf((char) b) : String.format("the byte 0x%02X", b);
    }

    private static StoppedReading broken(String name, CaseReader.Position at, String problem) {
        return new StoppedReading(name + ":" + at.line() + ":" + at.column() + ": broken JSON: " + problem, null);
    }
}
