import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.reconcile.Advisor;
import org.reconcile.advice.Advice;
import org.reconcile.advice.FollowUp;
import org.reconcile.advice.Question;
import org.reconcile.json.ReconcileModule;
import org.reconcile.model.Choice;
import org.reconcile.model.Fact;
import org.reconcile.model.Motive;
import org.reconcile.model.Situation;
import org.reconcile.model.Stage;

/**
 * A form built from the catalog of facts alone, as a UI would build its widgets: one field per
 * fact, its question, its kind and its choices in plain words; nothing here names a fact but the
 * answers a person gave. The answers go into a situation through Builder.set, the advice comes
 * back with its questions and follow-ups (the optional fields worth showing next), and the
 * application's own ObjectMapper, with ReconcileModule, writes its response as reconcile's JSON.
 */
public final class FormExample {

    /** The application's own response type, holding reconcile's types. */
    public record Response(Situation situation, Advice advice) {
    }

    private FormExample() {
    }

    public static void main(String[] args) throws Exception {
        for (Fact fact : Fact.values()) {
            System.out.println("field: " + field(fact));
        }

        // What a person filled in; a real UI reads these from its widgets.
        Map<Fact, Object> answers = new EnumMap<>(Fact.class);
        answers.put(Fact.DAYS_SINCE_BREAKUP, 90);
        answers.put(Fact.STAGE, Stage.BACK_TOGETHER);
        answers.put(Fact.ABUSE, false);
        answers.put(Fact.MOTIVES, List.of(Motive.BELIEVE_IN_POTENTIAL));

        Situation.Builder builder = Situation.builder(0);
        answers.forEach(builder::set);
        Situation situation = builder.build();
        Advice advice = Advisor.builtIn().advise(situation);

        System.out.println("verdict: " + advice.verdict() + ": " + advice.verdict().inPlainWords(situation));
        for (Question question : advice.questions()) {
            System.out.println("could change it: " + field(question.fact()));
        }
        for (FollowUp followUp : advice.followUps()) {
            System.out.println("could add advice: " + field(followUp.fact()) + " (" + followUp.couldAdd() + ")");
        }
        for (Fact fact : Fact.values()) {
            situation.get(fact).ifPresent(value -> System.out.println("stated: " + fact.jsonName() + " = " + value));
        }

        ObjectMapper mapper = new ObjectMapper().registerModule(new ReconcileModule());
        String response = mapper.writeValueAsString(new Response(situation, advice));
        System.out.println("response: " + response);
        Situation readBack = mapper.readValue(mapper.writeValueAsString(situation), Situation.class);
        System.out.println("read back: " + readBack.equals(situation));
    }

    // One form field: the question, and how to answer it, from the fact's type and choices.
    private static String field(Fact fact) {
        return switch (fact.type()) {
            case INTEGER -> fact.ask() + " [a number]";
            case BOOLEAN -> fact.ask() + " [yes / no / not sure]";
            case CHOICE -> fact.ask() + " [one of: " + labels(fact) + "]";
            case CHOICES -> fact.ask() + " [any of: " + labels(fact) + "]";
        };
    }

    private static String labels(Fact fact) {
        return fact.choices().stream().map(Choice::label).collect(Collectors.joining(" | "));
    }
}
