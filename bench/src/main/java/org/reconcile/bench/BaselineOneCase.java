package org.reconcile.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Cold-start baseline: a JVM program that reads one case with Jackson's streaming parser and
 * prints its verdict, questions and days to wait from the plain Java precedence.
 *
 * <p>{@code java -cp benchmarks.jar org.reconcile.bench.BaselineOneCase case.json}
 */
public final class BaselineOneCase {
    public static void main(String[] args) throws Exception {
        String json = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        try (JsonGenerator out = new JsonFactory().createGenerator(System.out)) {
            PlainResultWriter.write(out, 1, new PlainCaseReader().read(json));
            out.writeRaw('\n');
        }
    }
}
