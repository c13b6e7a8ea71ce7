package org.reconcile.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Batch baseline: reads a JSON Lines file line by line with Jackson's streaming parser, checks
 * each case, works out the contract's verdict, questions and days to wait in plain Java, and
 * writes one JSON object per case ({@code index}, {@code id}, {@code verdict}, {@code questions},
 * {@code daysToWait}; an {@code error} for an invalid case). Single-threaded, streaming.
 *
 * <p>{@code java -cp benchmarks.jar org.reconcile.bench.BaselineBatch cases.jsonl > out}
 */
public final class BaselineBatch {
    public static void main(String[] args) throws Exception {
        PlainCaseReader reader = new PlainCaseReader();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new FileInputStream(args[0]), StandardCharsets.UTF_8), 1 << 16);
                OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
                JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.setRootValueSeparator(new SerializedString("\n"));
            String line;
            long index = 0;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    PlainResultWriter.write(json, ++index, reader.read(line));
                }
            }
            json.writeRaw('\n');
        }
    }
}
