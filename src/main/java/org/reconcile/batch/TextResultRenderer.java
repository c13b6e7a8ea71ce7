package org.reconcile.batch;

import java.nio.charset.StandardCharsets;

import org.reconcile.Advisor;
import org.reconcile.report.PersonReport;

/**
 * A result as a report for a person ({@link PersonReport}), under a line naming the case; an
 * invalid case gets its error instead.
 */
final class TextResultRenderer implements ResultRenderer {
    private final PersonReport report;

    TextResultRenderer(Advisor advisor) {
        this.report = new PersonReport(advisor, PersonReport.widthFromEnvironment());
    }

    @Override
    public byte[] render(CaseResult result) {
        StringBuilder text = new StringBuilder(2048).append("Case ").append(result.index());
        result.id().ifPresent(id -> text.append(" (").append(id).append(')'));
        text.append(':');
        if (result.advice().isPresent()) {
            text.append("\n\n").append(report.render(result.situation().orElseThrow(), result.advice().get()));
        } else {
            text.append(" invalid: ").append(result.error().orElseThrow().describe())
                    .append(" (").append(result.origin()).append(")\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
