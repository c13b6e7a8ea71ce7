package org.reconcile.cli.serve;

import java.util.Map;
import java.util.Optional;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.reconcile.Advisor;

/** Which path gives what, once the guard has let a request through. */
final class Routes extends Handler.Abstract {
    private static final String ADVICE = "/v1/advice";

    private final Guard guard;
    private final AdviceRoute advice;
    private final Map<String, Documents.Document> documents;

    Routes(Advisor advisor, Limits limits, Guard guard) {
        this.guard = guard;
        this.advice = new AdviceRoute(advisor, limits);
        this.documents = Documents.of(advisor);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Answers.secure(response);
        String path = Request.getPathInContext(request);
        Optional<String> refusal = guard.refusal(request);
        if (refusal.isPresent()) {
            Answers.error(response, callback, 403, refusal.get());
        } else if (path.equals(ADVICE)) {
            if (allowed(request, response, callback, "POST")) {
                advice.handle(request, response, callback);
            }
        } else if (documents.containsKey(path)) {
            if (allowed(request, response, callback, "GET", "HEAD")) {
                Documents.Document document = documents.get(path);
                Answers.send(response, callback, 200, document.type(), document.bytes());
            }
        } else {
            Answers.error(response, callback, 404, "there is nothing at " + path + "; try POST /v1/advice, GET /v1/rules, GET /v1/facts,"
                    + " GET /v1/verdicts, GET /v1/openapi.json, GET /health or GET /");
        }
        return true;
    }

    /** How many cases have had their result written since the start. */
    long casesAnswered() {
        return advice.casesAnswered();
    }

    /** Stops taking batches, and lets those begun finish for up to {@code seconds}. */
    void stopBatches(long seconds) throws InterruptedException {
        advice.stop(seconds);
    }

    private static boolean allowed(Request request, Response response, Callback callback, String... methods) {
        for (String method : methods) {
            if (request.getMethod().equals(method)) {
                return true;
            }
        }
        String allow = String.join(", ", methods);
        response.getHeaders().put(HttpHeader.ALLOW, allow);
        Answers.error(response, callback, 405, Request.getPathInContext(request) + " takes " + allow.replace(", ", " or ")
                + " only, was " + request.getMethod());
        return false;
    }
}
