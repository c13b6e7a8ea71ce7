package org.reconcile.cli.batch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
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

import org.reconcile.cli.batch.read.InputReader;
import org.reconcile.cli.batch.read.RawCase;
import org.reconcile.cli.batch.read.ReadFailure;
import org.reconcile.cli.batch.write.OutputLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads, evaluates and writes cases: one reader thread cuts raw cases into chunks of up to
 * {@link #CHUNK}, a fixed pool of workers evaluates each chunk (one rule session for the lot), and
 * the calling thread writes. The reader queues each chunk's future in input order and the writer
 * takes them in that order, so results come out in input order while chunks are evaluated on every
 * core. The queue holds {@link #CHUNKS_PER_THREAD} chunks a thread, so memory does not grow with
 * the input.
 */
final class Pipeline {
    /** The most cases a worker evaluates at once. */
    static final int CHUNK = 256;
    /** Chunks queued per worker: one being evaluated, one waiting, so no worker idles. */
    static final int CHUNKS_PER_THREAD = 2;

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final int threads;

    Pipeline(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    /** What the reader hands the writer: a chunk on its way, or the end of the input. */
    private sealed interface Slot permits Chunk, End {
    }

    private record Chunk(Future<List<Result>> results) implements Slot {
    }

    private record End(Optional<BatchFailure> failure) implements Slot {
    }

    /** Runs every case of {@code source} and writes its result to {@code out}; the failure that stopped it early, if any. */
    Optional<BatchFailure> run(InputReader source, ChunkEvaluator evaluator, OutputLayout layout, OutputStream out,
            BatchListener listener) {
        BlockingQueue<Slot> queue = new ArrayBlockingQueue<>(CHUNKS_PER_THREAD * threads);
        AtomicBoolean stopped = new AtomicBoolean();
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemons("reconcile-worker-"));
        LOG.debug("evaluating on {} threads, {} cases a chunk, up to {} chunks queued", threads, CHUNK, CHUNKS_PER_THREAD * threads);
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

    private static void read(InputReader source, ChunkEvaluator evaluator, ExecutorService workers, BlockingQueue<Slot> queue,
            AtomicBoolean stopped) {
        End end = new End(Optional.empty());
        Chunker chunker = new Chunker(evaluator, workers, queue, stopped);
        try {
            source.read(chunker);
            chunker.waiting();
        } catch (ReadFailure e) {
            // The cases before the broken JSON are written, then the failure.
            end = new End(Optional.of(new BatchFailure(e.getMessage(), Optional.ofNullable(e.getCause()))));
            if (!chunker.flushBefore()) {
                return;
            }
        } catch (InterruptedIOException e) {
            return;
        } catch (IOException e) {
            end = new End(Optional.of(new BatchFailure("reading the cases failed: " + e, Optional.of(e))));
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

    /** Gathers raw cases into chunks, and queues each for the workers when full or when the input makes us wait. */
    private static final class Chunker implements InputReader.Handler {
        private final ChunkEvaluator evaluator;
        private final ExecutorService workers;
        private final BlockingQueue<Slot> queue;
        private final AtomicBoolean stopped;
        private List<RawCase> chunk = new ArrayList<>(CHUNK);

        Chunker(ChunkEvaluator evaluator, ExecutorService workers, BlockingQueue<Slot> queue, AtomicBoolean stopped) {
            this.evaluator = evaluator;
            this.workers = workers;
            this.queue = queue;
            this.stopped = stopped;
        }

        @Override
        public void accept(RawCase raw) throws IOException {
            chunk.add(raw);
            if (chunk.size() == CHUNK) {
                submit();
            }
        }

        // A slow producer's cases are evaluated as they come, not when 256 have come.
        @Override
        public void waiting() throws IOException {
            if (!chunk.isEmpty()) {
                submit();
            }
        }

        /** Queues what was cut before reading stopped; false if the writer stopped first. */
        boolean flushBefore() {
            try {
                waiting();
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        private void submit() throws InterruptedIOException {
            if (stopped.get()) {
                throw new InterruptedIOException("the writer stopped");
            }
            List<RawCase> cases = chunk;
            chunk = new ArrayList<>(CHUNK);
            try {
                queue.put(new Chunk(workers.submit(() -> evaluator.evaluate(cases))));
            } catch (InterruptedException e) {
                throw new InterruptedIOException("interrupted");
            }
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
                for (Result result : ((Chunk) slot).results().get()) {
                    if (result instanceof Result.Stop stop) {
                        out.write(layout.end(written));
                        out.flush();
                        return Optional.of(stop.failure());
                    }
                    Result.Written done = (Result.Written) result;
                    out.write(layout.before(written + 1));
                    done.writeTo(out);
                    out.write(layout.after());
                    written++;
                    listener.written(done.outcome());
                }
                // Nothing more is ready: let whoever reads the output see what is done so far.
                if (queue.isEmpty()) {
                    out.flush();
                }
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
