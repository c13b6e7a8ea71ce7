package org.reconcile.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.reconcile.batch.CaseParser;

/**
 * Batch baseline: reads a JSON Lines file with Jackson, one tree per line, checks it with the same
 * parser, and writes one small JSON object per case (index and plain-Java verdict, or an error).
 * Single-threaded, streaming. {@code java -cp benchmarks.jar org.reconcile.bench.BaselineBatch cases.jsonl > out}
 */
public final class BaselineBatch {
    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonFactory factory = mapper.getFactory();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new FileInputStream(args[0]), StandardCharsets.UTF_8), 1 << 16);
                OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
                JsonGenerator json = factory.createGenerator(out)) {
            json.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
            String line;
            long index = 0;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                index++;
                json.writeStartObject();
                json.writeNumberField("index", index);
                try {
                    JsonNode node = mapper.readTree(line);
                    CaseParser.Parsed parsed = CaseParser.parse(node);
                    if (parsed.situation().isPresent()) {
                        json.writeStringField("verdict", PlainVerdict.of(parsed.situation().get()).name());
                    } else {
                        json.writeStringField("error", parsed.error().orElseThrow().describe());
                    }
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    json.writeStringField("error", e.getOriginalMessage());
                }
                json.writeEndObject();
            }
            json.writeRaw('\n');
        }
    }
}
