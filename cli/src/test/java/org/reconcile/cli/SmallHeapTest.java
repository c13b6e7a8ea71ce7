package org.reconcile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory a run needs does not grow with its input: a JVM whose heap is far too small to hold
 * the input or the results (cases of 2 KB each, 100 MB in, some 150 MB of results out) evaluates
 * them all, streamed through pipes. Reading is much faster than evaluating, so a run that let its
 * reader run ahead of the results without a bound would hold tens of megabytes of cases, and fail.
 * A cheap stand-in for {@code scripts/million.sh} (a million cases in 256 MiB).
 */
class SmallHeapTest {
    private static final int CASES = 50_000;
    private static final String PADDING = "-" + "x".repeat(2000);
    private static final String HEAP = "-Xmx48m";
    private static final String[] STAGES = {"NO_CONTACT", "REACHED_OUT", "CAUGHT_UP", "TALKED", "BACK_TOGETHER"};

    @TempDir
    Path dir;

    @Test
    void fiftyThousandCasesOf2KilobytesFromAPipeRunInA48MebibyteHeap() throws Exception {
        Path err = dir.resolve("err.txt");
        Process run = Child.startReadingStandardInput(List.of(HEAP), err, "advise", "--threads", "2");
        CompletableFuture<Void> feeding = CompletableFuture.runAsync(() -> feed(run.getOutputStream()));

        long lines = countLines(run.getInputStream());
        int status = Child.exitStatus(run, 300);

        assertThat(Child.lines(err)).as("standard error").singleElement().asString().startsWith("reconcile: " + CASES + " cases");
        assertThat(lines).as("results").isEqualTo(CASES);
        assertThat(status).isZero();
        feeding.join();
    }

    private static void feed(OutputStream stdin) {
        try (OutputStream out = new BufferedOutputStream(stdin, 64 * 1024)) {
            for (int i = 1; i <= CASES; i++) {
                String line = "{\"id\": \"c" + i + PADDING + "\", \"daysSinceBreakup\": " + (i % 400)
                        + ", \"stage\": \"" + STAGES[i % STAGES.length] + "\", \"exReady\": " + (i % 3 == 0) + "}\n";
                out.write(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the run stopped reading its input", e);
        }
    }

    private static long countLines(InputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long lines = 0;
        for (int n = out.read(buffer); n >= 0; n = out.read(buffer)) {
            for (int i = 0; i < n; i++) {
                lines += buffer[i] == '\n' ? 1 : 0;
            }
        }
        return lines;
    }
}
