package org.concord.feeds;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where a webhook may send: http or https only, and never to a loopback, link-local, private or otherwise internal
 * address unless an administrator allow-listed that host. Checked at registration and again before every attempt,
 * so a name that later resolves inward is still refused.
 */
final class Targets {
    private Targets() {}

    /** Why {@code url} may not be a webhook target, or empty when it may. */
    static Optional<String> refusal(String url, Predicate<String> allowListed) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            return Optional.of("'" + url + "' is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) return Optional.of("must be an http or https URL, got '" + url + "'");
        String host = uri.getHost();
        if (host == null || host.isBlank()) return Optional.of("'" + url + "' names no host");
        if (uri.getUserInfo() != null) return Optional.of("must not carry a user name or password");
        host = host.toLowerCase(Locale.ROOT);
        if (allowListed.test(host)) return Optional.empty();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of("the host '" + host + "' cannot be resolved");
        }
        for (InetAddress a : addresses)
            if (internal(a))
                return Optional.of("the host '" + host + "' is in a loopback or private range (" + a.getHostAddress()
                        + "): an ADMIN must allow-list it first (PUT /api/v1/webhook-hosts/" + host + ")");
        return Optional.empty();
    }

    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isMulticastAddress())
            return true;
        byte[] b = a.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff, second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 198 && (second == 18 || second == 19));
        }
        return (b[0] & 0xfe) == 0xfc; // IPv6 unique local fc00::/7
    }
}
