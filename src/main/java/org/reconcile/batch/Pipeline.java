package org.reconcile.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads, evaluates and writes cases: one reader thread, a fixed pool of workers, and the calling
 * thread as writer. The reader queues each case's future in input order and the writer takes them
 * in that order, so results come out in input order while cases are evaluated on every core. The
 * queue is bounded, so memory does not grow with the input.
 */
final class Pipeline {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    private static final int QUEUED_PER_THREAD = 256;

    private final int threads;

    Pipeline(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    /** What the reader hands the writer: a case on its way, or the end of the input. */
    private sealed interface Slot permits Pending, End {
    }

    private record Pending(CaseInput input, Future<Evaluator.Evaluated> result) implements Slot {
    }

    private record End(Optional<BatchFailure> failure) implements Slot {
    }

    /** Runs every case of {@code source} and writes its result to {@code out}; the failure that stopped it early, if any. */
    Optional<BatchFailure> run(CaseSource source, Evaluator evaluator, OutputLayout layout, OutputStream out,
            BatchListener listener) {
        BlockingQueue<Slot> queue = new ArrayBlockingQueue<>(QUEUED_PER_THREAD * threads);
        AtomicBoolean stopped = new AtomicBoolean();
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemons("reconcile-worker-"));
        LOG.debug("evaluating on {} threads, up to {} cases queued", threads, QUEUED_PER_THREAD * threads);
        Thread reader = daemons("reconcile-reader-").newThread(() -> read(source, evaluator, workers, queue, stopped));
        reader.start();
        try {
            return write(queue, layout, out, listener);
        } finally {
            stopped.set(true);
            queue.clear();
            workers.shutdownNow();
        }
    }

    private static void read(CaseSource source, Evaluator evaluator, ExecutorService workers, BlockingQueue<Slot> queue,
            AtomicBoolean stopped) {
        End end = new End(Optional.empty());
        try {
            source.read(input -> {
                if (stopped.get()) {
                    throw new InterruptedException("the writer stopped");
                }
                queue.put(new Pending(input, workers.submit(() -> evaluator.evaluate(input))));
            });
        } catch (StoppedReading e) {
            end = new End(Optional.of(new BatchFailure(e.getMessage(), Optional.ofNullable(e.getCause()))));
        } catch (InterruptedException e) {
            return;
        } catch (RuntimeException | Error e) {
            // Even out of memory: the writer waits for an end, and must be told of it.
            end = new End(Optional.of(new BatchFailure("reading the cases failed: " + e, Optional.of(e))));
        }
        try {
            queue.put(end);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Optional<BatchFailure> write(BlockingQueue<Slot> queue, OutputLayout layout, OutputStream out,
            BatchListener listener) {
        long written = 0;
        try {
            out.write(layout.start());
            while (true) {
                Slot slot = queue.take();
                if (slot instanceof End end) {
                    out.write(layout.end(written));
                    out.flush();
                    return end.failure();
                }
                Evaluator.Evaluated result = ((Pending) slot).result().get();
                out.write(layout.before(written + 1));
                out.write(result.bytes());
                out.write(layout.after());
                written++;
                // Nothing more is ready: let whoever reads the output see what is done so far.
                if (queue.isEmpty()) {
                    out.flush();
                }
                listener.written(result.outcome());
            }
        } catch (IOException e) {
            return Optional.of(BatchFailure.ofOutput("cannot write the results after " + written
                    + (written == 1 ? " result: " : " results: ") + e.getMessage(), e));
        } catch (ExecutionException e) {
            return Optional.of(new BatchFailure("evaluating case " + (written + 1) + " failed: " + e.getCause(),
                    Optional.of(e.getCause())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(new BatchFailure("interrupted after " + written + " cases", Optional.of(e)));
        }
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
