package org.reconcile.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;
import org.reconcile.advice.Firing;

/**
 * Records, for one case, every rule that fired and the facts it fired on. One recorder per case:
 * listeners on a shared session would mix cases up.
 */
final class CaseRecorder extends DefaultAgendaEventListener {
    private final RuleCatalog catalog;
    private final List<Firing> firings = new ArrayList<>();
    private final List<RuleCatalog.Entry> recommended = new ArrayList<>();
    // Most rules fire on the same few facts; each is turned into text once.
    private final Map<Object, String> texts = new IdentityHashMap<>();

    CaseRecorder(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Match match = event.getMatch();
        RuleCatalog.Entry rule = catalog.byName(match.getRule().getName());
        List<String> facts = new ArrayList<>(2);
        for (Object fact : match.getObjects()) {
            // Drools' own facts (the initial fact behind `exists`) say nothing about the case.
            if (!fact.getClass().getName().startsWith("org.drools.")) {
                facts.add(texts.computeIfAbsent(fact, String::valueOf));
            }
        }
        firings.add(new Firing(rule.info().id(), rule.info().name(), facts));
    }

    List<Firing> firings() {
        return firings;
    }
}
