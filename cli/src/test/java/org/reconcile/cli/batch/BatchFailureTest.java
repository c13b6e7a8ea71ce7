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
}
