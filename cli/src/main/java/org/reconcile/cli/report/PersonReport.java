package org.reconcile.cli.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.reconcile.Advisor;
import org.reconcile.advice.Advice;
import org.reconcile.advice.Question;
import org.reconcile.advice.Recommendation;
import org.reconcile.advice.Verdict;
import org.reconcile.model.Choice;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;
import org.reconcile.model.Stage;

/**
 * The advice for one situation as a person reads it: the safety note first when there is one, the
 * verdict in plain words, what they said that decided it, the days left to wait, each piece of
 * advice with the words of the guidance it comes from, and the questions that could still change
 * it. Wrapped to a width. Immutable and thread-safe.
 */
public final class PersonReport {
    /** The width when nothing says otherwise: that of a terminal of the old school. */
    public static final int DEFAULT_WIDTH = 80;
    private static final int NARROWEST = 30;
    private static final int A_MONTH = 30;

    private static final Map<Verdict, String> PLAIN_WORDS = Map.of(
            Verdict.DO_NOT_GO_BACK, "Don't go back.",
            Verdict.MOVE_ON, "Let this relationship go.",
            Verdict.WAIT, "Wait for now.",
            Verdict.REACH_OUT, "Reach out.",
            Verdict.MEET_UP, "Meet up to catch up.",
            Verdict.TALK, "Have the serious talk.",
            Verdict.REBUILD, "Rebuild, as a new relationship.");

    private final Advisor advisor;
    private final int width;

    /**
     * A report that asks {@code advisor} which facts decided a verdict, wrapped to {@code width}
     * columns (at least 30).
     */
    public PersonReport(Advisor advisor, int width) {
        this.advisor = Objects.requireNonNull(advisor, "advisor must not be null");
        this.width = Math.max(NARROWEST, width);
    }

    /** The width of the COLUMNS environment variable when it is a number, else {@value #DEFAULT_WIDTH}. */
    public static int widthFromEnvironment() {
        String columns = System.getenv("COLUMNS");
        try {
            return columns == null ? DEFAULT_WIDTH : Integer.parseInt(columns.trim());
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    /** The verdict as a person would say it, such as "Wait for now." */
    public static String inPlainWords(Verdict verdict) {
        return PLAIN_WORDS.get(verdict);
    }

    /** The report on {@code advice}, given for {@code situation}, ending in a line break. */
    public String render(Situation situation, Advice advice) {
        Text text = new Text(width);
        advice.safety().ifPresent(note -> text.paragraph(note).blank());
        text.paragraph(inPlainWords(advice.verdict())).blank();
        List<String> reasons = decidedBy(situation, advice.verdict()).stream().map(fact -> said(situation, fact)).toList();
        if (!reasons.isEmpty()) {
            text.paragraph("Because you said:");
            reasons.forEach(text::item);
            text.blank();
        }
        advice.daysToWait().ifPresent(days -> text.paragraph("In " + days + (days == 1 ? " day" : " days")
                + ", it will have been a month since the breakup. Come back to this then.").blank());
        if (!advice.recommendations().isEmpty()) {
            text.paragraph("What to do:");
            for (Recommendation recommendation : advice.recommendations()) {
                text.item(recommendation.advice());
                text.quote("“" + recommendation.source() + "”");
            }
            text.blank();
        }
        if (!advice.questions().isEmpty()) {
            text.paragraph("Before you act on this, think about:");
            for (Question question : advice.questions()) {
                text.item(question.ask() + " Your answer could change this to: " + question.couldChangeTo().stream()
                        .map(PersonReport::inPlainWords).map(PersonReport::lowerFirst).collect(Collectors.joining(" or ")));
            }
            text.blank();
        }
        return text.toString();
    }

    /**
     * The stated facts that decided the verdict: those which, left unstated, would change it (for
     * the days, any other number of days; for the stage, any other stage). When several facts
     * each lead to the verdict on their own (ten days after the breakup, and still the urge to
     * plead), none of them alone decides it; then those that give the verdict on their own, with
     * only the stage besides, are named instead.
     */
    public List<Fact> decidedBy(Situation situation, Verdict verdict) {
        Map<Situation, Verdict> verdicts = verdictsOf(leftOut(situation));
        List<Fact> decided = new ArrayList<>();
        for (Fact fact : Fact.values()) {
            if (!fact.isQuestion()) {
                if (otherValues(situation, fact).stream().anyMatch(other -> verdicts.get(other) != verdict)) {
                    decided.add(fact);
                }
            } else if (situation.isStated(fact) && verdicts.get(unstated(situation.toBuilder(), fact).build()) != verdict) {
                decided.add(fact);
            }
        }
        if (decided.stream().noneMatch(fact -> fact != Fact.STAGE)
                && verdicts.computeIfAbsent(alone(situation, null), this::verdictOf) != verdict) {
            verdicts.putAll(verdictsOf(alone(situation)));
            for (Fact fact : Fact.values()) {
                if (fact != Fact.STAGE && situation.isStated(fact) && verdicts.get(alone(situation, fact)) == verdict) {
                    decided.add(fact);
                }
            }
        }
        decided.sort(null);
        return decided;
    }

    // The situation with one fact changed or left out, each way decidedBy looks at first; the
    // advisor evaluates them in one call, not one session each.
    private static List<Situation> leftOut(Situation situation) {
        List<Situation> variants = new ArrayList<>(otherValues(situation, Fact.DAYS_SINCE_BREAKUP));
        variants.addAll(otherValues(situation, Fact.STAGE));
        for (Fact fact : Fact.values()) {
            if (fact.isQuestion() && situation.isStated(fact)) {
                variants.add(unstated(situation.toBuilder(), fact).build());
            }
        }
        return variants;
    }

    // Each stated fact but the stage, alone with the stage.
    private static List<Situation> alone(Situation situation) {
        List<Situation> alone = new ArrayList<>();
        for (Fact fact : Fact.values()) {
            if (fact != Fact.STAGE && situation.isStated(fact)) {
                alone.add(alone(situation, fact));
            }
        }
        return alone;
    }

    private Verdict verdictOf(Situation situation) {
        return advisor.advise(situation).verdict();
    }

    private Map<Situation, Verdict> verdictsOf(List<Situation> situations) {
        List<Advice> advice = advisor.adviseAll(situations);
        Map<Situation, Verdict> verdicts = new HashMap<>();
        for (int i = 0; i < situations.size(); i++) {
            verdicts.put(situations.get(i), advice.get(i).verdict());
        }
        return verdicts;
    }

    private static List<Situation> otherValues(Situation situation, Fact fact) {
        List<Situation> others = new ArrayList<>();
        if (fact == Fact.STAGE) {
            for (Stage stage : Stage.values()) {
                if (stage != situation.stage()) {
                    others.add(situation.toBuilder().stage(stage).build());
                }
            }
        } else {
            // Verdicts change with the days only around a month: a day before and after it, and the extremes.
            for (int days : new int[] {0, 29, 30, Situation.MAX_DAYS}) {
                if (days != situation.daysSinceBreakup()) {
                    others.add(situation.toBuilder().daysSinceBreakup(days).build());
                }
            }
        }
        return others;
    }

    // The situation with only its stage and, if given, one more fact stated; the days are a month
    // (no longer too soon) unless the fact is the days.
    private static Situation alone(Situation situation, Fact fact) {
        Situation.Builder builder = Situation.builder(fact == Fact.DAYS_SINCE_BREAKUP ? situation.daysSinceBreakup() : A_MONTH)
                .stage(situation.stage());
        if (fact != null && fact.type() == Fact.Type.BOOLEAN) {
            builder.with(fact, situation.answer(fact));
        } else if (fact != null && fact.type() == Fact.Type.CHOICES) {
            builder.choices(fact, List.copyOf(situation.chosen(fact)));
        }
        return builder.build();
    }

    private static Situation.Builder unstated(Situation.Builder builder, Fact fact) {
        return builder.without(fact);
    }

    // What the person said, in their own terms: the days, the stage's words, their answer to a question.
    private static String said(Situation situation, Fact fact) {
        return switch (fact.type()) {
            case INTEGER -> "it has been " + situation.daysSinceBreakup()
                    + (situation.daysSinceBreakup() == 1 ? " day" : " days") + " since the breakup";
            case CHOICE -> "“" + situation.stage().label() + "”";
            case CHOICES -> fact.ask() + " “" + situation.chosen(fact).stream().map(Choice::label)
                    .collect(Collectors.joining("”, “")) + "”";
            case BOOLEAN -> fact.ask() + " " + (situation.answer(fact).isYes() ? "Yes." : "No.");
        };
    }

    private static String lowerFirst(String words) {
        return Character.toLowerCase(words.charAt(0)) + words.substring(1);
    }
}
