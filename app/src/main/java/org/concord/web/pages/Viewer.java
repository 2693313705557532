package org.concord.web.pages;

/**
 * Who a page is rendered for, as every page's header shows it.
 *
 * @param signedIn whether a web session stands behind the request (else the anonymous reader)
 * @param name     the user name, or "anonymous reader"
 * @param role     the role (READER for the anonymous reader)
 * @param nation   the ISO3 of a delegation's or partner's nation, or null
 * @param csrf     the session's CSRF token for the page's forms (empty when signed out)
 * @param path     the path the page was asked for (where sign-in returns to)
 */
public record Viewer(boolean signedIn, String name, String role, String nation, String csrf, String path) {
    /** Whether the viewer administers users (the header then links to the administration pages). */
    public boolean admin() { return signedIn && "ADMIN".equals(role); }
}
