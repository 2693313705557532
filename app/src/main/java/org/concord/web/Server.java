package org.concord.web;

import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.json.JavalinJackson;
import org.concord.boot.Concord;
import org.concord.shared.Conflict;
import org.concord.shared.Forbidden;
import org.concord.shared.InvalidInput;
import org.concord.shared.NotFound;
import org.concord.shared.Unauthenticated;
import org.concord.json.Json;
import org.concord.access.model.Viewer;
import org.concord.web.cache.ViewCache;
import org.concord.web.pages.DeskPages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The HTTP server: the desk's HTML pages, the API routes, the OpenAPI document and its rendered view, problem documents, security headers. */
public final class Server implements AutoCloseable {
    static final String SWAGGER_UI = "5.34.1";
    static final String HTMX = "2.0.10";
    /** The largest request body served (1 MB); a larger one gets 413. */
    static final long MAX_REQUEST_BYTES = 1_000_000;
    private final Javalin app;
    private final Lifecycle lifecycle;

    private Server(Javalin app, Lifecycle lifecycle) {
        this.app = app;
        this.lifecycle = lifecycle;
    }

    /** Builds the server on {@code concord}; {@link #start} binds it. */
    public static Server create(Concord concord, String version) { return create(concord, version, java.util.Optional.empty()); }

    /** Builds the server on {@code concord}, whose readiness includes {@code scheduler} when given; {@link #start} binds it. */
    public static Server create(Concord concord, String version, java.util.Optional<org.concord.boot.SilenceScheduler> scheduler) {
        Principals principals = new WebPrincipals(concord.access());
        // the head is read for every request (the CLI or another process may have written), one read shared by those waiting together
        org.concord.web.cache.FreshHead head = new org.concord.web.cache.FreshHead(() -> concord.journal().head(org.concord.shared.Principal.system()), 4);
        ViewCache views = new ViewCache(who -> head.current(), who -> sight(concord.access().viewer(who)), concord.settings().clock(), 4096);
        List<Route> routes = new ArrayList<>();
        routes.addAll(new OpsApi(concord, scheduler, principals).routes());
        routes.addAll(new AccessApi(concord.access(), concord.journal(), principals).routes());
        routes.addAll(new RegisterApi(concord.register(), principals, views).routes());
        routes.addAll(new JournalApi(concord.journal(), principals, views).routes());
        routes.addAll(new ProcedureApi(concord.procedure(), principals, views).routes());
        routes.addAll(new ForecastApi(concord.forecasts(), concord.stances(), principals).routes());
        routes.addAll(new AnalysisApi(concord.options(), concord.risks(), concord.briefs(), principals).routes());
        routes.addAll(new ReviewApi(concord.reviews(), principals).routes());
        routes.addAll(new PortfolioApi(concord.portfolio(), principals).routes());
        routes.addAll(new Feeds(concord.feeds(), concord.register(), concord.procedure(), concord.journal(), principals, concord.settings().clock()).routes());
        Map<String, Object> openApi = OpenApi.document(routes, version);
        Lifecycle lifecycle = new Lifecycle(concord.store().metrics());
        DeskPages pages = new DeskPages(concord, views);
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.jsonMapper(new JavalinJackson(Json.mapper(), false));
            cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
            // a multipart body (the validation's cases and training file) is held to the same limit, and kept in memory
            cfg.jetty.multipartConfig.maxTotalRequestSize(MAX_REQUEST_BYTES, io.javalin.config.SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxFileSize(MAX_REQUEST_BYTES, io.javalin.config.SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxInMemoryFileSize((int) MAX_REQUEST_BYTES, io.javalin.config.SizeUnit.BYTES);
            // what Jetty refuses before the routes (an unreadable URI, ambiguous path segments) is a problem document too
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
            cfg.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new ProblemErrorHandler()));
            cfg.http.defaultContentType = ContentType.JSON;
            // The few static files are served from the classpath by name: Javalin's static-file handler would open the
            // whole jar as a file system at start-up (a large part of a restart), for a dozen files.
            cfg.routes.get("/webjars/swagger-ui/{file}", ctx -> resource(ctx, "/META-INF/resources/webjars/swagger-ui/" + SWAGGER_UI, ctx.pathParam("file")));
            cfg.routes.get("/static/{file}", ctx -> resource(ctx, "/web", ctx.pathParam("file")));
            IdempotentCreates keys = new IdempotentCreates(concord.idempotency(), principals);
            for (Route r : routes) cfg.routes.addHttpHandler(r.method(), r.path(), Served.handler(r, keys));
            cfg.routes.get("/api/openapi.json", ctx -> ctx.json(openApi));
            cfg.routes.get("/api/docs", ctx -> ctx.contentType(ContentType.HTML).result(Server.class.getResourceAsStream("/web/api-docs.html")));
            // the webjar has no directory entries, so a static-files mount cannot serve it: one route for the one file
            cfg.routes.get("/webjars/htmx/htmx.min.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").header("Cache-Control", "public, max-age=86400")
                    .result(Server.class.getResourceAsStream("/META-INF/resources/webjars/htmx.org/" + HTMX + "/dist/htmx.min.js")));
            cfg.routes.get("/", pages::home);
            cfg.routes.get("/login", pages.sessions()::loginForm);
            cfg.routes.post("/login", pages.sessions()::login);
            cfg.routes.post("/logout", pages.sessions()::logout);
            cfg.routes.get("/items", pages::itemList);
            cfg.routes.get("/items/new", pages.raise()::form);
            cfg.routes.post("/items", pages.raise()::raise);
            cfg.routes.get("/items/{id}", pages.items()::show);
            cfg.routes.get("/items/{id}/live", pages.items()::live);
            cfg.routes.post("/items/{id}/position", pages.items()::position);
            cfg.routes.post("/items/{id}/silence-break", pages.items()::breakSilence);
            cfg.routes.post("/items/{id}/footnote-withdrawal", pages.items()::withdrawFootnote);
            cfg.routes.post("/items/{id}/silence", pages.items()::openSilence);
            cfg.routes.post("/items/{id}/adoption", pages.items()::adopt);
            cfg.routes.post("/items/{id}/raising", pages.items()::raiseDraft);
            cfg.routes.post("/items/{id}/withdrawal", pages.items()::withdraw);
            cfg.routes.post("/items/{id}/move", pages.items()::move);
            cfg.routes.post("/items/{id}/reopening", pages.items()::reopen);
            cfg.routes.post("/items/{id}/risks", pages.risks()::onItem);
            cfg.routes.get("/items/{id}/brief", pages.brief()::page);
            cfg.routes.get("/missions", pages::missionList);
            cfg.routes.get("/missions/{id}", pages::mission);
            cfg.routes.post("/missions/{id}/risks", pages.risks()::onMission);
            cfg.routes.post("/missions/{id}/reviews", pages::recordReview);
            cfg.routes.get("/portfolio", pages.portfolio()::page);
            cfg.routes.get("/portfolio/reset", pages.portfolio()::reset);
            cfg.routes.post("/portfolio/reset/drafts", pages.portfolio()::prepare);
            cfg.routes.post("/portfolio/reset/raising", pages.portfolio()::raise);
            cfg.routes.get("/events", pages::eventList);
            cfg.routes.get("/events/{id}", pages::event);
            cfg.routes.get("/members", pages::memberList);
            cfg.routes.get("/partners", pages::partnerList);
            cfg.routes.get("/journal", pages::journalList);
            cfg.routes.get("/forecasts", pages::forecastList);
            cfg.routes.get("/forecasts/{id}", pages::forecast);
            cfg.routes.get("/issues/new", pages.forecastDesk()::newIssue);
            cfg.routes.post("/issues", pages.forecastDesk()::defineIssue);
            cfg.routes.get("/issues/{id}", pages.forecastDesk()::issue);
            cfg.routes.post("/issues/{id}/stances", pages.forecastDesk()::recordStance);
            cfg.routes.post("/issues/{id}/forecasts", pages.forecastDesk()::runForecast);
            cfg.routes.get("/forecast-runs/{job}", pages.forecastDesk()::progress);
            cfg.routes.get("/admin", pages.admin()::page);
            cfg.routes.post("/admin/users", pages.admin()::addUser);
            cfg.routes.post("/admin/users/{name}/disable", pages.admin()::disable);
            cfg.routes.post("/admin/tokens", pages.admin()::token);
            cfg.routes.post("/admin/tokens/{id}/revoke", pages.admin()::revoke);
            cfg.routes.post("/admin/users/{name}/unlock", pages.admin()::unlock);
            cfg.routes.before(lifecycle::before);
            cfg.routes.after(lifecycle::after);
            cfg.routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
                ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
                ctx.header("X-Frame-Options", "DENY");
            });
            cfg.routes.exception(InvalidInput.class, Problems::invalid);
            cfg.routes.exception(NotFound.class, Problems::notFound);
            cfg.routes.exception(Conflict.class, Problems::conflict);
            cfg.routes.exception(Forbidden.class, Problems::forbidden);
            cfg.routes.exception(Unauthenticated.class, Problems::unauthenticated);
            cfg.routes.exception(Exception.class, Problems::unexpectedOrUnavailable);
            // Javalin's own refusals (a body over 1 MB: 413) answer problem documents like every other error
            cfg.routes.exception(io.javalin.http.HttpResponseException.class, (e, ctx) -> {
                // a browser that asks for a desk address no route serves gets the desk's page, not a problem document
                String accept = ctx.header("Accept");
                if (e.getStatus() == 404 && ctx.method() == io.javalin.http.HandlerType.GET && !ctx.path().startsWith("/api/")
                        && accept != null && accept.contains("text/html")) {
                    pages.notFound(ctx);
                    return;
                }
                Problems.write(ctx, e.getStatus(),
                        e.getStatus() == 413 ? "too-large" : "http-" + e.getStatus(), e.getStatus() == 413 ? "Request body too large" : e.getMessage(),
                        e.getStatus() == 413 ? "the request body is larger than 1 MB" : e.getMessage(), List.of());
            });
            cfg.routes.error(404, ctx -> {
                if (!ctx.res().isCommitted() && (ctx.result() == null || ctx.result().isEmpty()))
                    Problems.write(ctx, 404, "not-found", "Not found", "no route for " + ctx.method() + " " + ctx.path(), List.of());
            });
            cfg.routes.error(405, ctx -> Problems.write(ctx, 405, "method-not-allowed", "Method not allowed", ctx.method() + " is not allowed on " + ctx.path(), List.of()));
        });
        return new Server(app, lifecycle);
    }

    private static final Map<String, String> MEDIA_TYPES = Map.of("css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "html", "text/html; charset=utf-8", "png", "image/png", "map", "application/json", "svg", "image/svg+xml", "json", "application/json");

    /** One file of a classpath directory, by a plain name (no path): 404 when there is none. */
    private static void resource(io.javalin.http.Context ctx, String directory, String file) throws java.io.IOException {
        int dot = file.lastIndexOf('.');
        String type = dot < 0 ? null : MEDIA_TYPES.get(file.substring(dot + 1));
        var in = type == null || file.startsWith(".") || file.contains("/") || file.contains("\\") ? null : Server.class.getResourceAsStream(directory + "/" + file);
        if (in == null) {
            Problems.write(ctx, 404, "not-found", "Not found", "no file " + ctx.path(), List.of());
            return;
        }
        try (in) {
            ctx.contentType(type).header("Cache-Control", "max-age=0").result(in.readAllBytes());
        }
    }

    /**
     * Loads and initialises the web stack (Javalin and Jetty, the JSON mapper, the page templates) on a background
     * daemon thread, so that it happens while the caller opens the database rather than after: a server start waits
     * mostly on one thread otherwise. Changes nothing that {@link #create} would not; failures are left to it.
     */
    public static void warmUp() {
        Thread.ofPlatform().daemon().name("concord-warm-up").start(() -> {
            try {
                Javalin.create(cfg -> {
                    cfg.startup.showJavalinBanner = false;
                    cfg.jsonMapper(new JavalinJackson(Json.mapper(), false));
                    cfg.routes.get("/", ctx -> ctx.result(""));
                });
                new org.eclipse.jetty.server.Server(new org.eclipse.jetty.util.thread.QueuedThreadPool());
                Json.mapper().writeValueAsBytes(Map.of("warm", List.of(1, "up")));
                Class.forName("org.concord.web.pages.Html", true, Server.class.getClassLoader());
            } catch (Throwable ignored) {
                // only a head start: Server.create does all of it again and reports what fails
            }
        });
    }

    /** What a viewer may see, as a cache key: role, clearance and nation (a partner sees what is released to it). */
    static String sight(Viewer v) {
        return v.principal().role() + "|" + v.clearance().name() + "|" + v.principal().nation().map(n -> n.code()).orElse("");
    }

    /** Binds to {@code host}:{@code port} (0 picks a free port). */
    public Server start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() { return app.port(); }

    /** The API routes the server actually serves (under /api/v1, and /health), as "METHOD path". */
    List<String> servedApiRoutes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream().map(e -> e.endpoint)
                .filter(e -> e.path.startsWith("/api/v1/") || List.of("/health", "/ready", "/metrics").contains(e.path))
                .map(e -> e.method.name() + " " + e.path).sorted().toList();
    }

    /**
     * Graceful stop: new requests are answered 503 (with {@code Connection: close}), requests in flight may finish
     * within {@code bound}, then the HTTP server stops.
     *
     * @return the number of requests still in flight when the bound ran out (0 when all finished)
     */
    public int shutdown(java.time.Duration bound) {
        int left = lifecycle.drain(bound);
        app.stop();
        return left;
    }

    /** Requests being handled now. */
    int inFlight() { return lifecycle.inFlight(); }

    /** Whether a shutdown has begun. */
    boolean draining() { return lifecycle.draining(); }

    @Override public void close() { app.stop(); }
}
