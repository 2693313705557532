package org.concord.procedure.data;

import org.concord.procedure.model.Effect;
import org.concord.procedure.model.EventId;
import org.concord.procedure.model.Level;
import org.concord.procedure.model.MissionId;
import org.concord.procedure.model.SessionFormality;
import org.concord.procedure.model.SessionId;
import org.concord.shared.Iso3;
import org.concord.shared.Violations;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An item's effect on the wire: {@code type} picks the effect, the other fields are its parameters. A month ("2026-09")
 * for a date means the end of that month: "by September" is by its last day.
 */
public record EffectData(String type, String mission, String name, String mandate, String start, String newEnd,
                         String text, Integer targetStrength, String byDate, String endDate, String event, String session,
                         String partner, List<String> partners, String level, String formality, String note) {
    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("\\d{4}-\\d{2}");
    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public enum Type { LAUNCH_MISSION, EXTEND_MISSION, CHANGE_MANDATE, REDUCE_MISSION, TERMINATE_MISSION, INVITE_PARTNER,
        EXCLUDE_PARTNER, EXCLUDE_PARTNERS, HOLD_EVENT, CANCEL_EVENT, ADOPT_STATEMENT }

    public static EffectData from(Effect e) {
        return switch (e) {
            case Effect.LaunchMission l -> of(Type.LAUNCH_MISSION).mission(l.mission().value()).launch(l.name(), l.mandate(), l.start().toString());
            case Effect.ExtendMission x -> of(Type.EXTEND_MISSION).mission(x.mission().value()).newEnd(x.newEnd().toString());
            case Effect.ChangeMandate c -> of(Type.CHANGE_MANDATE).mission(c.mission().value()).text(c.text());
            case Effect.ReduceMission r -> of(Type.REDUCE_MISSION).mission(r.mission().value())
                    .reduce(r.targetStrength().isPresent() ? r.targetStrength().getAsInt() : null, r.byDate().map(Object::toString).orElse(null));
            case Effect.TerminateMission x -> of(Type.TERMINATE_MISSION).mission(x.mission().value()).endDate(x.endDate().toString());
            case Effect.InvitePartner i -> of(Type.INVITE_PARTNER).session(i.event().value(), i.session().value())
                    .partner(i.partner().code(), i.level().name(), i.formality().name());
            case Effect.ExcludePartner x -> of(Type.EXCLUDE_PARTNER).session(x.event().value(), x.session().value()).partner(x.partner().code(), null, null);
            case Effect.ExcludePartners x -> of(Type.EXCLUDE_PARTNERS).session(x.event().value(), x.session().value())
                    .partners(x.partners().stream().map(Iso3::code).toList());
            case Effect.HoldEvent h -> of(Type.HOLD_EVENT).session(h.event().value(), null);
            case Effect.CancelEvent c -> of(Type.CANCEL_EVENT).session(c.event().value(), null);
            case Effect.AdoptStatement s -> of(Type.ADOPT_STATEMENT).text(s.text());
        };
    }

    private static EffectData of(Type t) {
        return new EffectData(t.name(), null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private EffectData mission(String m) { return new EffectData(type, m, name, mandate, start, newEnd, text, targetStrength, byDate, endDate, event, session, partner, partners, level, formality, note); }
    private EffectData launch(String n, String md, String s) { return new EffectData(type, mission, n, md, s, newEnd, text, targetStrength, byDate, endDate, event, session, partner, partners, level, formality, note); }
    private EffectData newEnd(String ne) { return new EffectData(type, mission, name, mandate, start, ne, text, targetStrength, byDate, endDate, event, session, partner, partners, level, formality, note); }
    private EffectData text(String tx) { return new EffectData(type, mission, name, mandate, start, newEnd, tx, targetStrength, byDate, endDate, event, session, partner, partners, level, formality, note); }
    private EffectData reduce(Integer ts, String bd) { return new EffectData(type, mission, name, mandate, start, newEnd, text, ts, bd, endDate, event, session, partner, partners, level, formality, note); }
    private EffectData endDate(String ed) { return new EffectData(type, mission, name, mandate, start, newEnd, text, targetStrength, byDate, ed, event, session, partner, partners, level, formality, note); }
    private EffectData session(String ev, String se) { return new EffectData(type, mission, name, mandate, start, newEnd, text, targetStrength, byDate, endDate, ev, se, partner, partners, level, formality, note); }
    private EffectData partner(String p, String l, String f) { return new EffectData(type, mission, name, mandate, start, newEnd, text, targetStrength, byDate, endDate, event, session, p, partners, l, f, note); }
    private EffectData partners(List<String> ps) { return new EffectData(type, mission, name, mandate, start, newEnd, text, targetStrength, byDate, endDate, event, session, partner, ps, level, formality, note); }

    /** @return the effect, or null with every violation added under {@code path} */
    public Effect toModel(String path, Violations v) {
        String p = path.isEmpty() ? "" : path + ".";
        if (type == null) {
            v.add(p + "type", "is required: one of " + List.of(Type.values()));
            return null;
        }
        Type t = v.parse(p + "type", () -> {
            try {
                return Type.valueOf(type);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + type + "' is not one of " + List.of(Type.values()));
            }
        });
        if (t == null) return null;
        int before = v.size();
        Effect e = switch (t) {
            case LAUNCH_MISSION -> {
                var m = missionId(v, p);
                var s = day(v, p + "start", start, true);
                if (name == null || name.isBlank()) v.add(p + "name", "is required");
                if (mandate == null || mandate.isBlank()) v.add(p + "mandate", "is required");
                yield v.size() > before ? null : v.parse(path, () -> new Effect.LaunchMission(m, name, mandate, s));
            }
            case EXTEND_MISSION -> {
                var m = missionId(v, p);
                var d = day(v, p + "newEnd", newEnd, true);
                yield v.size() > before ? null : new Effect.ExtendMission(m, d);
            }
            case CHANGE_MANDATE -> {
                var m = missionId(v, p);
                if (text == null || text.isBlank()) v.add(p + "text", "is required");
                yield v.size() > before ? null : v.parse(path, () -> new Effect.ChangeMandate(m, text));
            }
            case REDUCE_MISSION -> {
                var m = missionId(v, p);
                if (targetStrength != null && targetStrength < 0) v.add(p + "targetStrength", "must not be negative, got " + targetStrength);
                var d = day(v, p + "byDate", byDate, false);
                yield v.size() > before ? null : new Effect.ReduceMission(m,
                        targetStrength == null ? OptionalInt.empty() : OptionalInt.of(targetStrength), Optional.ofNullable(d));
            }
            case TERMINATE_MISSION -> {
                var m = missionId(v, p);
                var d = day(v, p + "endDate", endDate, true);
                yield v.size() > before ? null : new Effect.TerminateMission(m, d);
            }
            case INVITE_PARTNER -> {
                var ev = eventId(v, p);
                var se = sessionId(v, p);
                var pa = iso(v, p + "partner", partner);
                var l = level == null ? null : v.parse(p + "level", () -> enumOf(Level.class, level));
                if (level == null) v.add(p + "level", "is required");
                var f = formality == null ? SessionFormality.FORMAL : v.parse(p + "formality", () -> enumOf(SessionFormality.class, formality));
                yield v.size() > before ? null : new Effect.InvitePartner(ev, se, pa, l, f);
            }
            case EXCLUDE_PARTNER -> {
                var ev = eventId(v, p);
                var se = sessionId(v, p);
                var pa = iso(v, p + "partner", partner);
                yield v.size() > before ? null : new Effect.ExcludePartner(ev, se, pa);
            }
            case EXCLUDE_PARTNERS -> {
                var ev = eventId(v, p);
                var se = sessionId(v, p);
                List<Iso3> ps = new ArrayList<>();
                if (partners == null || partners.isEmpty()) v.add(p + "partners", "at least one partner is required");
                else for (int i = 0; i < partners.size(); i++) {
                    Iso3 c = iso(v, p + "partners[" + i + "]", partners.get(i));
                    if (c != null) ps.add(c);
                }
                yield v.size() > before ? null : v.parse(p + "partners", () -> new Effect.ExcludePartners(ev, se, ps));
            }
            case HOLD_EVENT -> {
                var ev = eventId(v, p);
                yield v.size() > before ? null : new Effect.HoldEvent(ev);
            }
            case CANCEL_EVENT -> {
                var ev = eventId(v, p);
                yield v.size() > before ? null : new Effect.CancelEvent(ev);
            }
            case ADOPT_STATEMENT -> {
                if (text == null || text.isBlank()) v.add(p + "text", "is required");
                yield v.size() > before ? null : v.parse(path, () -> new Effect.AdoptStatement(text));
            }
        };
        return e;
    }

    private MissionId missionId(Violations v, String p) {
        if (mission == null) {
            v.add(p + "mission", "is required");
            return null;
        }
        return v.parse(p + "mission", () -> MissionId.of(mission));
    }

    private EventId eventId(Violations v, String p) {
        if (event == null) {
            v.add(p + "event", "is required");
            return null;
        }
        return v.parse(p + "event", () -> EventId.of(event));
    }

    private SessionId sessionId(Violations v, String p) {
        if (session == null) {
            v.add(p + "session", "is required");
            return null;
        }
        return v.parse(p + "session", () -> SessionId.of(session));
    }

    private static Iso3 iso(Violations v, String field, String code) {
        if (code == null) {
            v.add(field, "is required");
            return null;
        }
        return v.parse(field, () -> Iso3.of(code));
    }

    /** A day, or a month meaning its last day. */
    static LocalDate day(Violations v, String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) v.add(field, "is required (YYYY-MM-DD, or YYYY-MM for the end of that month)");
            return null;
        }
        return v.parse(field, () -> {
            try {
                if (MONTH.matcher(text).matches()) return YearMonth.parse(text).atEndOfMonth();
                if (DAY.matcher(text).matches()) return LocalDate.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' is not a real date");
            }
            throw new IllegalArgumentException("'" + text + "' is not a date (YYYY-MM-DD, or YYYY-MM for the end of that month)");
        });
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String s) {
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + s + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }
}
