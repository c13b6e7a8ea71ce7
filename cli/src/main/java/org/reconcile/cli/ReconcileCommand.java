package org.reconcile.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code reconcile}: the top command, which only holds {@code advise}, {@code rules}, {@code ask}, {@code serve}, {@code test} and {@code help}. */
@Command(name = "reconcile", mixinStandardHelpOptions = true, versionProvider = ReconcileCommand.Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "Advice on getting back together with an ex, from rules that quote the guidance they encode.")
final class ReconcileCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "a command must be given: advise, rules, ask, serve or test");
    }

    /** The version from the runnable jar's manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ReconcileCommand.class.getPackage().getImplementationVersion();
            return new String[] {"reconcile " + (version == null ? "(development build)" : version)};
        }
    }
}
