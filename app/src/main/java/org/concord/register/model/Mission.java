package org.concord.register.model;

import org.concord.shared.CalendarDate;
import org.concord.shared.Iso3;
import org.concord.shared.Provenance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A NATO mission or operation with its mandate, lifecycle and strength over time.
 *
 * @param leads          the nations in a leading role (commander, framework or lead nation), each for its period;
 *                       never null
 * @param contributions  personnel of named contributing nations on dated figures, where a source gives them
 * @param reviewCycle    how often the mission is reviewed, if known or assumed
 * @param commonFundedCost the common-funded cost in a year, where a source gives it
 * @param classification its marking and releasability, e.g. {@code PUBLIC} or {@code NATO RESTRICTED REL UKR}
 * @param version optimistic-lock version, incremented on every write; 0 for a record not yet stored
 */
public record Mission(MissionId id, String name, Optional<String> acronym, String kind,
                      CoreTask coreTask, Optional<CoreTask> secondaryCoreTask, Optional<String> coreTaskBasis,
                      String legalBasis, Optional<String> area, Optional<Iso3> hostNation,
                      CalendarDate start, Optional<CalendarDate> end, Optional<CalendarDate> scheduledEnd,
                      MissionStatus status, List<StrengthPoint> strength,
                      List<LeadTerm> leads, List<Iso3> contributors, List<Iso3> partnerContributors,
                      List<Contribution> contributions, Optional<ReviewCycle> reviewCycle, Optional<FundedCost> commonFundedCost,
                      Optional<String> note, Provenance provenance, String classification, long version) {
    public Mission {
        Objects.requireNonNull(id, "id");
        requireText("name", name);
        acronym = orEmpty(acronym);
        requireText("kind", kind);
        Objects.requireNonNull(coreTask, "coreTask");
        requireText("legalBasis", legalBasis);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(provenance, "provenance");
        requireText("classification", classification);
        secondaryCoreTask = orEmpty(secondaryCoreTask);
        coreTaskBasis = orEmpty(coreTaskBasis);
        area = orEmpty(area);
        hostNation = orEmpty(hostNation);
        end = orEmpty(end);
        scheduledEnd = orEmpty(scheduledEnd);
        note = orEmpty(note);
        strength = List.copyOf(strength).stream().sorted(Comparator.comparing(StrengthPoint::date)).toList();
        leads = List.copyOf(leads).stream()
                .sorted(Comparator.comparing((LeadTerm l) -> l.from().map(CalendarDate::first).orElse(LocalDate.MIN))).toList();
        contributors = List.copyOf(contributors);
        partnerContributors = List.copyOf(partnerContributors);
        contributions = contributions == null ? List.of() : List.copyOf(contributions);
        reviewCycle = orEmpty(reviewCycle);
        commonFundedCost = orEmpty(commonFundedCost);
        end.ifPresent(e -> {
            if (e.last().isBefore(start.first())) throw new IllegalArgumentException("end " + e + " is before the start " + start);
        });
        scheduledEnd.ifPresent(e -> {
            if (e.last().isBefore(start.first())) throw new IllegalArgumentException("scheduledEnd " + e + " is before the start " + start);
        });
        if (status == MissionStatus.TERMINATED && end.isEmpty())
            throw new IllegalArgumentException("a TERMINATED mission needs an end date");
        if (version < 0) throw new IllegalArgumentException("version must not be negative, got " + version);
    }

    static void requireText(String field, String value) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(field + " must not be blank");
    }

    static <T> Optional<T> orEmpty(Optional<T> o) { return o == null ? Optional.empty() : o; }

    /** The most recent strength point with a figure (actual or authorised), else the most recent point, if any. */
    public Optional<StrengthPoint> latestStrength() {
        for (int i = strength.size() - 1; i >= 0; i--)
            if (strength.get(i).actual().isPresent() || strength.get(i).authorised().isPresent()) return Optional.of(strength.get(i));
        return strength.isEmpty() ? Optional.empty() : Optional.of(strength.get(strength.size() - 1));
    }

    /** Every nation that held a leading role at some time, in the order of their first term, each once. */
    List<Iso3> leadNations() {
        return leads.stream().map(LeadTerm::nation).distinct().toList();
    }

    /**
     * The nations in a leading role on {@code day}, in term order, each once: none before the start or after the end of
     * the mission.
     */
    public List<Iso3> leadNationsOn(LocalDate day) {
        if (!runningOn(day)) return List.of();
        return leads.stream().filter(l -> l.holdsOn(day)).map(LeadTerm::nation).distinct().toList();
    }

    /** Whether the mission was running on {@code date} (started, and not yet ended). */
    public boolean runningOn(LocalDate date) {
        return !start.first().isAfter(date) && end.map(e -> !e.last().isBefore(date)).orElse(true);
    }

    /** The same mission with another review cycle. */
    Mission withReviewCycle(Optional<ReviewCycle> cycle) {
        return new Mission(id, name, acronym, kind, coreTask, secondaryCoreTask, coreTaskBasis, legalBasis, area, hostNation,
                start, end, scheduledEnd, status, strength, leads, contributors, partnerContributors, contributions, cycle,
                commonFundedCost, note, provenance, classification, version);
    }

    /** The same mission under another marking. */
    public Mission withClassification(String marking) {
        return new Mission(id, name, acronym, kind, coreTask, secondaryCoreTask, coreTaskBasis, legalBasis, area, hostNation,
                start, end, scheduledEnd, status, strength, leads, contributors, partnerContributors, contributions, reviewCycle, commonFundedCost, note, provenance, marking, version);
    }

    public Mission withVersion(long v) {
        return new Mission(id, name, acronym, kind, coreTask, secondaryCoreTask, coreTaskBasis, legalBasis, area, hostNation,
                start, end, scheduledEnd, status, strength, leads, contributors, partnerContributors, contributions, reviewCycle, commonFundedCost, note, provenance, classification, v);
    }

    /** The mission terminated on {@code endDate} (status TERMINATED when the date has passed by {@code today}, else scheduled). */
    public Mission terminatedBy(LocalDate endDate, LocalDate today) {
        boolean past = !endDate.isAfter(today);
        return new Mission(id, name, acronym, kind, coreTask, secondaryCoreTask, coreTaskBasis, legalBasis, area, hostNation,
                start, past ? Optional.of(CalendarDate.of(endDate)) : end, Optional.of(CalendarDate.of(endDate)),
                past ? MissionStatus.TERMINATED : MissionStatus.DRAWING_DOWN, strength, leads, contributors,
                partnerContributors, contributions, reviewCycle, commonFundedCost, note, provenance, classification, version);
    }

    /** The mission with a new scheduled end (an extension). */
    public Mission extendedTo(LocalDate newEnd) {
        return new Mission(id, name, acronym, kind, coreTask, secondaryCoreTask, coreTaskBasis, legalBasis, area, hostNation,
                start, end, Optional.of(CalendarDate.of(newEnd)), status, strength, leads, contributors,
                partnerContributors, contributions, reviewCycle, commonFundedCost, note, provenance, classification, version);
    }

    /** The mission with a changed legal basis or mandate text. */
    public Mission withMandate(String mandate) {
        return new Mission(id, name, acronym, kind, coreTask, secondaryCoreTask, coreTaskBasis, mandate, area, hostNation,
                start, end, scheduledEnd, status, strength, leads, contributors, partnerContributors, contributions, reviewCycle, commonFundedCost, note, provenance, classification, version);
    }

    /** The mission drawing down, with no target figure set. */
    public Mission drawingDown() {
        MissionStatus next = status == MissionStatus.PLANNED || status == MissionStatus.TERMINATED ? status : MissionStatus.DRAWING_DOWN;
        return new Mission(id, name, acronym, kind, coreTask, secondaryCoreTask, coreTaskBasis, legalBasis, area, hostNation,
                start, end, scheduledEnd, next, strength, leads, contributors, partnerContributors, contributions, reviewCycle, commonFundedCost, note, provenance, classification, version);
    }

    /** The mission with a planned (authorised) strength by a date, drawing down or residual. */
    public Mission reducedTo(int targetStrength, LocalDate byDate, Provenance decision) {
        var points = new java.util.ArrayList<>(strength);
        points.add(new StrengthPoint(CalendarDate.of(byDate), java.util.OptionalInt.empty(), java.util.OptionalInt.of(targetStrength),
                Qualifier.EXACT, java.util.OptionalInt.empty(), Optional.of("planned by Council decision"), decision));
        MissionStatus next = status == MissionStatus.PLANNED ? MissionStatus.PLANNED : MissionStatus.DRAWING_DOWN;
        return new Mission(id, name, acronym, kind, coreTask, secondaryCoreTask, coreTaskBasis, legalBasis, area, hostNation,
                start, end, scheduledEnd, next, points, leads, contributors, partnerContributors, contributions, reviewCycle, commonFundedCost, note, provenance, classification, version);
    }
}
