package org.concord.web;

import org.concord.shared.CalendarDate;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.concord.feeds.Delivery;
import org.concord.feeds.FeedService;
import org.concord.feeds.FeedToken;
import org.concord.feeds.Webhook;
import org.concord.feeds.Webhooks;
import org.concord.journal.JournalEntry;
import org.concord.journal.JournalService;
import org.concord.procedure.application.ProcedureService;
import org.concord.procedure.data.ItemView;
import org.concord.register.application.RegisterService;
import org.concord.register.model.Event;
import org.concord.register.model.EventStatus;
import org.concord.shared.Principal;
import org.concord.shared.Unauthenticated;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import static org.concord.web.Route.Param;

/**
 * The formats readers subscribe to from the programs they already use: an iCalendar feed of events and silence
 * deadlines (ical4j), an Atom feed of the journal, each as the reader may see it; the read-only feed tokens that let a
 * calendar program read as its owner (in the {@code token} query parameter, since such programs send no header; never
 * logged); and the registration of outgoing webhooks with their delivery log.
 */
final class Feeds {
    static final int ATOM_ENTRIES = 50;
    private static final Param TOKEN = Param.query("token",
            "a read-only feed token (POST /api/v1/feed-tokens) for programs that cannot send a header: the feed is then its owner's; without it, the request's own credentials, else the public feed");
    private final FeedService feeds;
    private final RegisterService register;
    private final ProcedureService procedure;
    private final JournalService journal;
    private final Principals principals;
    private final Clock clock;

    Feeds(FeedService feeds, RegisterService register, ProcedureService procedure, JournalService journal, Principals principals, Clock clock) {
        this.feeds = feeds;
        this.register = register;
        this.procedure = procedure;
        this.journal = journal;
        this.principals = principals;
        this.clock = clock;
    }

    /** The response of a route that answers an iCalendar (RFC 5545) feed. */
    record Calendar() {}

    /** The response of a route that answers an Atom (RFC 4287) feed. */
    record Atom() {}

    /** A feed token to create; the note says where it is used. */
    record FeedTokenRequest(String note) {}

    /** A feed token; {@code token} and {@code calendar} (the personal feed's URL) only in the answer that creates it. */
    record FeedTokenData(String id, String owner, String note, Instant created, boolean revoked, String token, String calendar) {
        static FeedTokenData of(FeedToken t, String secret) {
            return new FeedTokenData(t.id(), t.owner(), t.note().orElse(null), t.created(), t.revoked(), secret,
                    secret == null ? null : "/api/v1/calendar.ics?token=" + secret);
        }
    }

    /** A webhook to register. */
    record WebhookRequest(String url, String secret, List<String> events) {}

    /** A registered webhook, without its secret. */
    record WebhookData(long id, String owner, String url, List<String> events, boolean enabled, Instant created) {
        static WebhookData of(Webhook w) { return new WebhookData(w.id(), w.owner(), w.url(), w.events(), w.enabled(), w.created()); }
    }

    /** One event's delivery to a webhook. */
    record DeliveryData(long id, long seq, String event, int attempts, String status, Integer httpStatus, String error, Instant at, Instant nextAt) {
        static DeliveryData of(Delivery d) {
            return new DeliveryData(d.id(), d.seq(), d.event(), d.attempts(), d.status().name(), d.httpStatus().orElse(null),
                    d.error().orElse(null), d.at(), d.nextAt().orElse(null));
        }
    }

    /** A host webhooks may target although it is internal. */
    record AllowedHostData(String host, String addedBy, Instant addedAt) {
        static AllowedHostData of(Webhooks.AllowedHost h) { return new AllowedHostData(h.host(), h.addedBy(), h.addedAt()); }
    }

    List<Route> routes() {
        Param id = Param.path("id", "the webhook's number");
        return List.of(
                new Route(HandlerType.GET, "/api/v1/calendar.ics", "calendar", "feeds",
                        "Events (summits, ministerials, forums) and silence deadlines as an iCalendar feed, as the reader may see them",
                        List.of(TOKEN), null, Calendar.class, false, 200, this::calendar),
                new Route(HandlerType.GET, "/api/v1/journal.atom", "journalFeed", "feeds",
                        "The latest " + ATOM_ENTRIES + " journal events the reader may see (decisions, silence opened and broken, positions) as an Atom feed",
                        List.of(TOKEN), null, Atom.class, false, 200, this::atom),
                new Route(HandlerType.POST, "/api/v1/feed-tokens", "createFeedToken", "feeds",
                        "Create a read-only feed token (shown once; only its hash is stored)",
                        List.of(), FeedTokenRequest.class, FeedTokenData.class, false, 201, this::createToken),
                new Route(HandlerType.GET, "/api/v1/feed-tokens", "listFeedTokens", "feeds", "Your feed tokens, newest first",
                        List.of(), null, FeedTokenData.class, true, 200,
                        ctx -> ctx.json(Paging.page(ctx, feeds.feedTokens(principals.of(ctx)).stream().map(t -> FeedTokenData.of(t, null)).toList(), FeedTokenData::id))),
                new Route(HandlerType.DELETE, "/api/v1/feed-tokens/{id}", "revokeFeedToken", "feeds", "Revoke a feed token",
                        List.of(Param.path("id", "the token's id")), null, FeedTokenData.class, false, 200,
                        ctx -> ctx.json(FeedTokenData.of(feeds.revokeFeedToken(principals.of(ctx), ctx.pathParam("id")), null))),
                new Route(HandlerType.POST, "/api/v1/webhooks", "registerWebhook", "feeds",
                        "Register a webhook: the journal events you may see are POSTed to it as signed JSON, retried with back-off",
                        List.of(), WebhookRequest.class, WebhookData.class, false, 201, this::registerWebhook),
                new Route(HandlerType.GET, "/api/v1/webhooks", "listWebhooks", "feeds", "Your webhooks (an ADMIN sees all)",
                        List.of(), null, WebhookData.class, true, 200,
                        ctx -> ctx.json(Paging.page(ctx, feeds.webhooks(principals.of(ctx)).stream().map(WebhookData::of).toList(), w -> Long.toString(w.id())))),
                new Route(HandlerType.DELETE, "/api/v1/webhooks/{id}", "disableWebhook", "feeds", "Disable a webhook (its delivery log stays)",
                        List.of(id), null, WebhookData.class, false, 200,
                        ctx -> ctx.json(WebhookData.of(feeds.disableWebhook(principals.of(ctx), webhookId(ctx))))),
                new Route(HandlerType.GET, "/api/v1/webhooks/{id}/deliveries", "listWebhookDeliveries", "feeds", "A webhook's delivery log, newest first",
                        List.of(id), null, DeliveryData.class, true, 200,
                        ctx -> ctx.json(Paging.page(ctx, feeds.deliveries(principals.of(ctx), webhookId(ctx)).stream().map(DeliveryData::of).toList(), d -> Long.toString(d.id())))),
                new Route(HandlerType.PUT, "/api/v1/webhook-hosts/{host}", "allowWebhookHost", "feeds",
                        "Allow webhooks to target a loopback or private host (ADMIN)",
                        List.of(Param.path("host", "a host name or address, e.g. 127.0.0.1")), null, AllowedHostData.class, false, 200,
                        ctx -> ctx.json(AllowedHostData.of(feeds.allowHost(principals.of(ctx), ctx.pathParam("host"))))),
                new Route(HandlerType.GET, "/api/v1/webhook-hosts", "listWebhookHosts", "feeds", "The allow-listed internal hosts (ADMIN)",
                        List.of(), null, AllowedHostData.class, true, 200,
                        ctx -> ctx.json(Paging.page(ctx, feeds.allowedHosts(principals.of(ctx)).stream().map(AllowedHostData::of).toList(), AllowedHostData::host))));
    }

    private static long webhookId(Context ctx) { return Queries.pathId(ctx, "id", "webhook", Long::parseLong); }

    /** The feed's reader: the owner of a valid feed token, else whoever the request's credentials say. */
    private Principal reader(Context ctx) {
        String token = ctx.queryParam("token");
        if (token == null) return principals.of(ctx);
        return feeds.feedReader(token).map(p -> p.from(ctx.ip()))
                .orElseThrow(() -> new Unauthenticated("the feed token is invalid or revoked"));
    }

    private void createToken(Context ctx) {
        var who = principals.of(ctx);
        FeedTokenRequest r = ctx.body().isBlank() ? new FeedTokenRequest(null) : JsonBody.read(ctx, FeedTokenRequest.class);
        var issued = feeds.issueFeedToken(who, Optional.ofNullable(r.note()));
        ctx.status(201).json(FeedTokenData.of(issued.token(), issued.secret()));
    }

    private void registerWebhook(Context ctx) {
        var who = principals.of(ctx);
        WebhookRequest r = JsonBody.read(ctx, WebhookRequest.class);
        Webhook w = feeds.registerWebhook(who, r.url(), r.secret(), r.events());
        ctx.status(201).header("Location", "/api/v1/webhooks/" + w.id()).json(WebhookData.of(w));
    }

    private void calendar(Context ctx) throws Exception {
        Principal who = reader(ctx);
        var cal = new net.fortuna.ical4j.model.Calendar()
                .<net.fortuna.ical4j.model.Calendar>add(new ProdId("-//Concord//Concord desk//EN"))
                .<net.fortuna.ical4j.model.Calendar>add(ImmutableVersion.VERSION_2_0)
                .<net.fortuna.ical4j.model.Calendar>add(ImmutableCalScale.GREGORIAN);
        Instant stamp = clock.instant();
        for (Event e : register.events(who)) cal.add(event(e, stamp));
        for (ItemView item : procedure.list(who, Optional.empty()))
            if (item.silence() != null) cal.add(silence(item, stamp));
        StringWriter out = new StringWriter();
        new CalendarOutputter(true).output(cal, out);
        ctx.contentType("text/calendar; charset=utf-8").header("Cache-Control", "private, max-age=300").result(out.toString());
    }

    private static VEvent event(Event e, Instant stamp) {
        VEvent v = new VEvent(e.start().first(), e.end().last().plusDays(1), e.name());
        v.replace(new DtStamp(stamp));
        v.add(new Uid("event-" + e.id().value() + "@concord"));
        v.add(new Location(e.country().map(c -> e.place() + " (" + c.code() + ")").orElse(e.place())));
        v.add(new Status(switch (e.status()) {
            case CANCELLED -> Status.VALUE_CANCELLED;
            case PROPOSED -> Status.VALUE_TENTATIVE;
            case SCHEDULED, HELD -> Status.VALUE_CONFIRMED;
        }));
        StringBuilder d = new StringBuilder(e.kind().name().replace('_', ' ').toLowerCase());
        if (e.start().precision() != CalendarDate.Precision.DAY) d.append("; dates as precise as the source: ").append(e.start());
        e.sessions().forEach(s -> d.append("\n").append(s.title()).append(" (").append(s.formality().name()).append(")"));
        v.add(new Description(d.toString()));
        return v;
    }

    private static VEvent silence(ItemView item, Instant stamp) {
        var s = item.silence();
        VEvent v = new VEvent(s.deadline(), "Silence deadline: " + item.subject());
        v.replace(new DtStamp(stamp));
        v.add(new Uid("silence-" + item.id() + "-" + s.number() + "@concord"));
        v.add(new Status(s.phase().equals("CANCELLED") ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        v.add(new Description("Decision item " + item.id() + ", text version " + s.textVersion() + ": silence procedure " + s.number()
                + " is " + s.phase() + (s.breakers().isEmpty() ? "" : "; broken by " + String.join(", ", s.breakers()))));
        return v;
    }

    private void atom(Context ctx) throws XMLStreamException {
        Principal who = reader(ctx);
        Deque<JournalEntry> latest = new ArrayDeque<>();
        long after = 0;
        while (true) {
            List<JournalEntry> page = journal.list(who, Optional.empty(), Optional.empty(), after, 1000);
            for (JournalEntry e : page) {
                latest.addLast(e);
                if (latest.size() > ATOM_ENTRIES) latest.removeFirst();
            }
            if (page.size() < 1000) break;
            after = page.get(page.size() - 1).seq();
        }
        StringWriter out = new StringWriter();
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("feed");
        x.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        element(x, "id", "urn:concord:journal");
        element(x, "title", "Concord journal");
        element(x, "updated", (latest.isEmpty() ? clock.instant() : latest.getLast().at()).toString());
        x.writeStartElement("author");
        element(x, "name", "Concord");
        x.writeEndElement();
        x.writeEmptyElement("link");
        x.writeAttribute("rel", "self");
        x.writeAttribute("href", "/api/v1/journal.atom");
        var entries = new java.util.ArrayList<>(latest);
        java.util.Collections.reverse(entries);
        for (JournalEntry e : entries) {
            x.writeStartElement("entry");
            element(x, "id", "urn:concord:journal:" + e.seq());
            element(x, "title", e.type() + " " + e.subject());
            element(x, "updated", e.at().toString());
            x.writeStartElement("author");
            element(x, "name", e.actor());
            x.writeEndElement();
            x.writeEmptyElement("category");
            x.writeAttribute("term", e.type());
            x.writeStartElement("content");
            x.writeAttribute("type", "text");
            x.writeCharacters(String.valueOf(e.payload()));
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndDocument();
        x.close();
        ctx.contentType("application/atom+xml; charset=utf-8").result(out.toString());
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }
}
