package org.reconcile.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes realistic cases as JSON Lines from a seed: every stage and verdict, mostly one good
 * motive, some wrong ones, abuse in a few percent, and one invalid case in every
 * {@code invalidEvery} (a typo'd field, a negative day count, an unknown stage, in turn).
 *
 * <p>{@code java -cp benchmarks.jar org.reconcile.bench.CaseGenerator CASES [SEED] [INVALID_EVERY] > cases.jsonl}
 */
public final class CaseGenerator {
    private static final String[] STAGES = {"NO_CONTACT", "REACHED_OUT", "CAUGHT_UP", "TALKED", "BACK_TOGETHER", "ENDED"};
    private static final String[] REASONS = {"HURT_BY_PARTNER", "DISRESPECTED_BY_PARTNER", "NOT_SATISFIED", "OTHER"};
    private static final String[] WRONG_MOTIVES = {"EMOTIONAL_VULNERABILITY", "BRUISED_EGO", "WANT_COMPANY",
            "NOTHING_TO_DO_WITHOUT_THEM", "INSECURE_WITHOUT_PARTNER", "BACK_TOGETHER_FOR_ITS_OWN_SAKE", "PROVE_I_CAN", "REVENGE"};
    private static final String[] FLAGS = {"urgeToPleadOrRant", "resentment", "planToResolvePastIssues", "exReady",
            "bothWantToTryAgain", "oldHabitsReturning", "breakupReasonAddressed", "oldGrievancesRaised", "brokenPromises",
            "pryingIntoTimeApart", "resumingIntimacy", "stdTested"};
    private static final String[] INVALID = {"\"abusive\": true", "\"daysSinceBreakup\": -3", "\"stage\": \"NO_CONTCT\""};

    private final Random random;
    private final int invalidEvery;

    public CaseGenerator(long seed, int invalidEvery) {
        this.random = new Random(seed);
        this.invalidEvery = invalidEvery;
    }

    public static void main(String[] args) throws IOException {
        long cases = Long.parseLong(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
        int invalidEvery = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        CaseGenerator generator = new CaseGenerator(seed, invalidEvery);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            for (long i = 1; i <= cases; i++) {
                out.write(generator.json(i));
                out.write('\n');
            }
        }
    }

    /** The JSON text of case number {@code n}. */
    public String json(long n) {
        List<String> fields = new ArrayList<>();
        fields.add("\"id\": \"c" + n + "\"");
        if (invalidEvery > 0 && n % invalidEvery == 0) {
            fields.add(INVALID[(int) (n / invalidEvery % INVALID.length)]);
            if (!fields.get(1).startsWith("\"daysSinceBreakup\"")) {
                fields.add("\"daysSinceBreakup\": 12");
            }
            return "{" + String.join(", ", fields) + "}";
        }
        fields.add("\"daysSinceBreakup\": " + (random.nextInt(3) == 0 ? random.nextInt(2000) : random.nextInt(61)));
        fields.add("\"stage\": \"" + STAGES[random.nextInt(STAGES.length)] + "\"");
        if (random.nextInt(25) == 0) {
            fields.add("\"abuse\": true");
        } else if (random.nextBoolean()) {
            fields.add("\"abuse\": false");
        }
        if (random.nextInt(4) == 0) {
            fields.add("\"breakupReasons\": [\"" + REASONS[random.nextInt(REASONS.length)] + "\"]");
        }
        int motives = random.nextInt(10);
        if (motives < 6) {
            fields.add("\"motives\": [\"BELIEVE_IN_POTENTIAL\"]");
        } else if (motives < 8) {
            fields.add("\"motives\": [\"" + WRONG_MOTIVES[random.nextInt(WRONG_MOTIVES.length)] + "\"]");
        }
        for (String flag : FLAGS) {
            int pick = random.nextInt(3);
            if (pick < 2) {
                fields.add("\"" + flag + "\": " + (pick == 0));
            }
        }
        return "{" + String.join(", ", fields) + "}";
    }
}
