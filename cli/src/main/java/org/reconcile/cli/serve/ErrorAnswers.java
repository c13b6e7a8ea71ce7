package org.reconcile.cli.serve;

import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answers Jetty itself gives, before or instead of the routes (a request that is not HTTP, a
 * header too large, a handler that failed), in the error shape like every other answer. What a
 * client sent is never answered with a 5xx: a message Jetty cannot take is a 400.
 */
final class ErrorAnswers extends ErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswers.class);

    private final Limits limits;

    ErrorAnswers(Limits limits) {
        this.limits = limits;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Throwable cause = (Throwable) request.getAttribute(ERROR_EXCEPTION);
        Object given = request.getAttribute(ERROR_STATUS);
        int status = given instanceof Integer code ? code : response.getStatus();
        int answered = answered(status, cause);
        if (answered >= 500 && answered != 503) {
            LOG.error("a request failed on our side", cause);
        }
        Answers.secure(response);
        response.getHeaders().remove(HttpHeader.ALLOW);
        Answers.error(response, callback, answered, message(answered, (String) request.getAttribute(ERROR_MESSAGE)));
        return true;
    }

    // A message Jetty refused is the client's doing, whatever status Jetty chose for it.
    private static int answered(int status, Throwable cause) {
        return status >= 500 && cause instanceof HttpException ? 400 : status;
    }

    private String message(int status, String reason) {
        return switch (status) {
            case 400 -> "the request is not one this server can read as HTTP/1.1" + (reason == null ? "" : ": " + reason);
            case 408 -> "the request arrived too slowly";
            case 413 -> "the body must be at most " + limits.bodyBytes() + " bytes, was larger";
            case 414, 431 -> "the request line and headers must be at most " + limits.headerBytes() + " bytes together, were more";
            case 503 -> "the server is busy or stopping; try again in a moment";
            default -> status >= 500 ? "something went wrong on our side, not in your request; the server's log says what"
                    : "the request was refused" + (reason == null ? "" : ": " + reason);
        };
    }
}
