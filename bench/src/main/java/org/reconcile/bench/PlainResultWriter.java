package org.reconcile.bench;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import org.reconcile.advice.Verdict;

/**
 * Writes the baseline's result for one case with Jackson's streaming generator: index, id,
 * verdict, questions and days to wait (contract v2, without the texts), or an error.
 */
final class PlainResultWriter {
    private static final Verdict[] VERDICTS = Verdict.values();

    private PlainResultWriter() {
    }

    static void write(JsonGenerator json, long index, PlainCaseReader.Read read) throws IOException {
        json.writeStartObject();
        json.writeNumberField("index", index);
        if (read.id != null) {
            json.writeStringField("id", read.id);
        }
        PlainCase c = read.plainCase;
        if (c == null) {
            json.writeObjectFieldStart("error");
            if (read.errorField != null) {
                json.writeStringField("field", read.errorField);
            }
            json.writeStringField("message", read.error);
            json.writeEndObject();
        } else {
            Verdict verdict = c.verdict();
            json.writeStringField("verdict", verdict.name());
            json.writeArrayFieldStart("questions");
            for (PlainCase.Asked asked : c.questions(verdict)) {
                json.writeStartObject();
                json.writeStringField("fact", asked.fact().jsonName());
                json.writeArrayFieldStart("couldChangeTo");
                for (Verdict v : VERDICTS) {
                    if ((asked.verdicts() & 1 << v.ordinal()) != 0) {
                        json.writeString(v.name());
                    }
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            int days = c.daysToWait(verdict);
            if (days >= 0) {
                json.writeNumberField("daysToWait", days);
            }
        }
        json.writeEndObject();
    }
}
