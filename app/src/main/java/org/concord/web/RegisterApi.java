package org.concord.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.concord.register.application.RegisterService;
import org.concord.register.data.BodyData;
import org.concord.register.data.EventData;
import org.concord.register.data.FrameworkData;
import org.concord.register.data.MemberData;
import org.concord.register.data.MissionData;
import org.concord.register.data.OrganisationData;
import org.concord.register.data.PartnerData;
import org.concord.register.model.CoreTask;
import org.concord.register.model.EventId;
import org.concord.register.model.EventKind;
import org.concord.register.model.EventStatus;
import org.concord.register.model.MissionId;
import org.concord.register.model.MissionStatus;
import org.concord.shared.Iso3;
import org.concord.shared.NotFound;
import org.concord.shared.Violations;

import java.util.List;
import java.util.Map;

import static org.concord.web.Route.Param;

/** The register's routes: thin handlers over {@link RegisterService}. */
final class RegisterApi {
    private final RegisterService register;
    private final Principals principals;

    RegisterApi(RegisterService register, Principals principals) {
        this.register = register;
        this.principals = principals;
    }

    private static final Param RECORDED_AT = Param.recordedAt("the register");

    private static final Param ON = Param.on("the mission (leadNations: the nations leading on that day)");

    List<Route> routes() {
        return List.of(
                new Route(HandlerType.GET, "/api/v1/organisation", "getOrganisation", "register", "The organisation and its procedure configuration",
                        List.of(), null, OrganisationData.class, false, 200, this::organisation),
                new Route(HandlerType.GET, "/api/v1/members", "listMembers", "register", "Members on a date (today by default), in accession order",
                        List.of(Param.on("the membership"), Param.on("the membership").asOfAlias()), null, MemberData.class, true, 200, this::members),
                new Route(HandlerType.GET, "/api/v1/members/{iso3}", "getMember", "register", "One member by ISO 3166 alpha-3 code",
                        List.of(Param.path("iso3", "ISO 3166 alpha-3 code, e.g. FIN")), null, MemberData.class, false, 200, this::member),
                new Route(HandlerType.GET, "/api/v1/partners", "listPartners", "register", "Partner countries with their frameworks",
                        List.of(Param.query("framework", "only partners of this framework, by its code (see /api/v1/frameworks)")),
                        null, PartnerData.class, true, 200, this::partners),
                new Route(HandlerType.GET, "/api/v1/frameworks", "listFrameworks", "register", "Partnership frameworks",
                        List.of(), null, FrameworkData.class, true, 200, ctx -> ctx.json(Paging.page(ctx, register.frameworks(principals.of(ctx)).stream().map(FrameworkData::from).toList(), FrameworkData::code))),
                new Route(HandlerType.GET, "/api/v1/bodies", "listBodies", "register", "Bodies with their member sets",
                        List.of(), null, BodyData.class, true, 200, ctx -> ctx.json(Paging.page(ctx, register.bodies(principals.of(ctx)).stream().map(BodyData::from).toList(), BodyData::id))),
                new Route(HandlerType.GET, "/api/v1/references", "listReferences", "register", "The source catalogue: source key to citation",
                        List.of(), null, Map.class, false, 200, ctx -> ctx.json(register.exportFile(principals.of(ctx)).references())),
                new Route(HandlerType.GET, "/api/v1/missions", "listMissions", "register", "Missions and operations, filtered by status and core task",
                        List.of(Param.query("status", "lifecycle status", enumNames(MissionStatus.class)),
                                Param.query("coreTask", "core task", enumNames(CoreTask.class)), RECORDED_AT, RECORDED_AT.asOfAlias()),
                        null, MissionData.class, true, 200, this::missions),
                new Route(HandlerType.POST, "/api/v1/missions", "createMission", "register", "Add a mission",
                        List.of(), MissionData.class, MissionData.class, false, 201, this::createMission),
                new Route(HandlerType.GET, "/api/v1/missions/{id}", "getMission", "register", "One mission with its strength series",
                        List.of(Param.path("id", "mission slug, e.g. kfor"), RECORDED_AT, RECORDED_AT.asOfAlias(), ON), null, MissionData.class, false, 200, this::mission),
                new Route(HandlerType.PUT, "/api/v1/missions/{id}", "updateMission", "register", "Replace a mission; the body carries the version read (a stale one gets 409)",
                        List.of(Param.path("id", "mission slug")), MissionData.class, MissionData.class, false, 200, this::updateMission),
                new Route(HandlerType.GET, "/api/v1/events", "listEvents", "register", "Summits and other events, in date order",
                        List.of(Param.query("kind", "only events of this kind", enumNames(EventKind.class)),
                                Param.query("status", "only events of this status", enumNames(EventStatus.class)),
                                Param.query("from", "only events ending on or after this date (YYYY-MM-DD)", "date"),
                                Param.query("to", "only events starting on or before this date (YYYY-MM-DD)", "date"),
                                RECORDED_AT, RECORDED_AT.asOfAlias()), null, EventData.class, true, 200, this::events),
                new Route(HandlerType.GET, "/api/v1/events/{id}", "getEvent", "register", "One event with its sessions and invitations",
                        List.of(Param.path("id", "event slug, e.g. summit-2026-ankara"), RECORDED_AT, RECORDED_AT.asOfAlias()), null, EventData.class, false, 200, this::event));
    }

    static List<String> enumNames(Class<? extends Enum<?>> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    private void organisation(Context ctx) {
        ctx.json(register.organisation(principals.of(ctx)).map(OrganisationData::from)
                .orElseThrow(() -> new NotFound("organisation", "(none loaded)")));
    }

    private void members(Context ctx) {
        ctx.json(Paging.page(ctx, register.members(principals.of(ctx), Queries.on(ctx)).stream().map(MemberData::from).toList(), MemberData::iso3));
    }

    private void partners(Context ctx) {
        var framework = Queries.string(ctx, "framework");
        var rows = register.partners(principals.of(ctx)).stream().map(PartnerData::from)
                .filter(p -> framework.isEmpty() || p.frameworks() != null && p.frameworks().stream().anyMatch(f -> f.framework().equals(framework.get())))
                .toList();
        ctx.json(Paging.page(ctx, rows, PartnerData::iso3));
    }

    private void member(Context ctx) {
        Iso3 iso3 = Queries.pathId(ctx, "iso3", "member", Iso3::of);
        ctx.json(MemberData.from(register.member(principals.of(ctx), iso3)));
    }

    private void missions(Context ctx) {
        var who = principals.of(ctx);
        var status = Queries.enumValue(ctx, "status", MissionStatus.class);
        var task = Queries.enumValue(ctx, "coreTask", CoreTask.class);
        var asOf = Queries.recordedAt(ctx);
        // leadNations of each mission: the nations leading today
        ctx.json(Paging.page(ctx, register.missionsOn(who, asOf, status, task, java.util.Optional.empty()), MissionData::id));
    }

    private void mission(Context ctx) {
        var who = principals.of(ctx);
        MissionId id = Queries.pathId(ctx, "id", "mission", MissionId::of);
        var asOf = Queries.recordedAt(ctx);
        var on = Queries.date(ctx, "on"); // asOf here is the alias of recordedAt, so `on` has no alias
        ctx.json(register.missionOn(who, id, asOf, on));
    }

    private void events(Context ctx) {
        var who = principals.of(ctx);
        var asOf = Queries.recordedAt(ctx);
        var kind = Queries.enumValue(ctx, "kind", EventKind.class);
        var status = Queries.enumValue(ctx, "status", EventStatus.class);
        var from = Queries.date(ctx, "from");
        var to = Queries.date(ctx, "to");
        var rows = (asOf.isPresent() ? register.eventsAsRecorded(who, asOf.get()) : register.events(who)).stream()
                .filter(e -> kind.isEmpty() || e.kind() == kind.get())
                .filter(e -> status.isEmpty() || e.status() == status.get())
                .filter(e -> from.isEmpty() || !e.end().last().isBefore(from.get()))
                .filter(e -> to.isEmpty() || !e.start().first().isAfter(to.get()))
                .map(EventData::from).toList();
        ctx.json(Paging.page(ctx, rows, EventData::id));
    }

    /**
     * A mission body: a shape problem (unknown field, wrong JSON type) is answered together with every field rule the
     * rest of the body breaks, so one 400 names every bad field.
     */
    private static MissionData missionBody(Context ctx) {
        var read = JsonBody.readLeniently(ctx, MissionData.class);
        if (read.structural().isEmpty()) return read.value();
        Violations v = new Violations();
        read.structural().forEach(x -> v.add(x.field(), x.reason()));
        read.value().toModel("", v);
        v.throwIfAny();
        throw new IllegalStateException("unreachable: structural violations were present");
    }

    private void createMission(Context ctx) {
        var who = principals.of(ctx);
        MissionData body = missionBody(ctx);
        var created = register.createMission(who, body);
        ctx.status(201).header("Location", "/api/v1/missions/" + created.id()).json(MissionData.from(created, register.today()));
    }

    private void updateMission(Context ctx) {
        var who = principals.of(ctx);
        MissionId id = Queries.pathId(ctx, "id", "mission", MissionId::of);
        MissionData body = missionBody(ctx);
        ctx.json(MissionData.from(register.updateMission(who, id, body), register.today()));
    }

    private void event(Context ctx) {
        var who = principals.of(ctx);
        EventId id = Queries.pathId(ctx, "id", "event", EventId::of);
        var asOf = Queries.recordedAt(ctx);
        ctx.json(EventData.from(asOf.isPresent() ? register.eventAsRecorded(who, id, asOf.get()) : register.event(who, id)));
    }
}
