package org.reconcile.cli.report;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.reconcile.Advisor;
import org.reconcile.advice.Advice;
import org.reconcile.advice.Question;
import org.reconcile.advice.Recommendation;
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
        return widthOf(System.getenv("COLUMNS"));
    }

    /** {@code columns} as a number when it is one, else {@value #DEFAULT_WIDTH}. */
    static int widthOf(String columns) {
        try {
            return columns == null ? DEFAULT_WIDTH : Integer.parseInt(columns.trim());
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    /** The report on {@code advice}, given for {@code situation}, ending in a line break. */
    public String render(Situation situation, Advice advice) {
        Text text = new Text(width);
        Stage stage = situation.stage();
        advice.safety().ifPresent(note -> text.paragraph(note).blank());
        text.paragraph(advice.verdict().inPlainWords(situation)).blank();
        List<String> said = advisor.decidedBy(situation, advice).stream()
                .flatMap(fact -> fact.statements(situation).stream()).toList();
        if (!said.isEmpty()) {
            text.paragraph("Because you said:");
            said.forEach(text::item);
            text.blank();
        }
        if (!situation.isStated(Fact.STAGE)) {
            text.paragraph("You didn't say how far things have gone since the breakup, so this reads it as: "
                    + stage.statement() + ".").blank();
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
                text.item(question.ask() + " Your answer could change this to " + question.couldChangeTo().stream()
                        .map(verdict -> "“" + withoutFullStop(verdict.inPlainWords(stage)) + "”")
                        .collect(Collectors.joining(" or ")) + ".");
            }
            text.blank();
        }
        return text.toString();
    }

    // A verdict's words end in a full stop; quoted inside a sentence, the sentence's own ends it.
    private static String withoutFullStop(String words) {
        return words.endsWith(".") ? words.substring(0, words.length() - 1) : words;
    }
}
