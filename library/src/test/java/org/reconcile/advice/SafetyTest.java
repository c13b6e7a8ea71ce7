package org.reconcile.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.reconcile.ProjectFiles;

/** The safety note says each thing it must, for any country, in our own words. */
class SafetyTest {
    private static final String NOTE = Safety.NOTE.toLowerCase(Locale.ROOT);

    @Test
    void safetyComesFirstAndDangerNowMeansTheLocalEmergencyNumber() {
        assertThat(Safety.NOTE).startsWith("Your safety comes first.");
        assertThat(NOTE).contains("in danger right now", "local emergency number");
    }

    @Test
    void theHelplineIsForAnyPartnerWithoutPromisingThatEveryCountryHasOne() {
        assertThat(NOTE).contains("domestic or relationship abuse", "whether or not you lived together")
                .contains("many countries have", "if there is one where you live")
                .doesNotContain("every country", "finds one", "will find");
    }

    @Test
    void itNamesPeopleTheyTrust() {
        assertThat(NOTE).contains("people you trust");
    }

    @Test
    void aDeviceSomeoneElseMayCheckCanShowWhatWasSearchedFor() {
        assertThat(NOTE).contains("phone or computer", "someone else may check", "searched for or visited")
                .contains("private browsing", "a device they don't have access to");
    }

    @Test
    void itIsShortAndQuotesNothingOfTheGuidance() throws IOException {
        String guidance = String.join(" ", words(Files.readString(ProjectFiles.of("seeds", "getting-back-together.txt"))));
        List<String> words = words(Safety.NOTE);

        assertThat(Safety.NOTE.length()).as("characters").isLessThan(600);
        for (int i = 0; i + 6 <= words.size(); i++) {
            String run = String.join(" ", words.subList(i, i + 6));
            assertThat(" " + guidance + " ").as("six words of the note in a row found in the guidance").doesNotContain(" " + run + " ");
        }
    }

    // The words of a text, in lower case, with the guidance's typographic apostrophe as a plain one.
    private static List<String> words(String text) {
        return Arrays.asList(text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[^a-z']+", " ").trim().split(" "));
    }
}
