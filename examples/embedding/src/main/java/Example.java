import org.reconcile.Advisor;
import org.reconcile.advice.Advice;
import org.reconcile.advice.Question;
import org.reconcile.advice.Recommendation;
import org.reconcile.model.Fact;
import org.reconcile.model.Situation;

public class Example {
    public static void main(String[] args) {
        Advisor advisor = Advisor.builtIn();             // build once, share everywhere

        Situation situation = Situation.builder(12)      // 12 days after the breakup
                .with(Fact.URGE_TO_PLEAD_OR_RANT, false)
                .build();
        Advice advice = advisor.advise(situation);

        System.out.println(advice.verdict());            // WAIT
        advice.daysToWait().ifPresent(days ->            // 18
                System.out.println("for " + days + " more days"));
        for (Recommendation r : advice.recommendations()) {
            System.out.println("- " + r.advice());
            System.out.println("  “" + r.source() + "”");
        }
        for (Question q : advice.questions()) {          // abuse, breakupReasons, motives, resentment
            System.out.println("? " + q.ask() + " (could change to " + q.couldChangeTo() + ")");
        }
    }
}
