package org.reconcile.internal.engine;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;
import org.reconcile.advice.Firing;
import org.reconcile.model.Situation;

/**
 * Records, for every case of one session, the rules that fired and (when asked) the facts they
 * fired on. Each rule binds its case as {@code $s}, which tells whose firing it is. One recorder
 * per session: a listener shared by sessions would mix their cases up.
 */
final class ChunkRecorder extends DefaultAgendaEventListener {
    private final RuleCatalog catalog;
    private final boolean explain;
    private final Map<Situation, CaseRecord> records = new IdentityHashMap<>();

    ChunkRecorder(RuleCatalog catalog, boolean explain) {
        this.catalog = catalog;
        this.explain = explain;
    }

    /** Starts recording for {@code situation}, about to be inserted into the session. */
    void expect(Situation situation) {
        records.put(situation, new CaseRecord(situation));
    }

    /** What was recorded for {@code situation}. */
    CaseRecord of(Situation situation) {
        return records.get(situation);
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Match match = event.getMatch();
        RuleCatalog.Entry rule = catalog.byName(match.getRule().getName());
        CaseRecord record = records.get(caseOf(match));
        if (record == null) {
            throw new IllegalStateException("rule \"" + rule.info().name() + "\" fired on a situation that was not inserted: "
                    + "a derived fact must carry the situation it was derived from");
        }
        record.fired(rule, explain ? facts(match, record) : null);
    }

    private static Object caseOf(Match match) {
        try {
            return match.getDeclarationValue("$s");
        } catch (RuntimeException e) {
            throw new IllegalStateException("rule \"" + match.getRule().getName() + "\" must bind its situation as $s", e);
        }
    }

    private static List<String> facts(Match match, CaseRecord record) {
        List<String> facts = new ArrayList<>(2);
        for (Object fact : match.getObjects()) {
            // Drools' own facts (the initial fact behind `exists`) say nothing about the case.
            if (fact == null || fact.getClass().getName().startsWith("org.drools.")) {
                continue;
            }
            facts.add(fact instanceof Situation ? record.situationText() : DESCRIBE.get(fact.getClass()).text(fact));
        }
        return facts;
    }

    /** A derived fact as text: its type and its fields but the situation, such as {@code WrongMotive(motive=REVENGE)}. */
    private interface Describer {
        String text(Object fact);
    }

    private static final ClassValue<Describer> DESCRIBE = new ClassValue<>() {
        @Override
        protected Describer computeValue(Class<?> type) {
            if (type.isEnum() || type.getName().startsWith("java.")) {
                return String::valueOf;
            }
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && field.getType() != Situation.class) {
                        field.setAccessible(true);
                        fields.add(field);
                    }
                }
            }
            fields.sort(Comparator.comparing(Field::getName));
            String name = type.getSimpleName();
            return fact -> {
                if (fields.isEmpty()) {
                    return name;
                }
                StringJoiner text = new StringJoiner(", ", name + "(", ")");
                for (Field field : fields) {
                    try {
                        text.add(field.getName() + "=" + field.get(fact));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return text.toString();
            };
        }
    };

    /** What one case's rules did: the advice rules that fired and, when explaining, every firing. */
    static final class CaseRecord {
        private final Situation situation;
        private final List<RuleCatalog.Entry> recommended = new ArrayList<>();
        private final List<Fired> fired = new ArrayList<>();
        private final List<RuleCatalog.Asks> asked = new ArrayList<>();
        private final List<RuleCatalog.FollowsUp> followedUp = new ArrayList<>(2);
        private String situationText;

        CaseRecord(Situation situation) {
            this.situation = situation;
        }

        void fired(RuleCatalog.Entry rule, List<String> facts) {
            if (rule.recommendation() != null && !recommended.contains(rule)) {
                recommended.add(rule);
            }
            if (rule.asks() != RuleCatalog.Asks.NOTHING) {
                asked.add(rule.asks());
            }
            if (rule.followsUp() != null) {
                followedUp.add(rule.followsUp());
            }
            if (facts != null) {
                fired.add(new Fired(rule, new Firing(rule.info().rule(), rule.info().name(), facts)));
            }
        }

        List<RuleCatalog.Entry> recommended() {
            return recommended;
        }

        /** What the question rules that fired for this case said. */
        List<RuleCatalog.Asks> asked() {
            return asked;
        }

        /** What the follow-up rules that fired for this case said. */
        List<RuleCatalog.FollowsUp> followedUp() {
            return followedUp;
        }

        /**
         * Every firing: rules that derive facts first, then advice rules, each in the guidance's
         * order, so the explanation does not depend on which other cases shared the session.
         */
        List<Firing> firings() {
            fired.sort(EXPLANATION_ORDER);
            Firing[] firings = new Firing[fired.size()];
            for (int i = 0; i < firings.length; i++) {
                firings[i] = fired.get(i).firing();
            }
            return List.of(firings);
        }

        // A rule that fires more than once for a case (once for each wrong motive, say) is the only
        // tie, and only then are the facts compared.
        private static final Comparator<Fired> EXPLANATION_ORDER = (a, b) -> {
            int order = Integer.compare(a.rule().explanationOrder(), b.rule().explanationOrder());
            return order != 0 ? order : String.join("\n", a.firing().facts()).compareTo(String.join("\n", b.firing().facts()));
        };

        /** A firing, with the rule it came from. */
        private record Fired(RuleCatalog.Entry rule, Firing firing) {
        }

        private String situationText() {
            if (situationText == null) {
                situationText = situation.toString();
            }
            return situationText;
        }
    }
}
