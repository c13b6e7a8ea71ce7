package org.reconcile.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.reconcile.TestAdvisor;
import org.reconcile.cli.batch.read.Input;

/** A batch that cannot go on says why and ends; it never hangs and never throws. */
class BatchFailureTest {
    private static final Input ONE_CASE = new Input("one.jsonl",
            () -> new ByteArrayInputStream("{\"daysSinceBreakup\": 10}\n".getBytes(StandardCharsets.UTF_8)));

    @Test
    void aReaderThatRunsOutOfMemoryEndsTheRunInsteadOfLeavingTheWriterWaiting() {
        Input exhausting = new Input("huge.json", () -> {
            throw new OutOfMemoryError("Java heap space");
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        Optional<BatchFailure> failure = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> new Batch(TestAdvisor.get(), 2, Optional.empty()).run(List.of(ONE_CASE, exhausting), out, outcome -> { }));

        assertThat(failure).get().extracting(BatchFailure::message).asString()
                .isEqualTo("reading the cases failed: java.lang.OutOfMemoryError: Java heap space");
        assertThat(failure.get().output()).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
    }

    @Test
    void outputThatCannotBeWrittenIsAnOutputFailureThatSaysHowManyResultsWereWritten() {
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };

        Optional<BatchFailure> failure = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> new Batch(TestAdvisor.get(), 2, Optional.empty()).run(List.of(ONE_CASE), closed, outcome -> { }));

        assertThat(failure).get().extracting(BatchFailure::message).isEqualTo("cannot write the results after 0 results: Broken pipe");
        assertThat(failure.get().output()).isTrue();
    }

    @Test
    void outputThatFailsAfterSomeResultsSaysHowManyWereWritten() {
        StringBuilder cases = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            cases.append("{\"daysSinceBreakup\": ").append(10 + i).append("}\n");
        }
        Input five = new Input("five.jsonl", () -> new ByteArrayInputStream(cases.toString().getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream taken = new ByteArrayOutputStream();
        // Takes three lines of results, then fails on the first byte of the fourth.
        OutputStream failingAfterThree = new OutputStream() {
            private int lines;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                for (int i = offset; i < offset + length; i++) {
                    if (lines == 3) {
                        throw new IOException("No space left on device");
                    }
                    taken.write(bytes[i]);
                    lines += bytes[i] == '\n' ? 1 : 0;
                }
            }
        };

        Optional<BatchFailure> failure = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> new Batch(TestAdvisor.get(), 2, Optional.empty()).run(List.of(five), failingAfterThree, outcome -> { }));

        assertThat(failure).get().extracting(BatchFailure::message).isEqualTo("cannot write the results after 3 results: No space left on device");
        assertThat(taken.toString(StandardCharsets.UTF_8).lines()).hasSize(3);
    }

    @Test
    void outputThatFailsAfterOneResultSaysSoInTheSingular() {
        Input two = new Input("two.jsonl",
                () -> new ByteArrayInputStream("{\"daysSinceBreakup\": 10}\n{\"daysSinceBreakup\": 45}\n".getBytes(StandardCharsets.UTF_8)));
        OutputStream failingAfterOne = new OutputStream() {
            private boolean lineDone;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (length == 0) {
                    return;
                }
                if (lineDone) {
                    throw new IOException("Broken pipe");
                }
                lineDone = bytes[offset + length - 1] == '\n';
            }
        };

        Optional<BatchFailure> failure = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> new Batch(TestAdvisor.get(), 1, Optional.empty()).run(List.of(two), failingAfterOne, outcome -> { }));

        assertThat(failure).get().extracting(BatchFailure::message).isEqualTo("cannot write the results after 1 result: Broken pipe");
    }
}
