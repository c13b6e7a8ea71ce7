package org.reconcile.fuzz;

import java.util.List;
import java.util.Random;

import org.reconcile.json.CaseJson;

/** A JSON value of any shape, on one line: objects with known and unknown keys, arrays, scalars. */
final class RandomJson {
    private static final List<String> SCALARS = List.of("null", "true", "false", "0", "-1", "45", "36500", "1e3", "-0.0",
            "\"NO_CONTACT\"", "\"TALKED\"", "\"REVENGE\"", "\"OTHER\"", "\"\"");

    private RandomJson() {
    }

    static String value(Random random, int depth) {
        int kind = depth > 3 ? 2 : random.nextInt(4);
        return switch (kind) {
            case 0 -> object(random, depth);
            case 1 -> array(random, depth);
            case 2 -> SCALARS.get(random.nextInt(SCALARS.size()));
            default -> Strings.quote(Strings.anyText(random, 10), random);
        };
    }

    private static String object(Random random, int depth) {
        StringBuilder json = new StringBuilder("{");
        for (int i = random.nextInt(5); i > 0; i--) {
            String key = random.nextBoolean() ? CaseJson.FIELDS.get(random.nextInt(CaseJson.FIELDS.size())) : Strings.letters(random, 1 + random.nextInt(8));
            json.append(json.length() > 1 ? "," : "").append('"').append(key).append("\":").append(value(random, depth + 1));
        }
        return json.append('}').toString();
    }

    private static String array(Random random, int depth) {
        StringBuilder json = new StringBuilder("[");
        for (int i = random.nextInt(4); i > 0; i--) {
            json.append(json.length() > 1 ? "," : "").append(value(random, depth + 1));
        }
        return json.append(']').toString();
    }
}
