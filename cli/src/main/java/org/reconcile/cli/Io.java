package org.reconcile.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.LongSupplier;

/**
 * The streams a command works with.
 *
 * @param in standard input
 * @param out standard output: results only; writing to it throws when it fails
 * @param err standard error: the summary, progress and errors
 * @param errIsTerminal standard error is a terminal, so progress is shown by default
 * @param clock what progress is timed by, in nanoseconds: {@link System#nanoTime} but in tests
 */
record Io(InputStream in, OutputStream out, PrintStream err, boolean errIsTerminal, LongSupplier clock) {

    /** The streams of a command timed by the system's clock. */
    Io(InputStream in, OutputStream out, PrintStream err, boolean errIsTerminal) {
        this(in, out, err, errIsTerminal, System::nanoTime);
    }

    /** Standard output for text, in UTF-8 whatever the platform's default. */
    PrintWriter outText() {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    }

    /** Standard error for text, in UTF-8 whatever the platform's default. */
    PrintWriter errText() {
        return new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    }

    /**
     * {@code printStream}, throwing when writing fails: a PrintStream only notes its errors, so without this
     * a run whose reader went away ({@code | head -1}) would evaluate every case for nobody.
     */
    static OutputStream failingLoudly(PrintStream printStream) {
        return new FilterOutputStream(printStream) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                printStream.write(bytes, offset, length);
                check();
            }

            @Override
            public void write(int b) throws IOException {
                printStream.write(b);
                check();
            }

            @Override
            public void flush() throws IOException {
                check(); // checkError flushes
            }

            private void check() throws IOException {
                if (printStream.checkError()) {
                    throw new IOException("the output stream failed or was closed");
                }
            }
        };
    }
}
