package org.reconcile.internal.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.reconcile.advice.Recommendation;
import org.reconcile.advice.RuleInfo;
import org.reconcile.advice.RulesException;
import org.reconcile.advice.RulesException.Problem;
import org.reconcile.advice.Verdict;
import org.reconcile.model.Fact;

/**
 * Every rule of a rule base with its metadata, checked: each rule has a unique {@code @id} and a
 * {@code @source} found verbatim in the guidance; a {@code @verdict} names a verdict; only rules
 * with {@code @advice} give advice; a question rule names a fact and a verdict, a follow-up rule a
 * fact and advice rules that exist.
 */
final class RuleCatalog {
    private final Map<String, Entry> byName = new HashMap<>();
    private final Map<String, Entry> byId = new HashMap<>();
    private final List<RuleInfo> inGuidanceOrder;

    /**
     * A rule with what evaluating a case needs of it, worked out once: its rank in the guidance's
     * order and, for an advice rule, its recommendation.
     */
    record Entry(RuleInfo info, int rank, Recommendation recommendation, Asks asks, FollowsUp followsUp) {
        /**
         * Where the rule's firings stand in an explanation: rules that derive facts first, then
         * advice rules, each in the guidance's order.
         */
        int explanationOrder() {
            return recommendation == null ? rank : Integer.MAX_VALUE / 2 + rank;
        }

        // One entry per rule, made once: the same rule is the same entry, and comparing their
        // fields (texts and all) on every firing was the hottest part of recording a case.
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /**
     * What a question rule says: an answer to {@code fact} (not stated) would give
     * {@code couldChangeTo}; or, with {@code untilDay}, that a case waiting only for time gets
     * another verdict on that day. {@link #NOTHING} for every other rule.
     */
    record Asks(Fact fact, Verdict couldChangeTo, int untilDay) {
        static final Asks NOTHING = new Asks(null, null, -1);
    }

    /**
     * What a follow-up rule says: an answer to {@code fact} (not stated) would make the advice
     * rules {@code couldAdd} (their ids) fire. {@code null} for every other rule.
     */
    record FollowsUp(Fact fact, List<String> couldAdd) {
    }

    private final boolean asksQuestions;
    private final boolean followsUp;

    private RuleCatalog(Map<String, RuleInfo> rules, Map<String, Asks> asks, Map<String, FollowsUp> followUps) {
        // Each source is looked up in the guidance once, not on every comparison.
        Map<RuleInfo, Integer> positions = new HashMap<>();
        rules.values().forEach(rule -> positions.put(rule, Guidance.positionOf(rule.source())));
        this.inGuidanceOrder = rules.values().stream()
                .sorted(Comparator.comparingInt((RuleInfo r) -> positions.get(r)).thenComparing(RuleInfo::rule))
                .toList();
        for (int rank = 0; rank < inGuidanceOrder.size(); rank++) {
            RuleInfo info = inGuidanceOrder.get(rank);
            Entry entry = new Entry(info, rank, info.givesAdvice() ? info.toRecommendation() : null,
                    asks.getOrDefault(info.name(), Asks.NOTHING), followUps.get(info.name()));
            byName.put(info.name(), entry);
            byId.put(info.rule(), entry);
        }
        this.asksQuestions = !asks.isEmpty();
        this.followsUp = !followUps.isEmpty();
    }

    /** Reads and checks the metadata of every rule in {@code kieBase}; throws {@link RulesException} listing every problem. */
    static RuleCatalog of(KieBase kieBase, List<DrlFile> files) {
        List<Problem> problems = new ArrayList<>();
        Map<String, RuleInfo> byName = new LinkedHashMap<>();
        Map<String, String> whereIsId = new HashMap<>();
        Map<String, Asks> asks = new HashMap<>();
        Map<String, FollowsUp> followUps = new HashMap<>();
        Map<String, Location> followUpLocations = new HashMap<>();
        Locations locations = new Locations(files);
        for (Rule rule : rulesInFileOrder(kieBase, locations)) {
            Location location = locations.of(rule.getName());
            String where = location.toString();
            Map<String, Object> meta = rule.getMetaData();
            Optional<String> id = text(meta, "id");
            Optional<String> source = text(meta, "source");
            Optional<String> advice = text(meta, "advice");
            Optional<String> verdictName = text(meta, "verdict");
            if (id.isEmpty()) {
                problems.add(location.problem("rule \"" + rule.getName() + "\" must have an @id(\"topic/name\"), found none"));
            } else if (whereIsId.containsKey(id.get())) {
                problems.add(location.problem("rule \"" + rule.getName() + "\" must have a unique @id, but \"" + id.get()
                        + "\" is also the id of the rule at " + whereIsId.get(id.get())));
            } else {
                whereIsId.put(id.get(), where);
            }
            if (source.isEmpty()) {
                problems.add(location.problem("rule \"" + rule.getName() + "\" must have a @source quoting the guidance, found none"));
            } else if (!Guidance.quotes(source.get())) {
                problems.add(location.problem("rule \"" + rule.getName() + "\" has a @source that is not found verbatim in the guidance: \""
                        + source.get() + "\""));
            }
            Optional<Verdict> verdict = verdictName.flatMap(v -> parseVerdict(v, location, rule.getName(), problems));
            if (verdict.isPresent() && advice.isEmpty()) {
                problems.add(location.problem("rule \"" + rule.getName() + "\" has a @verdict but no @advice; a rule that supports a verdict must give advice"));
            }
            asks(meta, location, rule.getName(), verdict.isPresent(), problems).ifPresent(a -> asks.put(rule.getName(), a));
            followUp(meta, location, rule.getName(), verdict.isPresent(), problems).ifPresent(f -> {
                followUps.put(rule.getName(), f);
                followUpLocations.put(rule.getName(), location);
            });
            if (id.isPresent() && source.isPresent()) {
                byName.put(rule.getName(), new RuleInfo(id.get(), rule.getName(), location.file(), verdict, advice, source.get()));
            }
        }
        Map<String, RuleInfo> byId = new HashMap<>();
        byName.values().forEach(info -> byId.putIfAbsent(info.rule(), info));
        followUps.forEach((rule, followUp) -> requireAdviceRules(rule, followUp, followUpLocations.get(rule), byId, problems));
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        return new RuleCatalog(byName, asks, followUps);
    }

    // @followUp("fact") with @couldAdd("topic/rule, topic/other"); only on rules without a @verdict or a question.
    private static Optional<FollowsUp> followUp(Map<String, Object> meta, Location location, String rule, boolean hasVerdict,
            List<Problem> problems) {
        Optional<String> followUp = text(meta, "followUp");
        Optional<String> couldAdd = text(meta, "couldAdd");
        if (followUp.isEmpty() && couldAdd.isEmpty()) {
            return Optional.empty();
        }
        String at = "rule \"" + rule + "\" ";
        int before = problems.size();
        if (hasVerdict) {
            problems.add(location.problem(at + "is a follow-up, so it must not have a @verdict: it gives no advice"));
        }
        if (text(meta, "question").isPresent() || text(meta, "untilDay").isPresent()) {
            problems.add(location.problem(at + "has @followUp with @question or @untilDay; a rule says one or the other"));
        }
        Optional<Fact> fact = followUp.flatMap(Fact::byJsonName).filter(Fact::isQuestion);
        if (fact.isEmpty()) {
            problems.add(location.problem(at + "has @followUp(\"" + followUp.orElse("") + "\"), which must name a fact a case may leave unstated: "
                    + unstatedFacts()));
        }
        List<String> ids = couldAdd.map(RuleCatalog::ids).orElse(List.of());
        if (ids.isEmpty()) {
            problems.add(location.problem(at + "has a @followUp but no @couldAdd(\"topic/rule, ...\") naming the advice an answer would add"));
        }
        return problems.size() > before ? Optional.empty() : Optional.of(new FollowsUp(fact.get(), ids));
    }

    private static List<String> ids(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
    }

    // Known only once every rule is read: each id of @couldAdd must be an advice rule's.
    private static void requireAdviceRules(String rule, FollowsUp followUp, Location location, Map<String, RuleInfo> byId,
            List<Problem> problems) {
        for (String id : followUp.couldAdd()) {
            RuleInfo added = byId.get(id);
            if (added == null) {
                problems.add(location.problem("rule \"" + rule + "\" has @couldAdd naming \"" + id + "\", which must be the @id of a rule, found none"));
            } else if (!added.givesAdvice()) {
                problems.add(location.problem("rule \"" + rule + "\" has @couldAdd naming \"" + id
                        + "\", which must be a rule that gives advice, but it has no @advice"));
            }
        }
    }

    private static String unstatedFacts() {
        return String.join(", ", Arrays.stream(Fact.values()).filter(Fact::isQuestion).map(Fact::jsonName).toList());
    }

    // @question("fact") with @couldChangeTo("VERDICT"), or @untilDay("30"); only on rules without a @verdict.
    private static Optional<Asks> asks(Map<String, Object> meta, Location location, String rule, boolean hasVerdict,
            List<Problem> problems) {
        Optional<String> question = text(meta, "question");
        Optional<String> couldChangeTo = text(meta, "couldChangeTo");
        Optional<String> untilDay = text(meta, "untilDay");
        if (question.isEmpty() && couldChangeTo.isEmpty() && untilDay.isEmpty()) {
            return Optional.empty();
        }
        String at = "rule \"" + rule + "\" ";
        int before = problems.size();
        if (hasVerdict) {
            problems.add(location.problem(at + "asks a question, so it must not have a @verdict: it gives no advice"));
        }
        if (untilDay.isPresent()) {
            if (question.isPresent() || couldChangeTo.isPresent()) {
                problems.add(location.problem(at + "has @untilDay with @question or @couldChangeTo; a rule says one or the other"));
            } else if (!untilDay.get().matches("[0-9]{1,5}")) {
                problems.add(location.problem(at + "has @untilDay(\"" + untilDay.get() + "\"), which must be a number of days"));
            }
            return problems.size() > before ? Optional.empty() : Optional.of(new Asks(null, null, Integer.parseInt(untilDay.get())));
        }
        Optional<Fact> fact = question.flatMap(Fact::byJsonName).filter(Fact::isQuestion);
        if (fact.isEmpty()) {
            problems.add(location.problem(at + "has @question(\"" + question.orElse("") + "\"), which must name a fact a case may leave unstated: "
                    + unstatedFacts()));
        }
        Optional<Verdict> verdict = couldChangeTo.flatMap(v -> parseVerdict(v, location, rule, problems));
        if (couldChangeTo.isEmpty()) {
            problems.add(location.problem(at + "has a @question but no @couldChangeTo(\"VERDICT\")"));
        }
        return problems.size() > before || verdict.isEmpty() ? Optional.empty() : Optional.of(new Asks(fact.get(), verdict.get(), -1));
    }

    /**
     * True if some rule asks a question and some rule follows up: then the rules say what could
     * change a verdict and what could add advice.
     */
    boolean asksQuestionsAndFollowsUp() {
        return asksQuestions && followsUp;
    }

    /** The rule named {@code name}; every rule of the rule base is here. */
    Entry byName(String name) {
        Entry entry = byName.get(name);
        if (entry == null) {
            throw new IllegalStateException("no rule named \"" + name + "\" in the catalog");
        }
        return entry;
    }

    /** The rule whose {@code @id} is {@code id}; checked at load for every id a follow-up rule names. */
    Entry byId(String id) {
        Entry entry = byId.get(id);
        if (entry == null) {
            throw new IllegalStateException("no rule with the id \"" + id + "\" in the catalog");
        }
        return entry;
    }

    /** The rule whose {@code @id} is {@code id}, if there is one. */
    Optional<RuleInfo> find(String id) {
        return Optional.ofNullable(byId.get(id)).map(Entry::info);
    }

    /** Every rule, ordered by where its source stands in the guidance. */
    List<RuleInfo> inGuidanceOrder() {
        return inGuidanceOrder;
    }

    private static List<Rule> rulesInFileOrder(KieBase kieBase, Locations locations) {
        List<Rule> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            rules.addAll(pkg.getRules());
        }
        rules.sort(Comparator.comparing((Rule r) -> locations.of(r.getName())));
        return rules;
    }

    private static Optional<Verdict> parseVerdict(String value, Location location, String rule, List<Problem> problems) {
        try {
            return Optional.of(Verdict.valueOf(value));
        } catch (IllegalArgumentException e) {
            problems.add(location.problem("rule \"" + rule + "\" has @verdict(\"" + value + "\"), which must be one of "
                    + List.of(Verdict.values())));
            return Optional.empty();
        }
    }

    private static Optional<String> text(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString();
        // Some Drools versions keep the quotes around a metadata value.
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** Where every rule of some files is written, found once: scanning the files per rule was most of start-up's checks. */
    private static final class Locations {
        private final Map<String, Location> byRule = new HashMap<>();
        private final Location unknown;

        Locations(List<DrlFile> files) {
            for (int i = 0; i < files.size(); i++) {
                DrlFile file = files.get(i);
                for (Map.Entry<String, Integer> rule : file.ruleLines().entrySet()) {
                    byRule.putIfAbsent(rule.getKey(), new Location(i, file.path(), rule.getValue()));
                }
            }
            unknown = new Location(files.size(), "(unknown file)", 0);
        }

        Location of(String ruleName) {
            return byRule.getOrDefault(ruleName, unknown);
        }
    }

    /** Where a rule is written: the file's position among the rule files, its path, and the line. */
    private record Location(int fileIndex, String file, int line) implements Comparable<Location> {

        @Override
        public int compareTo(Location other) {
            return Comparator.comparingInt(Location::fileIndex).thenComparingInt(Location::line).compare(this, other);
        }

        /** A problem with the rule written here. */
        Problem problem(String message) {
            return new Problem(file, line, message);
        }

        @Override
        public String toString() {
            return file + ":" + line;
        }
    }
}
