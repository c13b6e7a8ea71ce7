package org.reconcile.cli.serve;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * What keeps other web sites out. A page on another site can make a person's browser send
 * requests to a server on their own machine: by DNS rebinding (its own name made to point at
 * 127.0.0.1, so the browser thinks it is talking to that site) or by a plain cross-site form post.
 * On a loopback address the server therefore answers only requests whose {@code Host} is a
 * loopback name or address, and it never takes a post from another site's page.
 */
final class Guard {
    // 127.0.0.0/8, written as four decimal numbers: no name is ever looked up to decide.
    private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "[::1]", "::1");
    // Sec-Fetch-Site values of a request that no other site started.
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    private final boolean loopback;

    /** A guard for a server listening on a loopback address if {@code loopback}, on a network otherwise. */
    Guard(boolean loopback) {
        this.loopback = loopback;
    }

    /** Why {@code request} is refused (a 403), if it is. */
    Optional<String> refusal(Request request) {
        String host = Optional.ofNullable(request.getHttpURI().getHost()).orElse("");
        if (loopback && !loopbackName(host)) {
            String named = Optional.ofNullable(request.getHeaders().get(HttpHeader.HOST)).orElse(host);
            return Optional.of("this server listens on this machine only and answers requests for localhost, 127.0.0.1 or [::1];"
                    + " the request was for " + (named.isEmpty() ? "no host" : named));
        }
        if (request.getMethod().equals("GET") || request.getMethod().equals("HEAD")) {
            return Optional.empty();
        }
        String site = request.getHeaders().get("Sec-Fetch-Site");
        if (site != null && !OWN_SITE.contains(site.toLowerCase(Locale.ROOT))) {
            return Optional.of("requests from another site's page are refused; this one came from a " + site + " page");
        }
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        String own = "http://" + request.getHeaders().get(HttpHeader.HOST);
        if (origin != null && !origin.equalsIgnoreCase(own)) {
            return Optional.of("requests from another site's page are refused; this one came from " + origin + ", not " + own);
        }
        return Optional.empty();
    }

    // localhost and its subdomains always mean this machine (RFC 6761), as do 127.x.x.x and ::1.
    private static boolean loopbackName(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return LOOPBACK_NAMES.contains(name) || name.endsWith(".localhost") || LOOPBACK_V4.matcher(name).matches();
    }
}
