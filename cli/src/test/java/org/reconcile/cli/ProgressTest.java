package org.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** The progress line, on a clock the test moves by hand. */
class ProgressTest {
    private static final long SECOND = 1_000_000_000L;

    private final StringWriter shown = new StringWriter();
    private long now = 0;

    @Test
    void showsNothingDuringTheFirstSecond() {
        Progress progress = new Progress(new PrintWriter(shown), true, () -> now);

        now = SECOND - 1;
        progress.update(500);

        assertThat(shown.toString()).isEmpty();
    }

    @Test
    void rewritesOneLineInPlaceOnATerminalAndClearsItAtTheEnd() {
        Progress progress = new Progress(new PrintWriter(shown), true, () -> now);

        now = SECOND;
        progress.update(1000);
        now = 2 * SECOND;
        progress.update(3000);
        progress.clear();

        assertThat(shown.toString()).isEqualTo("\rreconcile: 1000 cases, 1 s, 1000 cases/s"
                + "\rreconcile: 3000 cases, 2 s, 1500 cases/s"
                + "\r" + " ".repeat("reconcile: 3000 cases, 2 s, 1500 cases/s".length()) + "\r");
    }

    @Test
    void writesWholeLinesWhenNotOnATerminal() {
        Progress progress = new Progress(new PrintWriter(shown), false, () -> now);

        now = SECOND;
        progress.update(1000);
        now = SECOND + SECOND / 2;
        progress.update(1200);
        progress.clear();

        assertThat(shown.toString().lines()).containsExactly("reconcile: 1000 cases, 1 s, 1000 cases/s");
    }
}
