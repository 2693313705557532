package org.concord.web;

import org.concord.boot.Concord;
import org.concord.procedure.data.EffectRequest;
import org.concord.procedure.data.RaiseItemData;
import org.concord.shared.Principal;
import org.concord.shared.Role;
import org.concord.testing.Fixtures;
import org.concord.testing.TestDatabases;

/**
 * The desk a browser class walks: the built-in register on an in-memory H2, a server on a free port, a user of each
 * role (password {@link Fixtures#PASSWORD}: chair, ita, ukr, analyst, root), and an item marked NATO RESTRICTED
 * ({@code restricted-plan}) that the partner must never see. Closing it ends the kept browsers too.
 */
record BrowserDesk(Concord concord, Server server) implements AutoCloseable {

    static BrowserDesk start() {
        Concord concord = Fixtures.loaded(TestDatabases.Kind.H2);
        Server server = Server.create(concord, "test").start("127.0.0.1", 0);
        Fixtures.token(concord, "chair", Role.CHAIR, null, "NATO SECRET");
        Fixtures.token(concord, "ita", Role.DELEGATION, "ITA", "NATO SECRET");
        Fixtures.token(concord, "ukr", Role.PARTNER, "UKR", "NATO RESTRICTED");
        Fixtures.token(concord, "analyst", Role.ANALYST, null, "NATO SECRET");
        Fixtures.token(concord, "root", Role.ADMIN, null, "NATO SECRET");
        EffectRequest statement = new EffectRequest.AdoptStatement("Allies will consider a restricted plan.");
        concord.procedure().raise(Principal.of("chair", Role.CHAIR), new RaiseItemData("restricted-plan", null, null, "CHAIR",
                "A restricted plan", "Allies will consider a restricted plan.", statement, "NATO RESTRICTED"));
        return new BrowserDesk(concord, server);
    }

    @Override
    public void close() {
        try {
            Browser.quitAll();
        } finally {
            try {
                server.close();
            } finally {
                concord.close();
            }
        }
    }
}
