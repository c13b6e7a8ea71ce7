package org.reconcile.cli.batch.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.reconcile.Advisor;
import org.reconcile.advice.Advice;
import org.reconcile.cli.batch.read.RawCase;
import org.reconcile.json.CaseError;
import org.reconcile.model.Situation;
import org.reconcile.cli.report.PersonReport;

/**
 * A result as a report for a person ({@link PersonReport}), under a line naming the case; an
 * invalid case gets its error instead.
 */
public final class TextResultRenderer implements ResultRenderer {
    private final PersonReport report;

    /** A renderer whose reports ask {@code advisor} which stated facts decided a verdict. */
    public TextResultRenderer(Advisor advisor) {
        this.report = new PersonReport(advisor, PersonReport.widthFromEnvironment());
    }

    @Override
    public void advised(long index, Optional<String> id, Situation situation, Advice advice, OutputStream out) throws IOException {
        StringBuilder text = start(index, id).append(":\n\n").append(report.render(situation, advice));
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void invalid(long index, Optional<String> id, RawCase.Where where, CaseError error, OutputStream out) throws IOException {
        StringBuilder text = start(index, id);
        text.append(": invalid: ").append(error.describe()).append(" (").append(where).append(")\n");
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static StringBuilder start(long index, Optional<String> id) {
        StringBuilder text = new StringBuilder(2048).append("Case ").append(index);
        id.ifPresent(i -> text.append(" (").append(i).append(')'));
        return text;
    }
}
