package org.concord.web.pages;

import java.util.List;

/** The models of the desk's list pages and home page, as their templates show them. */
public final class Pages {
    private Pages() {}

    /** An option of a filter or form select; {@code selected} marks the current one. */
    public record Choice(String value, String label, boolean selected) {}

    /**
     * A decision item in a list: {@code effect} in words, {@code deadline} of a running silence with its countdown.
     *
     * @param deadlineAt the deadline as an ISO-8601 instant (for {@code <time datetime>}), null without a running silence
     * @param leftMs     milliseconds left to the deadline when the page was made, for the ticking countdown; null without one
     */
    public record ItemRow(String id, String subject, String status, String body, String classification, String consensus,
                          String effect, String deadline, String countdown, String decided, String deadlineAt, Long leftMs) {}

    public record MissionRow(String id, String name, String status, String coreTask, String strength, String strengthDate) {}

    public record EventRow(String id, String name, String place, String start, String end, String status) {}

    public record ForecastRow(long id, String issue, String model, String at, String passes) {}

    public record IssueRow(String id, String title, String item, String lastForecast, int stances, String why) {}

    public record StanceRow(long id, String issue, String actor, String reportedOn, String grade, String position, String source) {}

    /**
     * The home page for the viewer's role. Lists a role does not use are empty and not shown.
     *
     * @param awaiting   (delegation) open items on which its nation has no position yet
     * @param breakable  (delegation) running silence procedures it may still break, with deadlines
     * @param ready      (chair) open items nothing blocks
     * @param silences   (chair) running silence procedures by deadline
     * @param blocked    (chair) items blocked, and by whom
     * @param stale      (analyst) issues with no forecast or a stance newer than their last forecast
     * @param newStances (analyst) stances reported in the last 30 days
     */
    public record HomePage(Viewer viewer, String organisation, String today, int members, boolean delegation, boolean chair, boolean analyst,
                           List<ItemRow> awaiting, List<ItemRow> breakable, List<ItemRow> ready, List<ItemRow> silences, List<ItemRow> blocked,
                           List<IssueRow> stale, List<StanceRow> newStances, List<ItemRow> open, List<ItemRow> decided,
                           List<EventRow> upcoming, List<MissionRow> missions, boolean mayRaise, List<ReviewsPart.DueRow> reviewsDue,
                           List<ItemRow> drafts) {}

    public record ItemsPage(Viewer viewer, List<ItemRow> items, List<Choice> statuses, List<Choice> bodies, List<Choice> markings,
                            int page, int pages, int total, String prev, String next, boolean mayRaise) {}

    public record MissionsPage(Viewer viewer, List<MissionRow> missions, List<Choice> statuses, List<Choice> coreTasks) {}

    public record EventsPage(Viewer viewer, String today, List<EventRow> upcoming, List<EventRow> past) {}

    public record SessionRow(String id, String title, String date, String formality, String level, String body) {}

    /** One row of the invitation matrix: a country, and its status in each session (same order as the sessions). */
    public record MatrixRow(String country, List<MatrixCell> cells) {}

    public record MatrixCell(String symbol, String word, String tone) {}

    public record EventPage(Viewer viewer, String id, String name, String kind, String place, String start, String end, String status,
                            String note, List<SessionRow> sessions, List<SessionRow> matrixSessions, List<MatrixRow> matrix, List<ItemRow> pending,
                            List<String> sources) {}

    public record MemberRow(String iso3, String name, String accession, String left) {}

    public record MembersPage(Viewer viewer, String asOf, List<MemberRow> members) {}

    public record PartnerRow(String iso3, String name, String frameworks, String note) {}

    public record PartnersPage(Viewer viewer, List<PartnerRow> partners) {}

    public record JournalRow(long seq, String at, String actor, String type, String subject, String subjectHref) {}

    public record JournalPage(Viewer viewer, String subject, String type, List<JournalRow> entries, String next, String note) {}

    public record ForecastsPage(Viewer viewer, List<IssueRow> issues, List<ForecastRow> forecasts, boolean mayDefine) {}

    /**
     * The form to raise an item: first the effect type, then the fields that effect needs, each target chosen from the register.
     */
    public record RaisePage(Viewer viewer, String type, List<Choice> types, List<Choice> proposers, List<Choice> bodies, List<Choice> levels,
                            List<Choice> markings, List<Choice> missions, List<Choice> events, List<Choice> sessions, List<Choice> partners,
                            List<Choice> formalities, boolean needsMission, boolean launch, boolean needsEvent, boolean needsSession,
                            boolean needsPartner, boolean needsPartners, List<String> errors, java.util.Map<String, List<String>> sent) {

        /** What a refused raise sent in {@code field}, or null (the form shows its default). */
        public String sent(String field) {
            List<String> v = sent.get(field);
            return v == null || v.isEmpty() ? null : v.getFirst();
        }

        /** Whether {@code c} is selected: as a refused raise sent {@code field}, else as the form's default. */
        public boolean selected(String field, Choice c) {
            List<String> v = sent.get(field);
            return v == null ? c.selected() : v.contains(c.value());
        }
    }
}
