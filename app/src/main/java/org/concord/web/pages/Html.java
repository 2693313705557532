package org.concord.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/** Renders a precompiled JTE template into the response. */
final class Html {
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private Html() {}

    static void render(Context ctx, int status, String template, Object page) {
        StringOutput out = new StringOutput();
        TEMPLATES.render(template, page, out);
        // same-origin, not no-referrer: under no-referrer a browser sends "Origin: null" with the page's forms, and the
        // desk checks the Origin of every form; other sites still get no referrer
        ctx.status(status).contentType("text/html; charset=utf-8").header("Cache-Control", "no-store")
                .header("Referrer-Policy", "same-origin").result(out.toString());
    }

    /** A rendered page (200), to be held by the view cache and served as {@link #render} would. */
    static org.concord.web.cache.ViewCache.View view(String template, Object page) {
        StringOutput out = new StringOutput();
        TEMPLATES.render(template, page, out);
        return new org.concord.web.cache.ViewCache.View("text/html; charset=utf-8", out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.util.Map.of("Cache-Control", "no-store", "Referrer-Policy", "same-origin"));
    }

    /** A 303 to {@code path} after a form was handled (post, redirect, get). */
    static void seeOther(Context ctx, String path) {
        ctx.status(303).header("Location", path).result("");
    }
}
