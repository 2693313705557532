package org.concord.web;

import io.javalin.http.Context;
import org.concord.shared.Principal;

/** Who is acting on a request. */
interface Principals {
    /** @throws org.concord.shared.Unauthenticated when the request carries no valid credentials and must */
    Principal of(Context ctx);
}
