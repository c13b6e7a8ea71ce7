package org.reconcile.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.reconcile.Advisor;
import org.reconcile.advice.Advice;
import org.reconcile.advice.FollowUp;
import org.reconcile.advice.Question;
import org.reconcile.model.Choice;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;
import org.reconcile.model.Stage;

/**
 * The questions of {@code reconcile ask}, one at a time: the days since the breakup, how far
 * things have gone, then the questions that could still change the verdict, most decisive first,
 * then the follow-ups (optional questions whose answer would add advice), the advice worked out
 * again after every answer. Reads one answer a line; ends at "quit" or at the end of the input;
 * "done" skips the follow-ups left.
 */
final class Interview {
    private static final String QUIT = "quit";
    private static final Set<String> DONE = Set.of("done", "skip all");

    private final Advisor advisor;
    private final BufferedReader in;
    private final PrintWriter talk;
    private final boolean echo;
    private final int width;
    private final Set<Fact> skipped = EnumSet.noneOf(Fact.class);
    private boolean followingUp;
    private boolean done;

    /**
     * @param talk where the questions go (the answers are read from {@code in})
     * @param echo write each answer after its prompt: answers piped in are not shown by a terminal
     */
    Interview(Advisor advisor, BufferedReader in, PrintWriter talk, boolean echo, int width) {
        this.width = width;
        this.advisor = advisor;
        this.in = in;
        this.talk = talk;
        this.echo = echo;
    }

    /**
     * What the interview came to.
     *
     * @param situation what the person said, if they gave at least the days and the stage
     * @param finished every question that could change the verdict, and every follow-up, was
     *     answered or skipped (or the person said they were done with the follow-ups)
     */
    record Outcome(Optional<Situation> situation, boolean finished) {
    }

    Outcome run() {
        talk.println("A few questions about where you are since the breakup, then some advice.");
        talk.println("Answer each one and press Enter. \"skip\" leaves a question out; \"quit\" stops.");
        talk.println();
        Optional<Integer> days = days();
        if (days.isEmpty()) {
            return new Outcome(Optional.empty(), false);
        }
        Situation situation = Situation.builder(days.get()).build();
        Optional<Choice> stage = choice(Fact.STAGE);
        if (stage.isEmpty()) {
            return new Outcome(Optional.empty(), false);
        }
        situation = situation.toBuilder().stage((Stage) stage.get()).build();
        while (true) {
            Optional<Fact> next = next(advisor.advise(situation));
            if (next.isEmpty() || done) {
                return new Outcome(Optional.of(situation), true);
            }
            Optional<Situation> answered = ask(situation, next.get());
            if (answered.isEmpty()) {
                return new Outcome(Optional.of(situation), false);
            }
            situation = answered.get();
        }
    }

    // The most decisive question not skipped; once none is left, the first follow-up not skipped.
    private Optional<Fact> next(Advice advice) {
        Optional<Fact> question = advice.questions().stream().map(Question::fact).filter(fact -> !skipped.contains(fact)).findFirst();
        if (question.isPresent()) {
            return question;
        }
        Optional<Fact> followUp = advice.followUps().stream().map(FollowUp::fact).filter(fact -> !skipped.contains(fact)).findFirst();
        if (followUp.isPresent() && !followingUp) {
            followingUp = true;
            talk.println();
            talk.println("A few more questions, for advice that fits you better.");
            talk.println("Skip any you like, or type \"done\" for the advice now.");
        }
        return followUp;
    }

    // The situation with the person's answer, the same if they skipped, empty if they stopped.
    private Optional<Situation> ask(Situation situation, Fact fact) {
        if (fact.type() == Fact.Type.BOOLEAN) {
            Optional<Optional<Boolean>> answer = yesOrNo(fact, situation.stage());
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            answer.get().ifPresentOrElse(yes -> { }, () -> skipped.add(fact));
            return Optional.of(answer.get().map(yes -> situation.toBuilder().with(fact, yes).build()).orElse(situation));
        }
        Optional<Optional<List<Choice>>> chosen = choices(fact, situation.stage());
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        if (chosen.get().isEmpty()) {
            skipped.add(fact);
            return Optional.of(situation);
        }
        return Optional.of(situation.toBuilder().choices(fact, chosen.get().get()).build());
    }

    private Optional<Integer> days() {
        say(Fact.DAYS_SINCE_BREAKUP.ask(), "(a number of days, such as 45)");
        while (true) {
            Optional<String> line = read();
            if (line.isEmpty()) {
                return Optional.empty();
            }
            try {
                int days = Integer.parseInt(line.get());
                if (days >= 0 && days <= Situation.MAX_DAYS) {
                    return Optional.of(days);
                }
            } catch (NumberFormatException e) {
                // asked again below
            }
            talk.println("Please give a whole number of days, from 0 to " + Situation.MAX_DAYS
                    + ", such as 45 (about a month and a half). Or \"quit\" to stop.");
        }
    }

    // The answer: yes, no, or skipped (empty inside); empty outside if they stopped.
    private Optional<Optional<Boolean>> yesOrNo(Fact fact, Stage stage) {
        say(fact.ask(stage), followingUp ? "(yes / no / skip / done)" : "(yes / no / skip)");
        while (true) {
            Optional<String> line = read();
            if (line.isEmpty()) {
                return Optional.empty();
            }
            if (saysDone(line.get())) {
                return Optional.of(Optional.empty());
            }
            switch (line.get().toLowerCase(Locale.ROOT)) {
                case "y", "yes" -> {
                    return Optional.of(Optional.of(true));
                }
                case "n", "no" -> {
                    return Optional.of(Optional.of(false));
                }
                case "s", "skip" -> {
                    return Optional.of(Optional.empty());
                }
                default -> talk.println("Please answer yes, no or skip" + (followingUp ? ", or done" : "") + " (or \"quit\" to stop).");
            }
        }
    }

    // One choice, not to be skipped: the advice depends on it, and the report repeats it as said.
    private Optional<Choice> choice(Fact fact) {
        talk.println(fact.ask());
        showChoices(fact);
        talk.println("Type a number.");
        while (true) {
            Optional<String> line = read();
            if (line.isEmpty()) {
                return Optional.empty();
            }
            Optional<List<Choice>> picked = picked(fact, line.get());
            if (picked.isPresent() && picked.get().size() == 1) {
                return Optional.of(picked.get().get(0));
            }
            talk.println("Please type one number from 1 to " + fact.choices().size() + ":");
            showChoices(fact);
        }
    }

    // The choices picked (none of them for "none"), empty inside if skipped; empty outside if they stopped.
    private Optional<Optional<List<Choice>>> choices(Fact fact, Stage stage) {
        talk.println(fact.ask(stage));
        showChoices(fact);
        talk.println("Type the numbers that apply (such as 1 3), \"none\" if none of these, or skip" + (followingUp ? " (or done)." : "."));
        while (true) {
            Optional<String> line = read();
            if (line.isEmpty()) {
                return Optional.empty();
            }
            String answer = line.get().toLowerCase(Locale.ROOT);
            if (answer.equals("s") || answer.equals("skip") || saysDone(answer)) {
                return Optional.of(Optional.empty());
            }
            if (answer.equals("none")) {
                return Optional.of(Optional.of(List.of()));
            }
            Optional<List<Choice>> picked = picked(fact, answer);
            if (picked.isPresent() && !picked.get().isEmpty()) {
                return Optional.of(picked);
            }
            talk.println("Please type numbers from 1 to " + fact.choices().size() + ", none, or skip:");
            showChoices(fact);
        }
    }

    // "done" (or "skip all") while following up: no more follow-ups, the advice now.
    private boolean saysDone(String answer) {
        done = followingUp && DONE.contains(answer.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        return done;
    }

    // The question, and the hint on the same line if it fits the width.
    private void say(String question, String hint) {
        talk.println(question.length() + 1 + hint.length() <= width ? question + " " + hint : question + "\n" + hint);
    }

    private void showChoices(Fact fact) {
        List<Choice> choices = fact.choices();
        for (int i = 0; i < choices.size(); i++) {
            talk.println("  " + (i + 1) + ". " + choices.get(i).label());
        }
    }

    // The choices numbered in the answer; empty if the answer is not numbers of choices.
    private static Optional<List<Choice>> picked(Fact fact, String answer) {
        List<Choice> picked = new ArrayList<>();
        for (String number : answer.split("[\\s,]+")) {
            try {
                int n = Integer.parseInt(number);
                if (n < 1 || n > fact.choices().size()) {
                    return Optional.empty();
                }
                Choice choice = fact.choices().get(n - 1);
                if (!picked.contains(choice)) {
                    picked.add(choice);
                }
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(picked);
    }

    // The next answer, trimmed; empty at the end of the input or at "quit".
    private Optional<String> read() {
        talk.print("> ");
        talk.flush();
        try {
            String line = in.readLine();
            if (line == null) {
                talk.println();
                return Optional.empty();
            }
            if (echo) {
                talk.println(line);
            }
            line = line.strip();
            return line.equalsIgnoreCase(QUIT) ? Optional.empty() : Optional.of(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
