package org.reconcile.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.reconcile.Advisor;
import org.reconcile.cli.batch.write.OutputFormat;
import org.reconcile.json.AdviceJson;
import org.reconcile.json.CaseJson;
import org.reconcile.model.Situation;
import org.reconcile.cli.report.PersonReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code reconcile ask}: the questions and follow-ups one at a time, then the advice, for a person at a terminal. */
@Command(name = "ask", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Ask the questions one at a time, then show the advice.",
            "First how long ago the breakup was and how far things have gone, then only the questions whose",
            "answer could still change the advice, the most decisive first; then a few optional follow-ups",
            "whose answer would add advice that fits you better (\"done\" skips the rest of them).",
            "Answer yes, no or skip (or numbers, or none, for a list); \"quit\" or Ctrl-D stops, with the advice so far.",
            "The questions go to standard error, the advice to standard output; answers may be piped in, one a line."})
final class AskCommand implements Callable<Integer> {
    @Option(names = "--format", paramLabel = "text|json", converter = FormatConverter.class,
            description = "text (default): the advice for a person; json: the case and its result, as 'advise' gives it.")
    private OutputFormat format = OutputFormat.TEXT;

    @Option(names = "--rules", paramLabel = "DIR", description = "Use the DRL files of DIR instead of the built-in rules.")
    private Path rules;

    @Option(names = "--width", paramLabel = "COLUMNS",
            description = "Wrap the advice to COLUMNS (default: the COLUMNS environment variable, else 80).")
    private Integer width;

    private final Io io;

    AskCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        PrintWriter talk = io.errText();
        Optional<Advisor> advisor = Rules.load(rules, talk);
        if (advisor.isEmpty()) {
            return ExitCode.STOPPED;
        }
        BufferedReader answers = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
        int columns = width != null ? width : PersonReport.widthFromEnvironment();
        Interview.Outcome outcome = new Interview(advisor.get(), answers, talk, !inputIsTerminal(), columns).run();
        if (outcome.situation().isEmpty()) {
            talk.println("Stopped before any advice. Take care of yourself; you can come back any time.");
            return ExitCode.ALL_EVALUATED;
        }
        talk.println();
        if (!outcome.finished()) {
            talk.println("Stopped. Here is the advice for what you have said so far.");
        }
        talk.flush();
        show(advisor.get(), outcome.situation().get(), columns);
        return ExitCode.ALL_EVALUATED;
    }

    // Java tells only when both standard input and output are terminals; bin/reconcile tells the rest.
    private static boolean inputIsTerminal() {
        return System.console() != null || "1".equals(System.getenv(Main.STDIN_IS_TERMINAL));
    }

    private void show(Advisor advisor, Situation situation, int columns) {
        PrintWriter out = io.outText();
        if (format == OutputFormat.JSON) {
            out.println("{\"case\":" + CaseJson.write(situation)
                    + ",\"result\":" + AdviceJson.write(1, Optional.empty(), advisor.advise(situation)) + "}");
        } else {
            out.print(new PersonReport(advisor, columns).render(situation, advisor.advise(situation)));
        }
        out.flush();
    }

    /** {@code text} or {@code json}, in any case. */
    static final class FormatConverter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "text" -> OutputFormat.TEXT;
                case "json" -> OutputFormat.JSON;
                default -> throw new TypeConversionException("must be text or json, was '" + value + "'");
            };
        }
    }
}
