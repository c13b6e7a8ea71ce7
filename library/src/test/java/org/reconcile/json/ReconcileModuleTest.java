package org.reconcile.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.reconcile.Advisor;
import org.reconcile.SituationGenerator;
import org.reconcile.advice.Advice;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;

/** An application's own ObjectMapper, with the module, reads and writes reconcile's types exactly as the codec does. */
class ReconcileModuleTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new ReconcileModule());

    /** An application's own response type, holding reconcile's. */
    public record Response(Situation situation, Advice advice) {
    }

    @Test
    void adviceAndSituationsAreWrittenAsTheCodecWritesThem() throws Exception {
        List<Situation> situations = SituationGenerator.situations(3, 100).toList();
        List<Advice> advice = Advisor.builtIn().adviseAll(situations);
        for (int i = 0; i < situations.size(); i++) {
            assertThat(MAPPER.writeValueAsString(advice.get(i))).isEqualTo(AdviceJson.write(advice.get(i)));
            assertThat(MAPPER.writeValueAsString(situations.get(i))).isEqualTo(CaseJson.write(situations.get(i)));
            assertThat(MAPPER.readValue(CaseJson.write(situations.get(i)), Situation.class)).isEqualTo(situations.get(i));
        }
    }

    @Test
    void reconcilesTypesSitInAnApplicationsOwnTypes() throws Exception {
        Situation situation = Situation.builder(10).build();
        Advice advice = Advisor.builtIn().advise(situation);

        String json = MAPPER.writeValueAsString(new Response(situation, advice));

        assertThat(json).isEqualTo("{\"situation\":" + CaseJson.write(situation) + ",\"advice\":" + AdviceJson.write(advice) + "}");
        assertThat(MAPPER.readValue(json.replace(",\"advice\":" + AdviceJson.write(advice), ""), Map.class)).containsKey("situation");
        assertThat(MAPPER.writeValueAsString(advice.questions().get(0))).startsWith("{\"fact\":\"");
    }

    @Test
    void anInvalidSituationFailsWithTheCodecsMessage() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"daysSinceBreakup\": 12, \"abusive\": true}", Situation.class))
                .isInstanceOf(JsonMappingException.class).hasMessageStartingWith("abusive is not a known field (did you mean abuse?)");
    }

    @Test
    void aCaseIsReadValidOrInvalidWithoutFailing() throws Exception {
        Case valid = MAPPER.readValue("{\"id\": \"x\", \"daysSinceBreakup\": 12}", Case.class);
        Case invalid = MAPPER.readValue("{\"daysSinceBreakup\": \"12\"}", Case.class);

        assertThat(valid).isEqualTo(CaseJson.read("{\"id\": \"x\", \"daysSinceBreakup\": 12}"));
        assertThat(invalid.invalidError().flatMap(CaseError::field)).contains("daysSinceBreakup");
        assertThat(MAPPER.writeValueAsString(invalid.invalidError().orElseThrow()))
                .isEqualTo("{\"field\":\"daysSinceBreakup\",\"message\":\"must be an integer from 0 to 36500, was the string \\\"12\\\"\"}");
    }

    @Test
    void aFactIsItsJsonNameAsAValueAndAsAKey() throws Exception {
        assertThat(MAPPER.writeValueAsString(Map.of(Fact.ABUSE, Fact.EX_READY))).isEqualTo("{\"abuse\":\"exReady\"}");
        assertThat(MAPPER.readValue("{\"abuse\":\"exReady\"}", new TypeReference<Map<Fact, Fact>>() { }))
                .isEqualTo(Map.of(Fact.ABUSE, Fact.EX_READY));
        assertThatThrownBy(() -> MAPPER.readValue("\"abusive\"", Fact.class)).isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("was \"abusive\" (did you mean abuse?)");
    }
}
