package org.reconcile.json;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.reconcile.advice.Advice;
import org.reconcile.advice.FollowUp;
import org.reconcile.advice.Question;
import org.reconcile.advice.Recommendation;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;

/**
 * reconcile's JSON for an application's own {@code ObjectMapper}: with this module registered,
 * the mapper reads and writes reconcile's types exactly as {@link CaseJson} and {@link AdviceJson}
 * do, so they can sit in the application's own request and response types.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new ReconcileModule());
 * Situation situation = mapper.readValue("{\"daysSinceBreakup\": 12}", Situation.class);
 * String json = mapper.writeValueAsString(advisor.advise(situation));  // as AdviceJson.write(advice)
 * }</pre>
 *
 * <p>Written: {@link Advice} as {@link AdviceJson#write(Advice)}; its {@link Recommendation},
 * {@link Question} and {@link FollowUp} as they stand in it; {@link Situation} as
 * {@link CaseJson#write(Situation)}; {@link CaseError} as the {@code error} of an error result
 * ({@code field}, if any, and {@code message}); {@link Fact} as its JSON name, also as a map key.
 * Read: {@link Situation} with the checks and messages of {@link CaseJson#read(String)}, an invalid
 * case failing with a {@link com.fasterxml.jackson.databind.JsonMappingException} whose message is
 * the {@link CaseError#describe() error}; {@link Case}, valid or invalid, never failing for a bad
 * case; {@link Fact} by its JSON name, also as a map key. Verdicts, stages, reasons and motives are
 * enums, written and read by name, as Jackson does by default.
 */
public final class ReconcileModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The module, ready to register. */
    public ReconcileModule() {
        super("reconcile", Version.unknownVersion());
        addSerializer(Advice.class, serializer(AdviceJson::advice));
        addSerializer(Recommendation.class, serializer(AdviceJson::recommendation));
        addSerializer(Question.class, serializer(AdviceJson::question));
        addSerializer(FollowUp.class, serializer(AdviceJson::followUp));
        addSerializer(Situation.class, serializer(CaseJson::situation));
        addSerializer(CaseError.class, serializer(ReconcileModule::error));
        addSerializer(Fact.class, serializer((json, fact) -> json.writeString(fact.jsonName())));
        addKeySerializer(Fact.class, serializer((json, fact) -> json.writeFieldName(fact.jsonName())));
        addDeserializer(Situation.class, new SituationDeserializer());
        addDeserializer(Case.class, new CaseDeserializer());
        addDeserializer(Fact.class, new FactDeserializer());
        addKeyDeserializer(Fact.class, new FactKeyDeserializer());
    }

    private static void error(JsonGenerator json, CaseError error) throws IOException {
        json.writeStartObject();
        if (error.field().isPresent()) {
            json.writeStringField("field", error.field().get());
        }
        json.writeStringField("message", error.message());
        json.writeEndObject();
    }

    /** Writes one value of a type. */
    @FunctionalInterface
    private interface Writing<T> {
        void write(JsonGenerator json, T value) throws IOException;
    }

    private static <T> JsonSerializer<T> serializer(Writing<T> writing) {
        return new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator json, SerializerProvider serializers) throws IOException {
                writing.write(json, value);
            }
        };
    }

    private static final class SituationDeserializer extends JsonDeserializer<Situation> {
        @Override
        public Situation deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Case read = CaseJson.read((JsonNode) parser.readValueAsTree());
            if (read instanceof Case.Invalid invalid) {
                throw JsonMappingException.from(parser, invalid.error().describe());
            }
            return ((Case.Valid) read).situation();
        }
    }

    private static final class CaseDeserializer extends JsonDeserializer<Case> {
        @Override
        public Case deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return CaseJson.read((JsonNode) parser.readValueAsTree());
        }
    }

    private static Fact fact(String name, DeserializationContext context) throws JsonMappingException {
        if (name == null) {
            throw JsonMappingException.from(context, "a fact must be the JSON name of one, such as \"abuse\", was not a string");
        }
        Optional<Fact> fact = Fact.byJsonName(name);
        if (fact.isEmpty()) {
            throw JsonMappingException.from(context, "a fact must be one of " + String.join(", ", FACT_NAMES) + ", was \""
                    + name + "\"" + Suggestions.didYouMean(name, FACT_NAMES));
        }
        return fact.get();
    }

    private static final List<String> FACT_NAMES = Arrays.stream(Fact.values()).map(Fact::jsonName).toList();

    private static final class FactDeserializer extends JsonDeserializer<Fact> {
        @Override
        public Fact deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return fact(parser.getValueAsString(), context);
        }
    }

    private static final class FactKeyDeserializer extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return fact(key, context);
        }
    }
}
