package org.reconcile.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.reconcile.Advisor;
import org.reconcile.SituationGenerator;
import org.reconcile.advice.Advice;
import org.reconcile.model.Motive;
import org.reconcile.model.Situation;

/** The codec for an application: cases from a map or a tree, advice and errors to a writer or a stream. */
class CodecApiTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void aCaseFromATreeOrAMapIsTheCaseItsTextGives() throws IOException {
        SituationGenerator.situations(7, 200).forEach(situation -> {
            String json = CaseJson.write(situation);
            try {
                assertThat(CaseJson.read(MAPPER.readTree(json))).isEqualTo(CaseJson.read(json));
                Map<String, Object> map = MAPPER.readValue(json, Map.class);
                assertThat(CaseJson.read(map)).isEqualTo(CaseJson.read(json));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void aMapMayHoldChoicesAndItsErrorsAreTheTextsErrors() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("daysSinceBreakup", 40);
        fields.put("motives", List.of(Motive.REVENGE));
        fields.put("abuse", null);
        assertThat(CaseJson.read(fields).validSituation()).contains(Situation.builder(40).motives(Motive.REVENGE).build());

        fields.put("abusive", true);
        assertThat(CaseJson.read(fields).invalidError().map(CaseError::describe).orElseThrow())
                .startsWith("abusive is not a known field (did you mean abuse?)");
        assertThat(CaseJson.read(Map.of("daysSinceBreakup", new Object())).isValid()).isFalse();
    }

    @Test
    void adviceWrittenToAWriterOrAStreamIsWhatWriteGives() throws IOException {
        Advice advice = Advisor.builtIn().advise(Situation.builder(10).build());
        StringWriter writer = new StringWriter();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();

        AdviceJson.write(advice, writer);
        AdviceJson.write(advice, stream);

        assertThat(writer.toString()).isEqualTo(AdviceJson.write(advice)).startsWith("{\"verdict\":\"WAIT\"");
        assertThat(stream.toString(StandardCharsets.UTF_8)).isEqualTo(AdviceJson.write(advice));
    }

    @Test
    void anErrorAloneIsTheErrorOfAnErrorResult() throws IOException {
        CaseError error = CaseError.inField("abuse", "must be true, false or null, was 3");
        StringWriter writer = new StringWriter();
        AdviceJson.writeError(error, writer);

        assertThat(AdviceJson.writeError(error)).isEqualTo("{\"error\":{\"field\":\"abuse\",\"message\":\"must be true, false or null, was 3\"}}")
                .isEqualTo(writer.toString());
        assertThat(AdviceJson.writeError(1, Optional.empty(), error)).endsWith(AdviceJson.writeError(error).substring(1));
        assertThat(AdviceJson.writeError(CaseError.ofCase("a case must be a JSON object, was 7")))
                .isEqualTo("{\"error\":{\"message\":\"a case must be a JSON object, was 7\"}}");
    }

    @Test
    void aCaseIsHandledWithoutACast() {
        Case valid = CaseJson.read("{\"daysSinceBreakup\": 3}");
        Case invalid = CaseJson.read("{\"daysSinceBreakup\": -3}");

        assertThat(valid.map(situation -> "days " + situation.daysSinceBreakup(), CaseError::describe)).isEqualTo("days 3");
        assertThat(invalid.map(situation -> "days", CaseError::describe))
                .isEqualTo("daysSinceBreakup must be an integer from 0 to 36500, was -3");
        assertThat(valid.invalidError()).isEmpty();
        assertThat(invalid.validSituation()).isEmpty();
        assertThat(invalid.toString()).isEqualTo("Case.Invalid[daysSinceBreakup must be an integer from 0 to 36500, was -3]");
    }

    @Test
    void nullArgumentsAreNamed() {
        assertThatThrownBy(() -> CaseJson.read((String) null)).hasMessage("json must not be null");
        assertThatThrownBy(() -> AdviceJson.write((Advice) null)).hasMessage("advice must not be null");
        assertThatThrownBy(() -> AdviceJson.writeError(null)).hasMessage("error must not be null");
        assertThat(Arrays.asList(CaseJson.class.getDeclaredConstructors())).allSatisfy(c -> assertThat(c.canAccess(null)).isFalse());
    }
}
