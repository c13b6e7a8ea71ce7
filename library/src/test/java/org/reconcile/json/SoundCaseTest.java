package org.reconcile.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import org.junit.jupiter.api.Test;
import org.reconcile.SituationGenerator;
import org.reconcile.model.Situation;

/**
 * The quick way to read a case reads a sound case to the situation it states, and gives up on
 * anything else, leaving it to the thorough way and its messages.
 */
class SoundCaseTest {

    @Test
    void everySoundCaseIsReadTheQuickWayToTheSituationItStates() {
        SituationGenerator.situations(11L, 5000).forEach(situation -> {
            String json = CaseJson.write(situation);
            String withId = "{\"id\": \"c7\"," + json.substring(1);

            assertThat(quick(json)).as(json).isEqualTo(new Case.Valid(Optional.empty(), situation));
            assertThat(quick(withId)).as(withId).isEqualTo(new Case.Valid(Optional.of("c7"), situation));
        });
    }

    @Test
    void nullsAreNotStatementsAndANullIdIsNoId() {
        Case.Valid read = quick("{\"id\": null, \"daysSinceBreakup\": 5, \"stage\": null, \"motives\": null, \"abuse\": null}");

        assertThat(read).isEqualTo(new Case.Valid(Optional.empty(), Situation.builder(5).build()));
    }

    @Test
    void anythingNotPlainlySoundIsLeftToTheThoroughWay() {
        List<String> unsound = List.of(
                "[]", "7", "\"case\"", "{}",
                "{\"daysSinceBreakup\": 10, \"daysSinceBreakup\": 11}",
                "{\"daysSinceBreakup\": 10, \"abusive\": true}",
                "{\"daysSinceBreakup\": 10.0}", "{\"daysSinceBreakup\": 1e1}", "{\"daysSinceBreakup\": -1}",
                "{\"daysSinceBreakup\": 36501}", "{\"daysSinceBreakup\": 99999999999}", "{\"daysSinceBreakup\": null}",
                "{\"daysSinceBreakup\": \"10\"}", "{\"stage\": \"TALKED\"}",
                "{\"daysSinceBreakup\": 10, \"id\": 7}", "{\"daysSinceBreakup\": 10, \"id\": {}}",
                "{\"daysSinceBreakup\": 10, \"stage\": \"TALKD\"}", "{\"daysSinceBreakup\": 10, \"stage\": [\"TALKED\"]}",
                "{\"daysSinceBreakup\": 10, \"motives\": \"REVENGE\"}", "{\"daysSinceBreakup\": 10, \"motives\": [\"REVENGE\", 1]}",
                "{\"daysSinceBreakup\": 10, \"motives\": [[\"REVENGE\"]]}", "{\"daysSinceBreakup\": 10, \"motives\": [\"REVENGE\"",
                "{\"daysSinceBreakup\": 10, \"abuse\": \"yes\"}", "{\"daysSinceBreakup\": 10, \"abuse\": 0}",
                "{\"daysSinceBreakup\": 10} {}", "{\"daysSinceBreakup\": 10}]", "{\"daysSinceBreakup\": 10",
                "{\"daysSinceBreakup\": 10,}", "{\"daysSinceBreakup\": 010}",
                "{\"daysSinceBreakup\": 10, \"id\": \"" + "x".repeat(CaseJson.MAX_STRING_CHARS + 1) + "\"}");

        for (String json : unsound) {
            assertThat(quick(json)).as(json.length() > 80 ? json.substring(0, 80) + "..." : json).isNull();
        }
    }

    @Test
    void bytesThatAreNotUtf8InsideAStringAreLeftToTheThoroughWay() {
        byte[] json = "{\"daysSinceBreakup\": 10, \"id\": \"a?\"}".getBytes(StandardCharsets.UTF_8);
        json[json.length - 3] = (byte) 0xC3; // starts a two-byte sequence that the quote does not continue

        assertThat(quick(json)).isNull();
        assertThat(CaseJson.read(json)).isInstanceOf(Case.Invalid.class);
    }

    private static Case.Valid quick(String json) {
        return quick(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Case.Valid quick(byte[] json) {
        try (JsonParser parser = Json.FACTORY.createParser(json)) {
            return SoundCase.read(parser);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
