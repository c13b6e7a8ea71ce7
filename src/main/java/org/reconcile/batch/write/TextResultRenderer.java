package org.reconcile.batch.write;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.reconcile.advice.Advice;
import org.reconcile.advice.Recommendation;
import org.reconcile.advice.Verdict;
import org.reconcile.batch.read.RawCase;
import org.reconcile.json.CaseError;

/**
 * A result as a few lines for a person: the verdict and what it means, then each recommendation
 * with the words of the guidance it comes from.
 */
public final class TextResultRenderer implements ResultRenderer {
    private static final Map<Verdict, String> MEANINGS = Map.of(
            Verdict.DO_NOT_GO_BACK, "don't go back to this relationship",
            Verdict.MOVE_ON, "let this relationship go",
            Verdict.WAIT, "give it, and yourself, more time",
            Verdict.REACH_OUT, "send a short first message",
            Verdict.MEET_UP, "meet for coffee and catch up, nothing more",
            Verdict.TALK, "have the serious talk about the relationship",
            Verdict.REBUILD, "work on the relationship as a new one");

    @Override
    public byte[] advised(long index, Optional<String> id, Advice advice) {
        StringBuilder text = start(index, id);
        writeAdvice(text, advice);
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] invalid(long index, Optional<String> id, RawCase.Where where, CaseError error) {
        StringBuilder text = start(index, id);
        text.append("invalid: ").append(error.describe()).append(" (").append(where).append(")\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder start(long index, Optional<String> id) {
        StringBuilder text = new StringBuilder(1024).append("Case ").append(index);
        id.ifPresent(i -> text.append(" (").append(i).append(')'));
        return text.append(": ");
    }

    private static void writeAdvice(StringBuilder text, Advice advice) {
        text.append(advice.verdict()).append(" (").append(MEANINGS.get(advice.verdict())).append(")\n");
        for (Recommendation recommendation : advice.recommendations()) {
            text.append("  - ").append(recommendation.advice()).append('\n');
            text.append("    “").append(recommendation.source()).append("”\n");
        }
    }
}
