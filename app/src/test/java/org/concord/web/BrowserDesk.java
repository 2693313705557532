package org.concord.web;

import org.concord.boot.Concord;
import org.concord.procedure.data.EffectRequest;
import org.concord.procedure.data.RaiseItemData;
import org.concord.shared.Principal;
import org.concord.shared.Role;
import org.concord.testing.Fixtures;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The desk a browser class walks, one per class ({@code @RegisterExtension static final BrowserDesk desk}): the
 * built-in register on an in-memory H2, a server on a free port, a user of each role (password
 * {@link Fixtures#PASSWORD}: chair, ita, ukr, analyst, root), and an item marked NATO RESTRICTED
 * ({@code restricted-plan}) that the partner must never see. After the class it ends the kept browsers, the server and
 * the database.
 */
final class BrowserDesk implements BeforeAllCallback, AfterAllCallback {
    private Concord concord;
    private Server server;

    @Override
    public void beforeAll(ExtensionContext context) {
        concord = Fixtures.loaded(TestDatabases.Kind.H2);
        server = Server.create(concord, "test").start("127.0.0.1", 0);
        Fixtures.token(concord, "chair", Role.CHAIR, null, "NATO SECRET");
        Fixtures.token(concord, "ita", Role.DELEGATION, "ITA", "NATO SECRET");
        Fixtures.token(concord, "ukr", Role.PARTNER, "UKR", "NATO RESTRICTED");
        Fixtures.token(concord, "analyst", Role.ANALYST, null, "NATO SECRET");
        Fixtures.token(concord, "root", Role.ADMIN, null, "NATO SECRET");
        EffectRequest statement = new EffectRequest.AdoptStatement("Allies will consider a restricted plan.");
        concord.procedure().raise(Principal.of("chair", Role.CHAIR), new RaiseItemData("restricted-plan", null, null, "CHAIR",
                "A restricted plan", "Allies will consider a restricted plan.", statement, "NATO RESTRICTED"));
    }

    /** The application behind the desk, for what a test arranges or checks without a browser. */
    Concord concord() { return concord; }

    /** A browser window on the desk, signed out on a blank page. */
    Browser browser() { return Browser.at(server.port()); }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            Browser.quitAll();
        } finally {
            try {
                if (server != null) server.close();
            } finally {
                if (concord != null) concord.close();
            }
        }
    }
}
