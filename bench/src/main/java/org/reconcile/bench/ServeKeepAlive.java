package org.reconcile.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One-case requests to a running {@code reconcile serve} from clients that keep their connection,
 * as browsers and Java's {@code HttpClient} do: each client sends its next request as soon as it has
 * the answer to the last, on the same connection. Prints requests per second and the latency's
 * median and 99th percentile over the measured seconds, after a warm-up.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.reconcile.bench.ServeKeepAlive URL [CLIENTS] [WARMUP_S] [MEASURE_S]
 * </pre>
 */
public final class ServeKeepAlive {
    private static final byte[] ONE_CASE = "{\"daysSinceBreakup\": 45, \"abuse\": false}".getBytes(StandardCharsets.UTF_8);

    private ServeKeepAlive() {
    }

    public static void main(String[] args) throws Exception {
        URI advice = URI.create(args[0]).resolve("/v1/advice");
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        long warmup = (args.length > 2 ? Long.parseLong(args[2]) : 10) * 1_000_000_000L;
        long measure = (args.length > 3 ? Long.parseLong(args[3]) : 20) * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<long[]>> runs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            runs.add(pool.submit(() -> client(advice, start + warmup, start + warmup + measure)));
        }
        List<long[]> latencies = new ArrayList<>();
        for (Future<long[]> run : runs) {
            latencies.add(run.get());
        }
        pool.shutdown();
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf(Locale.ROOT, "%d clients, keep-alive, one case a request, %d s measured after %d s warm-up (load average %s)%n",
                clients, measure / 1_000_000_000L, warmup / 1_000_000_000L, loadAverage());
        System.out.printf(Locale.ROOT, "requests/s %.0f  p50 %.2f ms  p99 %.2f ms  max %.2f ms  (%d requests)%n",
                all.length / (measure / 1e9), percentile(all, 0.50) / 1e6, percentile(all, 0.99) / 1e6, all[all.length - 1] / 1e6, all.length);
    }

    // One client, one connection: its latencies in nanoseconds between measureFrom and until.
    private static long[] client(URI advice, long measureFrom, long until) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(advice).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ONE_CASE)).build();
        long[] latencies = new long[1 << 16];
        int count = 0;
        while (true) {
            long sent = System.nanoTime();
            if (sent >= until) {
                return Arrays.copyOf(latencies, count);
            }
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - sent;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the server answered " + response.statusCode());
            }
            if (sent >= measureFrom) {
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = took;
            }
        }
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
