package org.concord.procedure.data;

import org.concord.procedure.model.Effect;
import org.concord.procedure.model.EventId;
import org.concord.procedure.model.Level;
import org.concord.procedure.model.MissionId;
import org.concord.procedure.model.SessionFormality;
import org.concord.procedure.model.SessionId;
import org.concord.shared.CalendarDate;
import org.concord.shared.Iso3;
import org.concord.shared.Violations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An item's effect on the wire: one record per effect, told apart by the JSON property {@code type}
 * ({@code {"type":"TERMINATE_MISSION","mission":"nmi","endDate":"2026-09"}}). Each record checks its own fields in
 * {@link #toModel}, naming the field and the reason. A month ("2026-09") for a date means the end of that month: "by
 * September" is by its last day.
 */
public sealed interface EffectRequest {
    /** The JSON property that names the effect. */
    String DISCRIMINATOR = "type";

    /** The effects, by their wire name; {@link #record()} is the request record of each. */
    enum Type {
        LAUNCH_MISSION(LaunchMission.class), EXTEND_MISSION(ExtendMission.class), CHANGE_MANDATE(ChangeMandate.class),
        REDUCE_MISSION(ReduceMission.class), TERMINATE_MISSION(TerminateMission.class), INVITE_PARTNER(InvitePartner.class),
        EXCLUDE_PARTNER(ExcludePartner.class), EXCLUDE_PARTNERS(ExcludePartners.class), HOLD_EVENT(HoldEvent.class),
        CANCEL_EVENT(CancelEvent.class), ADOPT_STATEMENT(AdoptStatement.class);

        private final Class<? extends EffectRequest> record;

        Type(Class<? extends EffectRequest> record) { this.record = record; }

        public Class<? extends EffectRequest> record() { return record; }

        /** @throws IllegalArgumentException naming the text and the known types if none has that name */
        public static Type named(String name) {
            if (name == null) throw new IllegalArgumentException("is required: one of " + List.of(values()));
            return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not one of " + List.of(values())));
        }

        static Type of(Class<?> record) {
            return Arrays.stream(values()).filter(t -> t.record == record).findFirst().orElseThrow();
        }
    }

    /** The wire name of this effect (the value of {@code type}). */
    default Type type() { return Type.of(getClass()); }

    /**
     * The effect, or null with every violation added under {@code path} (e.g. {@code effect.endDate}).
     *
     * @param path the field path of this effect in the request, or empty
     */
    Effect toModel(String path, Violations v);

    /** Launches a new mission. */
    record LaunchMission(String mission, String name, String mandate, String start) implements EffectRequest {
        @Override public Effect toModel(String path, Violations v) {
            var f = new Fields(path, v);
            var m = f.mission(mission);
            var s = f.date("start", start, true);
            f.text("name", name);
            f.text("mandate", mandate);
            return f.ok() ? v.parse(path, () -> new Effect.LaunchMission(m, name, mandate, s)) : null;
        }
    }

    /** Extends a mission to a new end. */
    record ExtendMission(String mission, String newEnd) implements EffectRequest {
        @Override public Effect toModel(String path, Violations v) {
            var f = new Fields(path, v);
            var m = f.mission(mission);
            var d = f.date("newEnd", newEnd, true);
            return f.ok() ? new Effect.ExtendMission(m, d) : null;
        }
    }

    /** Replaces a mission's mandate with {@code text}. */
    record ChangeMandate(String mission, String text) implements EffectRequest {
        @Override public Effect toModel(String path, Violations v) {
            var f = new Fields(path, v);
            var m = f.mission(mission);
            f.text("text", text);
            return f.ok() ? v.parse(path, () -> new Effect.ChangeMandate(m, text)) : null;
        }
    }

    /** Reduces a mission, optionally to a target strength and by a date. */
    record ReduceMission(String mission, Integer targetStrength, String byDate) implements EffectRequest {
        @Override public Effect toModel(String path, Violations v) {
            var f = new Fields(path, v);
            var m = f.mission(mission);
            if (targetStrength != null && targetStrength < 0) v.add(f.at("targetStrength"), "must not be negative, got " + targetStrength);
            var d = f.date("byDate", byDate, false);
            return f.ok() ? new Effect.ReduceMission(m, targetStrength == null ? OptionalInt.empty() : OptionalInt.of(targetStrength),
                    Optional.ofNullable(d)) : null;
        }
    }

    /** Terminates a mission by an end date. */
    record TerminateMission(String mission, String endDate) implements EffectRequest {
        @Override public Effect toModel(String path, Violations v) {
            var f = new Fields(path, v);
            var m = f.mission(mission);
            var d = f.date("endDate", endDate, true);
            return f.ok() ? new Effect.TerminateMission(m, d) : null;
        }
    }

    /**
     * Invites a partner to a session of an event.
     *
     * @param level     the level of the session: required
     * @param formality FORMAL (default) or INFORMAL_CHAIR_CONVENED
     */
    record InvitePartner(String event, String session, String partner, String level, String formality) implements EffectRequest {
        @Override public Effect toModel(String path, Violations v) {
            var f = new Fields(path, v);
            var ev = f.event(event);
            var se = f.session(session);
            var pa = f.iso("partner", partner);
            Level l = level == null ? null : v.parse(f.at("level"), () -> enumOf(Level.class, level));
            if (level == null) v.add(f.at("level"), "is required");
            var fo = formality == null ? SessionFormality.FORMAL : v.parse(f.at("formality"), () -> enumOf(SessionFormality.class, formality));
            return f.ok() ? new Effect.InvitePartner(ev, se, pa, l, fo) : null;
        }
    }

    /** Excludes one partner from a session of an event. */
    record ExcludePartner(String event, String session, String partner) implements EffectRequest {
        @Override public Effect toModel(String path, Violations v) {
            var f = new Fields(path, v);
            var ev = f.event(event);
            var se = f.session(session);
            var pa = f.iso("partner", partner);
            return f.ok() ? new Effect.ExcludePartner(ev, se, pa) : null;
        }
    }

    /** Excludes several partners from a session of an event. */
    record ExcludePartners(String event, String session, List<String> partners) implements EffectRequest {
        public ExcludePartners {
            partners = partners == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(partners));
        }

        @Override public Effect toModel(String path, Violations v) {
            var f = new Fields(path, v);
            var ev = f.event(event);
            var se = f.session(session);
            List<Iso3> ps = new ArrayList<>();
            if (partners == null || partners.isEmpty()) v.add(f.at("partners"), "at least one partner is required");
            else for (int i = 0; i < partners.size(); i++) {
                Iso3 c = f.iso("partners[" + i + "]", partners.get(i));
                if (c != null) ps.add(c);
            }
            return f.ok() ? v.parse(f.at("partners"), () -> new Effect.ExcludePartners(ev, se, ps)) : null;
        }
    }

    /** Holds an event. */
    record HoldEvent(String event) implements EffectRequest {
        @Override public Effect toModel(String path, Violations v) {
            var f = new Fields(path, v);
            var ev = f.event(event);
            return f.ok() ? new Effect.HoldEvent(ev) : null;
        }
    }

    /** Cancels an event. */
    record CancelEvent(String event) implements EffectRequest {
        @Override public Effect toModel(String path, Violations v) {
            var f = new Fields(path, v);
            var ev = f.event(event);
            return f.ok() ? new Effect.CancelEvent(ev) : null;
        }
    }

    /** Adopts a statement; changes nothing in the register. */
    record AdoptStatement(String text) implements EffectRequest {
        @Override public Effect toModel(String path, Violations v) {
            var f = new Fields(path, v);
            f.text("text", text);
            return f.ok() ? v.parse(path, () -> new Effect.AdoptStatement(text)) : null;
        }
    }

    /** The request record of a model effect, as an item is shown. */
    static EffectRequest from(Effect e) {
        return switch (e) {
            case Effect.LaunchMission l -> new LaunchMission(l.mission().value(), l.name(), l.mandate(), l.start().toString());
            case Effect.ExtendMission x -> new ExtendMission(x.mission().value(), x.newEnd().toString());
            case Effect.ChangeMandate c -> new ChangeMandate(c.mission().value(), c.text());
            case Effect.ReduceMission r -> new ReduceMission(r.mission().value(),
                    r.targetStrength().isPresent() ? r.targetStrength().getAsInt() : null, r.byDate().map(Object::toString).orElse(null));
            case Effect.TerminateMission x -> new TerminateMission(x.mission().value(), x.endDate().toString());
            case Effect.InvitePartner i -> new InvitePartner(i.event().value(), i.session().value(), i.partner().code(), i.level().name(),
                    i.formality().name());
            case Effect.ExcludePartner x -> new ExcludePartner(x.event().value(), x.session().value(), x.partner().code());
            case Effect.ExcludePartners x -> new ExcludePartners(x.event().value(), x.session().value(),
                    x.partners().stream().map(Iso3::code).toList());
            case Effect.HoldEvent h -> new HoldEvent(h.event().value());
            case Effect.CancelEvent c -> new CancelEvent(c.event().value());
            case Effect.AdoptStatement s -> new AdoptStatement(s.text());
        };
    }

    /** The mission this effect changes, if it changes one. */
    default Optional<String> missionTarget() {
        return switch (this) {
            case LaunchMission x -> Optional.ofNullable(x.mission());
            case ExtendMission x -> Optional.ofNullable(x.mission());
            case ChangeMandate x -> Optional.ofNullable(x.mission());
            case ReduceMission x -> Optional.ofNullable(x.mission());
            case TerminateMission x -> Optional.ofNullable(x.mission());
            case InvitePartner x -> Optional.empty();
            case ExcludePartner x -> Optional.empty();
            case ExcludePartners x -> Optional.empty();
            case HoldEvent x -> Optional.empty();
            case CancelEvent x -> Optional.empty();
            case AdoptStatement x -> Optional.empty();
        };
    }

    /** The event this effect changes, if it changes one. */
    default Optional<String> eventTarget() {
        return switch (this) {
            case InvitePartner x -> Optional.ofNullable(x.event());
            case ExcludePartner x -> Optional.ofNullable(x.event());
            case ExcludePartners x -> Optional.ofNullable(x.event());
            case HoldEvent x -> Optional.ofNullable(x.event());
            case CancelEvent x -> Optional.ofNullable(x.event());
            case LaunchMission x -> Optional.empty();
            case ExtendMission x -> Optional.empty();
            case ChangeMandate x -> Optional.empty();
            case ReduceMission x -> Optional.empty();
            case TerminateMission x -> Optional.empty();
            case AdoptStatement x -> Optional.empty();
        };
    }

    /** The session of an event this effect invites to or excludes from, if any. */
    default Optional<String> sessionTarget() {
        return switch (this) {
            case InvitePartner x -> Optional.ofNullable(x.session());
            case ExcludePartner x -> Optional.ofNullable(x.session());
            case ExcludePartners x -> Optional.ofNullable(x.session());
            case LaunchMission x -> Optional.empty();
            case ExtendMission x -> Optional.empty();
            case ChangeMandate x -> Optional.empty();
            case ReduceMission x -> Optional.empty();
            case TerminateMission x -> Optional.empty();
            case HoldEvent x -> Optional.empty();
            case CancelEvent x -> Optional.empty();
            case AdoptStatement x -> Optional.empty();
        };
    }

    /** The partners this effect invites or excludes (none for other effects). */
    default List<String> partnerTargets() {
        return switch (this) {
            case InvitePartner x -> x.partner() == null ? List.of() : List.of(x.partner());
            case ExcludePartner x -> x.partner() == null ? List.of() : List.of(x.partner());
            case ExcludePartners x -> x.partners() == null ? List.of() : x.partners();
            case LaunchMission x -> List.of();
            case ExtendMission x -> List.of();
            case ChangeMandate x -> List.of();
            case ReduceMission x -> List.of();
            case TerminateMission x -> List.of();
            case HoldEvent x -> List.of();
            case CancelEvent x -> List.of();
            case AdoptStatement x -> List.of();
        };
    }

    /** {@code s} as a constant of {@code type}. @throws IllegalArgumentException naming the value and the constants */
    static <E extends Enum<E>> E enumOf(Class<E> type, String s) {
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + s + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }

    /** The field checks the effects share, each adding its violation under the effect's path. */
    final class Fields {
        private final String prefix;
        private final Violations v;
        private final int before;

        Fields(String path, Violations v) {
            this.prefix = path.isEmpty() ? "" : path + ".";
            this.v = v;
            this.before = v.size();
        }

        String at(String field) { return prefix + field; }

        boolean ok() { return v.size() == before; }

        MissionId mission(String mission) { return required("mission", mission) ? v.parse(at("mission"), () -> MissionId.of(mission)) : null; }

        EventId event(String event) { return required("event", event) ? v.parse(at("event"), () -> EventId.of(event)) : null; }

        SessionId session(String session) { return required("session", session) ? v.parse(at("session"), () -> SessionId.of(session)) : null; }

        Iso3 iso(String field, String code) { return required(field, code) ? v.parse(at(field), () -> Iso3.of(code)) : null; }

        void text(String field, String text) {
            if (text == null || text.isBlank()) v.add(at(field), "is required");
        }

        /** A day, or a month meaning its last day. */
        LocalDate date(String field, String text, boolean required) {
            if (text == null || text.isBlank()) {
                if (required) v.add(at(field), "is required (YYYY-MM-DD, or YYYY-MM for the end of that month)");
                return null;
            }
            CalendarDate d = v.parse(at(field), () -> CalendarDate.parse(text, CalendarDate.DAYS_OR_MONTHS));
            return d == null ? null : d.last();
        }

        private boolean required(String field, String value) {
            if (value != null) return true;
            v.add(at(field), "is required");
            return false;
        }
    }
}
