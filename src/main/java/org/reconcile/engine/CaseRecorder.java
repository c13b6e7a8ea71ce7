package org.reconcile.engine;

import java.util.ArrayList;
import java.util.List;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;
import org.reconcile.advice.Firing;

/** Records, for one case, every rule that fired and the facts it fired on. One recorder per case. */
final class CaseRecorder extends DefaultAgendaEventListener {
    private final RuleCatalog catalog;
    private final List<Firing> firings = new ArrayList<>();

    CaseRecorder(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Match match = event.getMatch();
        String name = match.getRule().getName();
        // Drools' own facts (the initial fact behind `exists`) say nothing about the case.
        List<String> facts = match.getObjects().stream()
                .filter(fact -> !fact.getClass().getName().startsWith("org.drools."))
                .map(String::valueOf).toList();
        firings.add(new Firing(catalog.byName(name).id(), name, facts));
    }

    List<Firing> firings() {
        return firings;
    }
}
