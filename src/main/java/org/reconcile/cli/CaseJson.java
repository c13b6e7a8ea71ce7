package org.reconcile.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.reconcile.model.Choice;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;

/** A situation as the JSON of a case, naming only the facts that were stated, in the catalog's order. */
final class CaseJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private CaseJson() {
    }

    static byte[] of(Situation situation) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
            json.writeStartObject();
            for (Fact fact : Fact.values()) {
                switch (fact.type()) {
                    case INTEGER -> json.writeNumberField(fact.jsonName(), situation.daysSinceBreakup());
                    case CHOICE -> json.writeStringField(fact.jsonName(), situation.stage().name());
                    case CHOICES -> {
                        if (situation.isStated(fact)) {
                            json.writeArrayFieldStart(fact.jsonName());
                            for (Choice choice : situation.chosen(fact)) {
                                json.writeString(choice.name());
                            }
                            json.writeEndArray();
                        }
                    }
                    case BOOLEAN -> {
                        if (situation.isStated(fact)) {
                            json.writeBooleanField(fact.jsonName(), situation.answer(fact).isYes());
                        }
                    }
                }
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }
}
