import org.reconcile.Advisor;
import org.reconcile.advice.Advice;
import org.reconcile.advice.Recommendation;
import org.reconcile.model.Situation;

public class Example {
    public static void main(String[] args) {
        Advisor advisor = Advisor.builtIn();             // build once, share everywhere

        Situation situation = Situation.builder(12)      // 12 days after the breakup
                .urgeToPleadOrRant(true)
                .build();
        Advice advice = advisor.advise(situation);

        System.out.println(advice.verdict());            // WAIT
        for (Recommendation r : advice.recommendations()) {
            System.out.println("- " + r.advice());
            System.out.println("  “" + r.source() + "”");
        }
    }
}
