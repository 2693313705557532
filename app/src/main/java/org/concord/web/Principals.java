package org.concord.web;

import io.javalin.http.Context;
import org.concord.shared.Principal;

/** Who is acting on a request. */
interface Principals {
    /** @throws org.concord.shared.Unauthenticated when the request carries no valid credentials and must */
    Principal of(Context ctx);

    /**
     * The single-operator mode until user accounts exist: every request acts as the local operator. The server binds
     * to the loopback address in this mode.
     */
    static Principals localOperator(Principal operator) { return ctx -> operator; }
}
