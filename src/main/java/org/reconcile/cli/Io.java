package org.reconcile.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The streams a command works with.
 *
 * @param in standard input
 * @param out standard output: results only
 * @param err standard error: the summary, progress and errors
 * @param errIsTerminal standard error is a terminal, so progress is shown by default
 */
record Io(InputStream in, PrintStream out, PrintStream err, boolean errIsTerminal) {

    /** Standard output for text, in UTF-8 whatever the platform's default. */
    PrintWriter outText() {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    }

    /** Standard error for text, in UTF-8 whatever the platform's default. */
    PrintWriter errText() {
        return new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    }
}
