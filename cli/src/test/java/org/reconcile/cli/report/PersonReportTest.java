package org.reconcile.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.reconcile.TestAdvisor;
import org.reconcile.json.Case;
import org.reconcile.json.CaseJson;
import org.reconcile.model.Situation;

/**
 * The person's report, word for word: each expected text is written out as a person reads it, so a
 * change to any sentence, list, quote, line break or blank line of the report shows here.
 */
class PersonReportTest {
    private static final String ABUSE = "{\"daysSinceBreakup\": 300, \"stage\": \"BACK_TOGETHER\", \"abuse\": true, \"motives\": [\"BELIEVE_IN_POTENTIAL\"]}";

    @Test
    void aWaitWithoutSafetyNoteTellsTheDaysLeftAndReadsTheUnstatedStage() {
        assertThat(report("{\"daysSinceBreakup\": 10}", 80)).isEqualTo("""
            Wait for now, and don't reach out yet.

            Because you said:
              - it has been 10 days since the breakup

            You didn't say how far things have gone since the breakup, so this reads it as:
            you haven't been in touch since the breakup.

            In 20 days, it will have been a month since the breakup. Come back to this then.

            What to do:
              - Give it time: at least a month after the breakup is usually a good window
                for you both to calm down and think clearly.
                  “Allow both him and yourself time—at least a month is typically a good
                  window—to calm down and think rationally.”
              - Approaching them too soon after the breakup is likely to make them pull away
                further.
                  “If you approach him too soon after your breakup, he’s likely to withdraw
                  further.”
              - In these first weeks, the urge to text, call or email them, to plead or to
                hash it all out, is likely to come. When it does, don't act on it.
                  “Resist the urge—and you will have the urge—to text, call, or email him to
                  either hash out your feelings about the break up or to beg for him to take
                  you back.”
              - What you say in the heat of the moment could close a door for good. Venting
                or pleading does more harm than good.
                  “As much as you might feel like he absolutely needs to know your thoughts
                  on the situation, remember that what you say now could permanently damage
                  any remaining prospects the two of you had of getting back together.
                  Venting all your anger in an irrational screed or pleading for his
                  attention will both do much more harm than good.”
              - When you need to talk it out, call a friend or someone who loves you instead
                of your ex.
                  “Instead of pleading with or ranting to your ex, seek out the sympathetic
                  ear of friends and loved ones.”
              - Put the feelings somewhere safe: write them a letter you don't send, or go
                for a long walk or a run.
                  “Or write (but don’t send) him a letter, go for a long walk or run, or
                  whatever else will help you harness your feelings in a healthy and
                  positive way.”
              - Feeling sad, lonely or lost after a breakup is natural. Keep asking yourself
                honestly why you want to be with them.
                  “After a breakup, it’s natural to feel sad, lonely, upset, and even a bit
                  lost. So when you’re thinking about or working on getting back with your
                  ex, keep checking in with yourself about your motives.”
              - Take some time to think about why you broke up, and whether you really want
                to (or should) be with this person.
                  “Think carefully about why you broke up. While trying to get back with
                  your ex, it’s important not to get caught up in trying to get back
                  together just for the sake of getting back together. Spend some time
                  thinking about whether or not you really want to (or should) get together
                  with this person.”

            Before you act on this, think about:
              - Was the relationship abusive in any way? Your answer could change this to
                “Don't go back”.
              - Why did you break up, even in part? Your answer could change this to “Let
                this relationship go”.
              - Why do you want to get back together? Your answer could change this to “Let
                this relationship go”.
              - Would you bring past hurt, anger or resentment with you? Your answer could
                change this to “Let this relationship go”.

            """);
    }

    @Test
    void oneDayLeftIsOneDay() {
        assertThat(report("{\"daysSinceBreakup\": 29}", 80).lines())
                .contains("In 1 day, it will have been a month since the breakup. Come back to this then.")
                .noneMatch(line -> line.contains("1 days"));
    }

    @Test
    void theSafetyNoteComesFirstAndNoStageIsReadWhenOneWasGiven() {
        assertThat(report(ABUSE, 80)).isEqualTo("""
            Your safety comes first. If you are in danger right now, call your local
            emergency number. Many countries have a helpline for domestic or relationship
            abuse, for anyone hurt by a partner or an ex, whether or not you lived together;
            if there is one where you live, they can listen and help you make a plan to stay
            safe. Lean on people you trust, and tell someone what is going on. A phone or
            computer that someone else may check can show what you searched for or visited:
            use private browsing, or a device they don't have access to.

            Put your safety first, and plan to leave safely.

            Because you said:
              - the relationship is abusive

            What to do:
              - You said the relationship is abusive. Don't expect it to be different this
                time. You deserve to be safe: make a plan to leave safely, with people you
                trust or a helpline beside you.
                  “If the relationship was abusive in any way, don’t go back to it. Period.
                  Don’t expect that things will be different—they won’t.”
              - Let yourself grieve. Don't push the feelings away: dealing with them is the
                only way to move on and feel better.
                  “Allow yourself to grieve for the relationship if you decide to call it
                  off. Don’t try to avoid or suppress your emotions—the only way to move on
                  and feel better is to deal with your feelings.”
              - Don't be afraid of what you feel. Acknowledge it, and let it run its course.
                  “Don’t be afraid of them, just acknowledge them and let them run their
                  course.”
              - Be kind to yourself. Don't beat yourself up over how things turned out.
                  “Be kind to yourself. Don’t beat yourself up because the relationship
                  didn’t work.”
              - Let your friends and family be there for you. Their support can make a real
                difference right now.
                  “Let friends and family be there for you while you’re getting over the
                  relationship—their support can be crucial.”

            """);
    }

    @Test
    void becauseYouSaidListsEveryDecidingFactAsAStatement() {
        assertThat(report("{\"daysSinceBreakup\": 60, \"stage\": \"REACHED_OUT\", \"exReady\": true, \"motives\": [\"BELIEVE_IN_POTENTIAL\"]}", 80)).isEqualTo("""
            Meet up to catch up, and nothing more.

            Because you said:
              - it has been 60 days since the breakup
              - you sent them a first message
              - they answered, and said they're ready to talk

            What to do:
              - They're ready to talk: suggest meeting for a coffee to catch up.
                  “When you’re both ready to talk, arrange to meet each other to get coffee
                  and catch up.”
              - Go in knowing this is only catching up. Don't try to restart the
                relationship yet; first get to know each other again, calmly.
                  “Be clear going in that catching up is all you’re doing at this point.
                  Don’t try to jump start your relationship prematurely. You both first need
                  to get calmly re-acquainted before going further.”
              - Take some time to think about why you broke up, and whether you really want
                to (or should) be with this person.
                  “Think carefully about why you broke up. While trying to get back with
                  your ex, it’s important not to get caught up in trying to get back
                  together just for the sake of getting back together. Spend some time
                  thinking about whether or not you really want to (or should) get together
                  with this person.”
              - You believe this relationship has real potential for you both. Hold on to
                that, and go into it with good intentions.
                  “Go into it with good intentions.”

            Before you act on this, think about:
              - Was the relationship abusive in any way? Your answer could change this to
                “Don't go back”.
              - Why did you break up, even in part? Your answer could change this to “Let
                this relationship go”.
              - Would you bring past hurt, anger or resentment with you? Your answer could
                change this to “Let this relationship go”.
              - Do you still feel the urge to beg them to come back, or to vent at them?
                Your answer could change this to “Wait for now, and don't press them”.

            """);
    }

    @Test
    void atThirtyColumnsEveryLineFitsAndIndentsKeepTheirPlace() {
        assertThat(report(ABUSE, 30)).isEqualTo("""
            Your safety comes first. If
            you are in danger right now,
            call your local emergency
            number. Many countries have a
            helpline for domestic or
            relationship abuse, for anyone
            hurt by a partner or an ex,
            whether or not you lived
            together; if there is one
            where you live, they can
            listen and help you make a
            plan to stay safe. Lean on
            people you trust, and tell
            someone what is going on. A
            phone or computer that someone
            else may check can show what
            you searched for or visited:
            use private browsing, or a
            device they don't have access
            to.

            Put your safety first, and
            plan to leave safely.

            Because you said:
              - the relationship is
                abusive

            What to do:
              - You said the relationship
                is abusive. Don't expect
                it to be different this
                time. You deserve to be
                safe: make a plan to leave
                safely, with people you
                trust or a helpline beside
                you.
                  “If the relationship was
                  abusive in any way,
                  don’t go back to it.
                  Period. Don’t expect
                  that things will be
                  different—they won’t.”
              - Let yourself grieve. Don't
                push the feelings away:
                dealing with them is the
                only way to move on and
                feel better.
                  “Allow yourself to
                  grieve for the
                  relationship if you
                  decide to call it off.
                  Don’t try to avoid or
                  suppress your
                  emotions—the only way to
                  move on and feel better
                  is to deal with your
                  feelings.”
              - Don't be afraid of what
                you feel. Acknowledge it,
                and let it run its course.
                  “Don’t be afraid of
                  them, just acknowledge
                  them and let them run
                  their course.”
              - Be kind to yourself. Don't
                beat yourself up over how
                things turned out.
                  “Be kind to yourself.
                  Don’t beat yourself up
                  because the relationship
                  didn’t work.”
              - Let your friends and
                family be there for you.
                Their support can make a
                real difference right now.
                  “Let friends and family
                  be there for you while
                  you’re getting over the
                  relationship—their
                  support can be crucial.”

            """);
    }

    @Test
    void aWidthNarrowerThanThirtyIsThirty() {
        assertThat(report(ABUSE, 10)).isEqualTo(report(ABUSE, 30));
    }

    @Test
    void theWidthIsTheNumberInColumnsOrEightyWithoutOne() {
        assertThat(PersonReport.widthOf(" 132 ")).isEqualTo(132);
        assertThat(PersonReport.widthOf(null)).isEqualTo(80);
        assertThat(PersonReport.widthOf("wide")).isEqualTo(80);
    }

    @Test
    void needsAnAdvisor() {
        assertThatNullPointerException().isThrownBy(() -> new PersonReport(null, 80)).withMessage("advisor must not be null");
    }

    private static String report(String json, int width) {
        Situation situation = ((Case.Valid) CaseJson.read(json)).situation();
        return new PersonReport(TestAdvisor.get(), width).render(situation, TestAdvisor.get().advise(situation));
    }
}
