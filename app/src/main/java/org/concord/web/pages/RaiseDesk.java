package org.concord.web.pages;

import io.javalin.http.Context;
import org.concord.access.AccessService;
import org.concord.access.model.ActionKind;
import org.concord.procedure.application.ProcedureService;
import org.concord.procedure.data.EffectRequest;
import org.concord.procedure.data.ItemView;
import org.concord.procedure.data.RaiseItemData;
import org.concord.procedure.model.Level;
import org.concord.procedure.model.SessionFormality;
import org.concord.register.application.RegisterService;
import org.concord.register.data.EventData;
import org.concord.register.data.MissionData;
import org.concord.register.data.PartnerData;
import org.concord.shared.Conflict;
import org.concord.shared.Forbidden;
import org.concord.shared.InvalidInput;
import org.concord.shared.Principal;
import org.concord.web.pages.Pages.Choice;
import org.concord.web.pages.Pages.RaisePage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Raising an item from the desk: the effect type first, then a form whose every target (mission, event, session,
 * partner, body) is chosen from the register, never typed. The chair raises in its own name, a delegation in its nation's.
 */
public final class RaiseDesk {
    private static final Set<String> MISSION = Set.of("EXTEND_MISSION", "CHANGE_MANDATE", "REDUCE_MISSION", "TERMINATE_MISSION");
    private static final Set<String> SESSION = Set.of("INVITE_PARTNER", "EXCLUDE_PARTNER", "EXCLUDE_PARTNERS");
    private final DeskSession sessions;
    private final RegisterService register;
    private final ProcedureService procedure;
    private final AccessService access;

    RaiseDesk(DeskSession sessions, RegisterService register, ProcedureService procedure, AccessService access) {
        this.sessions = sessions;
        this.register = register;
        this.procedure = procedure;
        this.access = access;
    }

    /** {@code GET /items/new?type=}. */
    public void form(Context ctx) {
        var s = sessions.of(ctx);
        if (!s.viewer().signedIn()) {
            Html.seeOther(ctx, "/login?next=/items/new");
            return;
        }
        render(ctx, 200, s.principal(), s.viewer(), ctx.queryParam("type"), List.of(), Map.of());
    }

    /** {@code POST /items}. */
    public void raise(Context ctx) {
        DeskSession.Session s;
        try {
            s = sessions.form(ctx);
        } catch (DeskSession.Refused r) {
            Html.render(ctx, r.status, "message.jte", new MessagePage(sessions.of(ctx).viewer(), "Not raised", r.getMessage(), List.of()));
            return;
        }
        String type = ItemDesk.param(ctx, "type");
        String session = ItemDesk.param(ctx, "session");
        String event = ItemDesk.param(ctx, "event");
        if (session != null && session.contains("/")) {
            event = session.substring(0, session.indexOf('/'));
            session = session.substring(session.indexOf('/') + 1);
        }
        List<String> partners = ctx.formParams("partners").stream().filter(p -> !p.isBlank()).toList();
        EffectRequest.Type effectType;
        try {
            effectType = type == null ? null : EffectRequest.Type.named(type);
        } catch (IllegalArgumentException e) {
            render(ctx, 400, s.principal(), s.viewer(), type, List.of("effect.type: " + e.getMessage()), sent(ctx));
            return;
        }
        try {
            EffectRequest effect = effectType == null ? null : effect(ctx, effectType, event, session, partners);
            RaiseItemData data = new RaiseItemData(ItemDesk.param(ctx, "id"), ItemDesk.param(ctx, "body"), ItemDesk.param(ctx, "level"),
                    ItemDesk.param(ctx, "proposer"), ItemDesk.param(ctx, "subject"), ItemDesk.param(ctx, "text"), effect, ItemDesk.param(ctx, "classification"));
            ItemView v = procedure.raise(s.principal(), data);
            Html.seeOther(ctx, "/items/" + v.id() + "?done=raised");
        } catch (InvalidInput e) {
            render(ctx, 400, s.principal(), s.viewer(), type, e.violations().stream().map(x -> x.field() + ": " + x.reason()).toList(), sent(ctx));
        } catch (Conflict | Forbidden e) {
            render(ctx, e instanceof Conflict ? 409 : 403, s.principal(), s.viewer(), type, List.of(e.getMessage()), sent(ctx));
        }
    }

    /** The effect the form's fields describe; the fields of other effects are not read. */
    private static EffectRequest effect(Context ctx, EffectRequest.Type type, String event, String session, List<String> partners) {
        String mission = ItemDesk.param(ctx, "mission");
        return switch (type) {
            case LAUNCH_MISSION -> new EffectRequest.LaunchMission(mission, ItemDesk.param(ctx, "name"), ItemDesk.param(ctx, "mandate"),
                    ItemDesk.param(ctx, "start"));
            case EXTEND_MISSION -> new EffectRequest.ExtendMission(mission, ItemDesk.param(ctx, "newEnd"));
            case CHANGE_MANDATE -> new EffectRequest.ChangeMandate(mission, ItemDesk.param(ctx, "effectText"));
            case REDUCE_MISSION -> new EffectRequest.ReduceMission(mission, integer(ItemDesk.param(ctx, "targetStrength")),
                    ItemDesk.param(ctx, "byDate"));
            case TERMINATE_MISSION -> new EffectRequest.TerminateMission(mission, ItemDesk.param(ctx, "endDate"));
            case INVITE_PARTNER -> new EffectRequest.InvitePartner(event, session, ItemDesk.param(ctx, "partner"),
                    ItemDesk.param(ctx, "partnerLevel"), ItemDesk.param(ctx, "formality"));
            case EXCLUDE_PARTNER -> new EffectRequest.ExcludePartner(event, session, ItemDesk.param(ctx, "partner"));
            case EXCLUDE_PARTNERS -> new EffectRequest.ExcludePartners(event, session, partners.isEmpty() ? null : partners);
            case HOLD_EVENT -> new EffectRequest.HoldEvent(event);
            case CANCEL_EVENT -> new EffectRequest.CancelEvent(event);
            case ADOPT_STATEMENT -> new EffectRequest.AdoptStatement(ItemDesk.param(ctx, "effectText"));
        };
    }

    private static Integer integer(String s) {
        if (s == null) return null;
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new InvalidInput("effect.targetStrength", "'" + s + "' is not a whole number");
        }
    }

    /** The fields a refused raise sent, to show in the form again (never the CSRF token). */
    private static Map<String, List<String>> sent(Context ctx) {
        Map<String, List<String>> sent = new HashMap<>(ctx.formParamMap());
        sent.remove("_csrf");
        return Map.copyOf(sent);
    }

    private void render(Context ctx, int status, Principal who, Viewer viewer, String type, List<String> errors, Map<String, List<String>> sent) {
        String t = type != null && Arrays.stream(EffectRequest.Type.values()).anyMatch(x -> x.name().equals(type)) ? type : null;
        List<Choice> types = Arrays.stream(EffectRequest.Type.values()).map(x -> new Choice(x.name(), Labels.words(x.name()), x.name().equals(t))).toList();
        List<Choice> proposers = new ArrayList<>();
        if (access.allows(who, ActionKind.RAISE_ITEM, Optional.empty())) proposers.add(new Choice("CHAIR", "the chair", true));
        who.nation().filter(n -> access.allows(who, ActionKind.RAISE_ITEM, Optional.of(n))).ifPresent(n -> proposers.add(new Choice(n.code(), n.code(), proposers.isEmpty())));
        List<Choice> bodies = register.bodies(who).stream().map(b -> new Choice(b.id().value(), b.id().value() + " — " + b.name(), false)).toList();
        List<Choice> levels = Arrays.stream(Level.values()).map(l -> new Choice(l.name(), Labels.level(l.name()), false)).toList();
        List<Choice> markings = access.ladder().markings().stream().filter(m -> !m.name().equals("PUBLIC"))
                .map(m -> new Choice(m.name(), m.name(), m.name().equals(RaiseItemData.DEFAULT_CLASSIFICATION))).toList();
        List<Choice> missions = register.missions(who, Optional.empty(), Optional.empty()).stream().map(MissionData::from)
                .map(m -> new Choice(m.id(), m.name() + " (" + Labels.words(m.status()) + ")", false)).toList();
        List<EventData> events = register.events(who).stream().map(EventData::from).sorted(Comparator.comparing(EventData::start)).toList();
        List<Choice> eventChoices = events.stream().map(e -> new Choice(e.id(), e.name() + " (" + e.start() + ")", false)).toList();
        List<Choice> sessionChoices = new ArrayList<>();
        for (EventData e : events) if (e.sessions() != null) for (var x : e.sessions())
            sessionChoices.add(new Choice(e.id() + "/" + x.id(), e.name() + ": " + x.title(), false));
        List<Choice> partners = register.partners(who).stream().map(PartnerData::from).sorted(Comparator.comparing(PartnerData::name))
                .map(p -> new Choice(p.iso3(), p.name() + " (" + p.iso3() + ")", false)).toList();
        List<Choice> formalities = Arrays.stream(SessionFormality.values()).map(f -> new Choice(f.name(), Labels.words(f.name()), false)).toList();
        Html.render(ctx, status, "raise.jte", new RaisePage(viewer, t, types, proposers, bodies, levels, markings, missions, eventChoices, sessionChoices,
                partners, formalities, t != null && MISSION.contains(t), "LAUNCH_MISSION".equals(t), "HOLD_EVENT".equals(t) || "CANCEL_EVENT".equals(t),
                t != null && SESSION.contains(t), "INVITE_PARTNER".equals(t) || "EXCLUDE_PARTNER".equals(t), "EXCLUDE_PARTNERS".equals(t), errors, sent));
    }
}
