package org.reconcile.bench;

import java.io.File;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.reconcile.batch.CaseParser;
import org.reconcile.model.Situation;

/**
 * Cold-start baseline: a JVM program that parses one case with Jackson and prints a verdict from
 * the plain Java precedence. {@code java -cp benchmarks.jar org.reconcile.bench.BaselineOneCase case.json}
 */
public final class BaselineOneCase {
    public static void main(String[] args) throws Exception {
        JsonNode node = new ObjectMapper().readTree(new File(args[0]));
        Situation situation = CaseParser.parse(node).situation().orElseThrow();
        System.out.println("{\"index\": 1, \"verdict\": \"" + PlainVerdict.of(situation) + "\"}");
    }
}
