package org.reconcile.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;

import org.reconcile.Advisor;
import org.reconcile.cli.serve.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reconcile serve}: the advice over HTTP, and a page for a person, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Serve the advice over HTTP, with a page for a person.",
            "POST /v1/advice (cases, answered as 'advise' would), GET /v1/rules,",
            "GET /v1/facts, GET /health, and a page at / where a person answers the questions one by one.",
            "Listens on this machine only (127.0.0.1) unless --host says otherwise. Ctrl-C or SIGTERM stops it,",
            "finishing the requests in flight (at once when there are none)."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "The port to listen on (default: 8080; 0: any free port).")
    private int port = 8080;

    @Option(names = "--host", paramLabel = "H",
            description = "The address to listen on (default: 127.0.0.1, this machine only). 0.0.0.0 opens it to your network: your choice.")
    private String host = "127.0.0.1";

    @Option(names = "--rules", paramLabel = "DIR", description = "Use the DRL files of DIR instead of the built-in rules.")
    private Path rules;

    private final Io io;

    ServeCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(spec.commandLine(), "--port must be from 0 to 65535, was " + port);
        }
        PrintWriter err = io.errText();
        Optional<Advisor> advisor = Rules.load(rules, err);
        if (advisor.isEmpty()) {
            return ExitCode.STOPPED;
        }
        Server server;
        try {
            server = Server.start(advisor.get(), host, port);
        } catch (UncheckedIOException e) {
            err.println("reconcile: " + e.getCause().getMessage() + "; --host and --port choose another address");
            return ExitCode.STOPPED;
        }
        if (!server.loopback()) {
            err.println("reconcile: warning: listening on " + host + ", open to the network: anyone who can reach this machine"
                    + " can use the server, and what people answer (abuse included) travels unencrypted; put it behind a proxy"
                    + " with TLS and a login, or leave out --host to keep it on this machine");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            err.println("reconcile: stopping; finishing the requests in flight");
            server.stop(Server.STOP_SECONDS);
            stopped.countDown();
        }, "reconcile-stop"));
        err.println("reconcile: serving on " + server.url() + " (Ctrl-C stops)");
        stopped.await();
        return ExitCode.ALL_EVALUATED;
    }
}
