package org.reconcile.cli.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** How every answer is sent: its headers, a whole body at once, and the error shape. */
final class Answers {
    /** JSON in UTF-8. */
    static final String JSON = "application/json; charset=utf-8";
    /** JSON Lines in UTF-8. */
    static final String JSON_LINES = "application/x-ndjson; charset=utf-8";
    /**
     * What the page may load: its own files only, nothing inline, never in a frame, and it may
     * talk to this server alone.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private Answers() {
    }

    /**
     * Sets the headers every answer carries: the same for the page and the API, so no answer can
     * be framed, sniffed into another type, cached, or tell another site where it came from.
     */
    static void secure(Response response) {
        response.getHeaders().put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.getHeaders().put("Referrer-Policy", "no-referrer");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("X-Frame-Options", "DENY");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    }

    /** Answers {@code status} with all of {@code body}, of {@code contentType}, then completes {@code callback}. */
    static void send(Response response, Callback callback, int status, String contentType, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** Answers {@code status} with {@code message} in the error shape. */
    static void error(Response response, Callback callback, int status, String message) {
        send(response, callback, status, JSON, error(null, message));
    }

    /** The error shape of a result: {@code {"error": {"field": ..., "message": ...}}}, field left out if null. */
    static byte[] error(String field, String message) {
        StringBuilder json = new StringBuilder("{\"error\":{");
        if (field != null) {
            json.append("\"field\":").append(quoted(field)).append(',');
        }
        json.append("\"message\":").append(quoted(message)).append("}}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
