package org.concord.portfolio.model;

import org.concord.register.model.CoreTask;
import org.concord.register.model.Mission;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A stated policy applied to the portfolio: which running missions it touches and what it would do to each. A mission
 * is running when it is not terminated and has not ended by the analysis date.
 */
public sealed interface ResetProfile {
    /** A short code for ids, e.g. {@code dd-only}. */
    String code();

    /** The policy in one sentence. */
    String statement();

    /** The date by which the profile's changes take effect. */
    LocalDate by();

    /** What the profile does to {@code mission}, if anything. */
    Optional<Touch> touch(Mission mission, Personnel personnel);

    /** What a profile does to one mission: end it, or reduce it to {@code target}, for {@code reason}. */
    record Touch(Action action, OptionalInt target, String reason) {
        public Touch {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(reason, "reason");
            if (action == Action.REDUCE && target.isEmpty()) throw new IllegalArgumentException("a reduction needs a target strength");
        }
    }

    enum Action { TERMINATE, REDUCE }

    /** "Deterrence and defence only": keep only missions whose (primary) core task is {@code keep}; end the others by {@code by}. */
    record CoreTaskOnly(CoreTask keep, LocalDate by) implements ResetProfile {
        public CoreTaskOnly {
            Objects.requireNonNull(keep, "keep");
            Objects.requireNonNull(by, "by");
        }

        @Override public String code() { return keep == CoreTask.DETERRENCE_AND_DEFENCE ? "dd-only" : keep.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-only"; }

        @Override public String statement() {
            return words(keep) + " only: keep the missions whose core task is " + words(keep) + " and end the others by " + by
                    + " (a mission's primary core task counts; a secondary one does not keep it).";
        }

        @Override public Optional<Touch> touch(Mission m, Personnel p) {
            if (m.coreTask() == keep) return Optional.empty();
            return Optional.of(new Touch(Action.TERMINATE, OptionalInt.empty(), "core task " + words(m.coreTask())
                    + (m.secondaryCoreTask().map(s -> " (secondary: " + words(s) + ")").orElse("")) + ", not " + words(keep)));
        }
    }

    /** End the missions outside the Euro-Atlantic area ({@link Area#RULE}) by {@code by}. */
    record EndOutsideArea(LocalDate by) implements ResetProfile {
        public EndOutsideArea { Objects.requireNonNull(by, "by"); }

        @Override public String code() { return "outside-area"; }

        @Override public String statement() { return "End the missions outside the Euro-Atlantic area by " + by + ". " + Area.RULE; }

        @Override public Optional<Touch> touch(Mission m, Personnel p) {
            if (Area.of(m) == Area.EURO_ATLANTIC) return Optional.empty();
            return Optional.of(new Touch(Action.TERMINATE, OptionalInt.empty(), "outside the Euro-Atlantic area: " + Area.why(m)));
        }
    }

    /** Cap every mission's personnel at {@code cap} by {@code by}; a mission whose personnel is unknown cannot be assessed. */
    record PersonnelCap(int cap, LocalDate by) implements ResetProfile {
        public PersonnelCap {
            if (cap < 0) throw new IllegalArgumentException("cap must not be negative, got " + cap);
            Objects.requireNonNull(by, "by");
        }

        @Override public String code() { return "cap-" + cap; }

        @Override public String statement() {
            return "Cap every mission at " + String.format(java.util.Locale.ROOT, "%,d", cap) + " personnel by " + by
                    + "; a mission whose personnel is unknown is listed as not assessed.";
        }

        @Override public Optional<Touch> touch(Mission m, Personnel p) {
            if (!p.known() || p.actual().getAsInt() <= cap) return Optional.empty();
            return Optional.of(new Touch(Action.REDUCE, OptionalInt.of(cap), "personnel " + p.text() + " (" + p.date().orElse("") + ") is above the cap"));
        }
    }

    static String words(CoreTask t) { return t.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '); }
}
