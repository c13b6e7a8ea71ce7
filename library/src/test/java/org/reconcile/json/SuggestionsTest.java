package org.reconcile.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> FIELDS = List.of("abuse", "exReady", "stage", "motives");
    private static final List<String> REASONS = List.of("HURT_BY_PARTNER", "DISRESPECTED_BY_PARTNER", "NOT_SATISFIED", "OTHER");

    @Test
    void suggestsTheFieldATypoWasMeantFor() {
        assertThat(Suggestions.closest("abusive", FIELDS)).contains("abuse");
        assertThat(Suggestions.closest("exready", FIELDS)).contains("exReady");
    }

    @Test
    void suggestsTheOnlyValueAShortenedNameBeginsWith() {
        assertThat(Suggestions.closest("HURT", REASONS)).contains("HURT_BY_PARTNER");
        assertThat(Suggestions.didYouMean("disrespected", REASONS)).isEqualTo(" (did you mean DISRESPECTED_BY_PARTNER?)");
    }

    @Test
    void suggestsNothingForANameFarFromEveryKnownOne() {
        assertThat(Suggestions.closest("weather", FIELDS)).isEmpty();
        assertThat(Suggestions.closest("NO", List.of("NOT_SATISFIED", "NO_CONTACT"))).isEmpty();
        assertThat(Suggestions.didYouMean("zzz", REASONS)).isEmpty();
    }
}
