package org.reconcile.batch;

import java.util.Optional;

import org.reconcile.Advisor;
import org.reconcile.advice.Advice;

/**
 * Turns a case as read into its written result: parse, check, advise, render. Runs on the
 * worker threads; never throws for a bad case, so no case is ever lost.
 */
final class Evaluator {
    private final Advisor advisor;
    private final ResultRenderer renderer;

    Evaluator(Advisor advisor, ResultRenderer renderer) {
        this.advisor = advisor;
        this.renderer = renderer;
    }

    /**
     * A case's result, rendered.
     *
     * @param bytes the result as written
     * @param outcome what became of the case
     */
    record Evaluated(byte[] bytes, CaseOutcome outcome) {
    }

    Evaluated evaluate(CaseInput input) {
        CaseResult result = result(input);
        return new Evaluated(renderer.render(result), result.outcome());
    }

    private CaseResult result(CaseInput input) {
        CaseParser.Parsed parsed = parse(input.content());
        if (parsed.situation().isEmpty()) {
            return CaseResult.invalid(input, parsed.id(), parsed.error().orElseThrow(), Optional.empty());
        }
        try {
            Advice advice = advisor.advise(parsed.situation().get());
            return CaseResult.advised(input, parsed.id(), parsed.situation().get(), advice);
        } catch (RuntimeException e) {
            // Possible with rules given by --rules; the case is reported, never dropped.
            String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            CaseError error = new CaseError(null, "the rules failed on this case: " + why);
            return CaseResult.invalid(input, parsed.id(), error, Optional.of(e));
        }
    }

    private static CaseParser.Parsed parse(CaseInput.Content content) {
        if (content instanceof CaseInput.Line line) {
            return parseLine(line.bytes());
        }
        if (content instanceof CaseInput.Tree tree) {
            return parseTree(tree.value());
        }
        CaseInput.Unreadable unreadable = (CaseInput.Unreadable) content;
        return CaseParser.Parsed.invalid(unreadable.id(), unreadable.error());
    }

    private static CaseParser.Parsed parseLine(byte[] line) {
        CaseReader.Read read = CaseReader.read(line, line.length, new CaseReader.Position(1, 1), true);
        if (read instanceof CaseReader.Tree tree) {
            return parseTree(tree.value());
        }
        if (read instanceof CaseReader.Invalid invalid) {
            return CaseParser.Parsed.invalid(invalid.id(), invalid.error());
        }
        CaseReader.Broken broken = (CaseReader.Broken) read;
        return CaseParser.Parsed.invalid(Optional.empty(), new CaseError(null, "the line is not valid JSON "
                + CaseReader.where(broken.at(), true) + ": " + broken.problem()));
    }

    private static CaseParser.Parsed parseTree(TreeReader.Value value) {
        if (value.duplicate().isPresent()) {
            return CaseParser.Parsed.invalid(CaseParser.idOf(value.node()), new CaseError(value.duplicate().get(),
                    "must be given only once, was given more than once"));
        }
        return CaseParser.parse(value.node());
    }
}
