package org.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reconcile.advice.RuleInfo;

/** Every rule cites the guidance verbatim, and every paragraph of advice in the guidance is cited. */
class TraceabilityTest {
    private static final Path SEED = ProjectFiles.of("seeds", "getting-back-together.txt");

    private final List<RuleInfo> rules = TestAdvisor.get().rules();

    @Test
    void everySourceIsFoundVerbatimInTheGuidance() throws IOException {
        String guidance = Files.readString(SEED, StandardCharsets.UTF_8);

        assertThat(rules).hasSizeGreaterThan(40);
        for (RuleInfo rule : rules) {
            assertThat(guidance).as("source of " + rule.rule()).contains(rule.source());
        }
    }

    @Test
    void sourcesKeepTheTypographicApostrophesAndDashes() {
        assertThat(rules).extracting(RuleInfo::source).anyMatch(s -> s.contains("’")).anyMatch(s -> s.contains("—"));
        assertThat(rules).extracting(RuleInfo::source).noneMatch(s -> s.contains("'"));
    }

    // The guidance is written one paragraph a line; every non-blank line gives advice.
    @Test
    void everyParagraphOfTheGuidanceIsCitedByAnAdviceRule() throws IOException {
        List<String> paragraphs = Files.readAllLines(SEED, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();

        assertThat(paragraphs).hasSizeGreaterThan(30);
        for (String paragraph : paragraphs) {
            assertThat(rules).as("advice rules citing: " + paragraph)
                    .anyMatch(rule -> rule.givesAdvice() && paragraph.contains(rule.source()));
        }
    }

    @Test
    void theJarCarriesTheGuidanceUnchanged() throws IOException {
        try (InputStream bundled = getClass().getClassLoader().getResourceAsStream("org/reconcile/seeds/getting-back-together.txt")) {
            assertThat(bundled).as("guidance on the classpath").isNotNull();
            assertThat(bundled.readAllBytes()).isEqualTo(Files.readAllBytes(SEED));
        }
    }

    @Test
    void everyRuleHasAnIdNamedAfterItsTopic() {
        assertThat(rules).extracting(RuleInfo::rule)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("(cooling-off|reconnecting|rebuilding|motives|safety|moving-on|questions|follow-ups)/[a-z0-9-]+"));
    }

    @Test
    void everyAdviceRuleSaysSomethingOfItsOwn() {
        assertThat(rules).filteredOn(RuleInfo::givesAdvice)
                .allSatisfy(rule -> assertThat(rule.advice().orElseThrow()).isNotEqualTo(rule.source()).hasSizeLessThan(200));
    }
}
