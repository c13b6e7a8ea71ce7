package org.reconcile.internal.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;
import org.reconcile.advice.Advice;
import org.reconcile.advice.Explanation;
import org.reconcile.advice.FollowUp;
import org.reconcile.advice.Question;
import org.reconcile.advice.Recommendation;
import org.reconcile.advice.RuleInfo;
import org.reconcile.advice.RulesException;
import org.reconcile.advice.RulesException.Problem;
import org.reconcile.advice.Safety;
import org.reconcile.advice.Verdict;
import org.reconcile.model.Situation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A compiled, checked rule set: the only class that talks to Drools. Built once, then shared by
 * any number of threads; each call evaluates its cases in sessions of its own, many cases to a session.
 */
public final class RuleBase {
    private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);

    /** Sessions kept at first, one for each thread of a small machine; the pool grows as calls need. */
    private static final int SESSIONS = 2;

    private final KieBase kieBase;
    // Making a session's node memories was a third of a one-case call: a session is reset and reused.
    private final KieSessionsPool sessions;
    private final RuleCatalog catalog;
    private final Origin origin;

    /** How a rule base was made: the built-in rules should come from their executable model. */
    enum Origin {
        /** Generated at build time from the DRL; loaded without compiling anything. */
        EXECUTABLE_MODEL,
        /** Compiled from DRL when the rule base was made. */
        DRL
    }

    private RuleBase(KieBase kieBase, RuleCatalog catalog, Origin origin) {
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(SESSIONS);
        this.catalog = catalog;
        this.origin = origin;
    }

    /** The rules bundled with reconcile, loaded from their executable model if it is on the classpath. */
    public static RuleBase builtIn() {
        return builtIn(ExecutableModel.MODEL_LIST);
    }

    /** The built-in rules, with {@code modelList} naming the executable model (tests name a missing one). */
    static RuleBase builtIn(String modelList) {
        long start = System.nanoTime();
        List<DrlFile> files = DrlFile.builtIn();
        requireSoundHeaders(files);
        Optional<KieBase> model = executableModel(modelList, files);
        if (model.isEmpty()) {
            return compile(files);
        }
        RuleCatalog catalog = RuleCatalog.of(model.get(), files);
        LOG.debug("loaded {} built-in rules from their executable model in {} ms", catalog.inGuidanceOrder().size(),
                (System.nanoTime() - start) / 1_000_000);
        return new RuleBase(model.get(), catalog, Origin.EXECUTABLE_MODEL);
    }

    /** The {@code *.drl} files of {@code dir}; throws {@link RulesException} if they do not compile or fail the checks. */
    public static RuleBase fromDirectory(Path dir) {
        List<DrlFile> files = DrlFile.inDirectory(dir);
        requireSoundHeaders(files);
        return compile(files);
    }

    /** How this rule base was made. */
    Origin origin() {
        return origin;
    }

    // A model that is missing, unreadable or out of date is not worth failing for: the DRL it was
    // generated from is at hand, and gives the same rules, only more slowly.
    private static Optional<KieBase> executableModel(String modelList, List<DrlFile> files) {
        Set<String> drlRules = DrlFile.ruleNames(files);
        Optional<KieBase> model;
        try {
            model = ExecutableModel.load(modelList);
        } catch (RuntimeException e) {
            LOG.warn("cannot load the executable model of the built-in rules, compiling their DRL instead: {}", e.getMessage());
            return Optional.empty();
        }
        if (model.isEmpty()) {
            LOG.debug("no executable model of the built-in rules at {}, compiling their DRL", modelList);
            return model;
        }
        if (!ruleNames(model.get()).equals(drlRules)) {
            LOG.warn("the executable model of the built-in rules at {} does not have the rules of their DRL (it is out of date),"
                    + " compiling the DRL instead", modelList);
            return Optional.empty();
        }
        return model;
    }

    private static Set<String> ruleNames(KieBase kieBase) {
        Set<String> names = new HashSet<>();
        kieBase.getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule -> names.add(rule.getName())));
        return names;
    }

    // Found in the text, before Drools reads it: a repeated name, a rule that binds no $s.
    private static void requireSoundHeaders(List<DrlFile> files) {
        List<Problem> problems = new ArrayList<>(DrlFile.duplicateRuleNames(files));
        problems.addAll(DrlFile.rulesNotBindingTheirCase(files));
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
    }

    private static RuleBase compile(List<DrlFile> files) {
        long start = System.nanoTime();
        KnowledgeBuilderConfiguration conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        // Without this, a second rule of the same name silently replaces the first.
        conf.setProperty("drools.kbuilder.severity.duplicateRule", "ERROR");
        // Compile on the calling thread: Drools' parallel build runs on a pool of its own that outlives the advisor.
        conf.setProperty("drools.parallelRulesBuildThreshold", "-1");
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
        CompositeKnowledgeBuilder batch = builder.batch();
        for (DrlFile file : files) {
            Resource resource = ResourceFactory.newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(file.path());
            batch.add(resource, ResourceType.DRL);
        }
        batch.build();
        if (builder.hasResults(ResultSeverity.ERROR)) {
            throw new RulesException(problems(builder, files));
        }
        KieBase kieBase = builder.newKieBase();
        RuleCatalog catalog = RuleCatalog.of(kieBase, files);
        LOG.debug("compiled {} rules from {} files in {} ms", catalog.inGuidanceOrder().size(), files.size(),
                (System.nanoTime() - start) / 1_000_000);
        return new RuleBase(kieBase, catalog, Origin.DRL);
    }

    private static final String NO_PACKAGE = "Parser returned a null Package";

    private static List<Problem> problems(KnowledgeBuilder builder, List<DrlFile> files) {
        Set<Problem> problems = new LinkedHashSet<>();
        var errors = builder.getResults(ResultSeverity.ERROR);
        for (KnowledgeBuilderResult error : errors) {
            if (error.getMessage().contains(NO_PACKAGE) && errors.size() > 1) {
                continue; // follows from a syntax error reported on its own line
            }
            String file = error.getResource() != null && error.getResource().getSourcePath() != null
                    ? error.getResource().getSourcePath() : files.size() == 1 ? files.get(0).path() : "(rules)";
            int[] lines = error.getLines();
            int line = lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0;
            problems.add(new Problem(file, line, error.getMessage().strip().replaceAll("\\s*\\R\\s*", " ")));
        }
        return new ArrayList<>(problems);
    }

    /** Every rule, ordered by where its source stands in the guidance. */
    public List<RuleInfo> rules() {
        return catalog.inGuidanceOrder();
    }

    /** The rule whose id is {@code id}, if there is one. */
    public Optional<RuleInfo> rule(String id) {
        return catalog.find(id);
    }

    /**
     * The advice for {@code situation}: the verdict of highest precedence among the rules that fired,
     * the recommendations that agree with it (its own first), what fired on which facts, and the
     * facts not stated that could change the verdict.
     *
     * @throws IllegalStateException if the rules give no verdict, or two verdicts of equal precedence
     */
    public Advice advise(Situation situation) {
        return adviseAll(List.of(situation)).get(0);
    }

    /**
     * The advice for each of {@code situations}, in their order: the same as {@link #advise} on each,
     * evaluated many cases to a session.
     */
    public List<Advice> adviseAll(List<Situation> situations) {
        return adviseAll(situations, !catalog.asksQuestionsAndFollowsUp());
    }

    /**
     * As {@link #adviseAll(List)}; with {@code tryEveryAnswer}, questions and follow-ups are found by
     * trying every answer even if the rules say them.
     */
    List<Advice> adviseAll(List<Situation> situations, boolean tryEveryAnswer) {
        Map<Situation, ChunkRecorder.CaseRecord> records = evaluate(new LinkedHashSet<>(situations), true);
        Map<Situation, Verdict> verdicts = new HashMap<>();
        records.forEach((situation, record) -> verdicts.put(situation, chooseVerdict(record.recommended())));
        if (!tryEveryAnswer) {
            List<Advice> advice = new ArrayList<>(situations.size());
            for (Situation situation : situations) {
                ChunkRecorder.CaseRecord record = records.get(situation);
                Verdict verdict = verdicts.get(situation);
                List<Question> questions = Questions.asked(situation, record.asked(), verdict);
                advice.add(assemble(record, verdict, questions, FollowUps.said(situation, record, verdict, questions, catalog),
                        Questions.daysToWait(situation, verdict, record.asked())));
            }
            return advice;
        }
        return adviseTryingEveryAnswer(situations, records, verdicts);
    }

    // For rules that do not say their questions and follow-ups: every single answer to every fact not stated, evaluated.
    private List<Advice> adviseTryingEveryAnswer(List<Situation> situations,
            Map<Situation, ChunkRecorder.CaseRecord> records, Map<Situation, Verdict> verdicts) {
        Set<Situation> variants = new LinkedHashSet<>();
        for (Situation situation : records.keySet()) {
            for (Situation variant : Questions.variants(situation, verdicts.get(situation))) {
                if (!verdicts.containsKey(variant)) {
                    variants.add(variant);
                }
            }
        }
        // A variant the rules give no verdict (only custom rules can) changes nothing it could be asked about.
        Map<Situation, ChunkRecorder.CaseRecord> tried = evaluate(variants, false);
        tried.forEach((variant, record) -> verdicts.put(variant, verdictOrNull(record.recommended())));
        tried.putAll(records);
        List<Advice> advice = new ArrayList<>(situations.size());
        for (Situation situation : situations) {
            Verdict verdict = verdicts.get(situation);
            List<Question> questions = Questions.of(situation, verdict, verdicts);
            advice.add(assemble(records.get(situation), verdict, questions, FollowUps.tried(situation, questions, tried, verdicts),
                    Questions.daysToWait(situation, verdict, verdicts)));
        }
        return advice;
    }

    /** Cases evaluated in one session: large enough to share its cost, small enough to stay in cache. */
    static final int CHUNK = 256;

    // Each distinct situation once, CHUNK to a session.
    private Map<Situation, ChunkRecorder.CaseRecord> evaluate(Set<Situation> situations, boolean explain) {
        Map<Situation, ChunkRecorder.CaseRecord> records = new HashMap<>();
        List<Situation> chunk = new ArrayList<>(Math.min(CHUNK, situations.size()));
        for (Situation situation : situations) {
            chunk.add(situation);
            if (chunk.size() == CHUNK) {
                evaluateChunk(chunk, explain, records);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            evaluateChunk(chunk, explain, records);
        }
        return records;
    }

    private void evaluateChunk(List<Situation> chunk, boolean explain, Map<Situation, ChunkRecorder.CaseRecord> records) {
        ChunkRecorder recorder = new ChunkRecorder(catalog, explain);
        KieSession session = sessions.newKieSession();
        try {
            session.addEventListener(recorder);
            for (Situation situation : chunk) {
                recorder.expect(situation);
                session.insert(situation);
            }
            session.fireAllRules();
        } finally {
            session.removeEventListener(recorder);
            session.dispose(); // back to the pool, reset: no fact, no match, no listener of this call is left
        }
        for (Situation situation : chunk) {
            records.put(situation, recorder.of(situation));
        }
    }

    private static Advice assemble(ChunkRecorder.CaseRecord record, Verdict verdict, List<Question> questions,
            List<FollowUp> followUps, OptionalInt daysToWait) {
        List<RuleCatalog.Entry> recommended = new ArrayList<>(record.recommended());
        recommended.sort(VERDICT_FIRST_THEN_GUIDANCE_ORDER);
        List<Recommendation> kept = new ArrayList<>(recommended.size());
        List<Recommendation> overridden = new ArrayList<>();
        for (RuleCatalog.Entry rule : recommended) {
            Recommendation recommendation = rule.recommendation();
            (recommendation.contradicts(verdict) ? overridden : kept).add(recommendation);
        }
        return Advice.builder(verdict).recommendations(kept).explanation(new Explanation(record.firings(), overridden))
                .questions(questions).followUps(followUps).daysToWait(daysToWait)
                .safety(verdict == Verdict.DO_NOT_GO_BACK ? Optional.of(Safety.NOTE) : Optional.empty()).build();
    }

    private static final Comparator<RuleCatalog.Entry> VERDICT_FIRST_THEN_GUIDANCE_ORDER =
            Comparator.comparing((RuleCatalog.Entry r) -> r.info().verdict().isEmpty()).thenComparingInt(RuleCatalog.Entry::rank);

    // The contract's precedence: abuse, then a reason to let go, then the stage. Rules of the
    // stage tier exclude each other, so two different verdicts there mean the rules are wrong.
    private static Verdict chooseVerdict(List<RuleCatalog.Entry> recommended) {
        Verdict chosen = null;
        for (RuleCatalog.Entry rule : recommended) {
            Verdict verdict = rule.info().verdict().orElse(null);
            if (verdict == null || (chosen != null && verdict.precedence() > chosen.precedence())) {
                continue;
            }
            if (chosen != null && verdict.precedence() == chosen.precedence() && verdict != chosen) {
                throw new IllegalStateException("the rules disagree on the verdict: " + chosen + " and " + verdict
                        + " from " + ids(recommended));
            }
            chosen = verdict;
        }
        if (chosen == null) {
            throw new IllegalStateException("no rule gave a verdict for this case; rules recommended: " + ids(recommended));
        }
        return chosen;
    }

    private static Verdict verdictOrNull(List<RuleCatalog.Entry> recommended) {
        try {
            return chooseVerdict(recommended);
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private static List<String> ids(List<RuleCatalog.Entry> rules) {
        return rules.stream().map(r -> r.info().rule()).toList();
    }
}
