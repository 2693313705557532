package org.concord.web.pages;

import java.util.List;
import java.util.Map;

/**
 * A decision item as its consensus board shows it: one cell per required member, the effect in words with links, what
 * the adoption changed, the silence procedure, the timeline of every act, and the forms the viewer may use.
 *
 * @param version the version the forms carry: a write based on an older one is refused and the page shows why
 */
public record ItemPage(Viewer viewer, String id, String subject, String classification, String body, String level, String proposer,
                       String status, long version, boolean sealed, String consensus, boolean blocked, List<Segment> effect,
                       List<Change> changes, String changesNote, List<Text> texts, List<Cell> cells, List<Tally> tally,
                       Silence silence, Adoption adoption, List<Act> timeline, String timelineNote, Forms forms, Notice notice,
                       String reopenedFrom, String live, boolean forecaster, Analysis analysis) {

    /** The same page with its options and risks (built for a page view, not for the live board's polls). */
    ItemPage withAnalysis(Analysis a) {
        return new ItemPage(viewer, id, subject, classification, body, level, proposer, status, version, sealed, consensus, blocked, effect,
                changes, changesNote, texts, cells, tally, silence, adoption, timeline, timelineNote, forms, notice, reopenedFrom, live,
                forecaster, a);
    }

    /** A piece of running text, linked when {@code href} is not null. */
    public record Segment(String text, String href) {}

    /** One field the adoption changed in the register. */
    public record Change(String record, String href, String field, String before, String after) {}

    public record Text(int number, String text) {}

    /**
     * A member's cell on the board: its standing position as a word and a symbol (colour is never the only signal).
     *
     * @param tone   the CSS class of its colour: support, object, reserve, neutral, none
     * @param detail footnote, level limit, terms or reference, when any
     */
    public record Cell(String member, String name, String symbol, String word, String tone, String detail, String at, boolean blocks, boolean brokeSilence) {}

    /** How many cells stand at each position. */
    public record Tally(String word, int count, String tone) {}

    /**
     * @param deadlineAt the deadline as an ISO-8601 instant
     * @param leftMs     milliseconds left to the deadline when the page was made (for the ticking countdown); null unless running
     */
    public record Silence(int number, int textVersion, String opened, String deadline, String countdown, String phase, String breakers, boolean running,
                          String deadlineAt, Long leftMs) {}

    public record Adoption(String at, String basis, List<Footnote> footnotes, List<String> exemptions) {}

    public record Footnote(String member, String text, String clause, int textVersion) {}

    /** One act of the timeline, from the journal. */
    public record Act(long seq, String at, String actor, String what, String detail, String tone) {}

    /** An option of a select list. */
    public record Option(String value, String label) {}

    /**
     * The forms the viewer may use, decided by the access policy (the service checks again on every write).
     *
     * @param member the delegation's own nation when it may record a position on this item, else null
     */
    public record Forms(String member, boolean position, boolean breakSilence, boolean withdrawFootnote, boolean openSilence,
                        boolean adopt, boolean withdraw, boolean move, boolean reopen, List<Option> positions, List<Option> levels,
                        List<Option> acts, List<Option> bodies, String defaultDeadline, boolean raiseDraft) {
        public boolean any() { return position || breakSilence || withdrawFootnote || openSilence || adopt || withdraw || move || reopen || raiseDraft; }
    }

    /**
     * What happened to the viewer's last form: {@code kind} is done, conflict or error.
     *
     * @param form the refused form ({@code position}, {@code break}, ...), null when none was refused
     * @param sent the fields that form sent, shown in it again so that a refusal loses no input
     */
    public record Notice(String kind, String text, List<String> violations, String form, Map<String, String> sent) {
        public Notice(String kind, String text, List<String> violations) {
            this(kind, text, violations, null, Map.of());
        }
    }

    /** The value of {@code field} as the refused {@code form} sent it, or null (the form shows its default). */
    public String sent(String form, String field) {
        return notice == null || !form.equals(notice.form()) ? null : notice.sent().get(field);
    }

    /** Whether the refused {@code form} sent {@code value} in {@code field}. */
    public boolean sentIs(String form, String field, String value) {
        return value.equals(sent(form, field));
    }
}
