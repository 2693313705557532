package org.concord.web.pages;

import org.concord.procedure.data.ItemView;

import java.util.List;

/** One decision item as its page shows it; {@code silence} and {@code adoption} are null when there is none. */
public record ItemPage(String id, String subject, String classification, String body, String level, String proposer, String status,
                       long version, String raisedAt, String lastActAt, List<ItemView.Text> texts, List<PositionRow> positions,
                       String excluded, SilenceRow silence, String consensus, String consensusRule, AdoptionRow adoption) {

    /** A standing position; {@code position} carries its qualifier (level, footnote, terms) when it has one. */
    public record PositionRow(String member, String position, String act, String reference, String recordedBy, String at) {}

    public record SilenceRow(int number, int textVersion, String openedAt, String deadline, String breakers, String phase) {}

    public record AdoptionRow(String adoptedAt, String basis, List<FootnoteRow> footnotes, List<ItemView.ExemptionView> exemptions) {}

    public record FootnoteRow(String member, String text, String clause, int textVersion) {}

    static ItemPage of(ItemView v) {
        var s = v.silence();
        var a = v.adoption();
        return new ItemPage(v.id(), v.subject(), v.classification(), v.body(), v.level(), v.proposer(), v.status(), v.version(),
                Display.instant(v.raisedAt()), Display.instant(v.lastActAt()), v.texts(),
                v.positions().stream().map(ItemPage::position).toList(),
                v.excluded() == null || v.excluded().isEmpty() ? null : String.join(", ", v.excluded()),
                s == null ? null : new SilenceRow(s.number(), s.textVersion(), Display.instant(s.openedAt()), Display.instant(s.deadline()),
                        Display.list(s.breakers()), s.phase()),
                DeskPage.consensusOf(v.consensus()), v.consensus() == null ? null : v.consensus().rule(),
                a == null ? null : new AdoptionRow(Display.instant(a.adoptedAt()), a.basis(),
                        a.footnotes().stream().map(f -> new FootnoteRow(f.member(), f.text(), Display.text(f.clause()), f.textVersion())).toList(),
                        a.exemptions()));
    }

    private static PositionRow position(ItemView.PositionView p) {
        StringBuilder position = new StringBuilder(p.position());
        if (p.fromLevel() != null) position.append(" from ").append(p.fromLevel());
        if (p.footnote() != null) position.append(": \u201c").append(p.footnote()).append('\u201d');
        if (p.clause() != null) position.append(" (clause ").append(p.clause()).append(')');
        if (p.terms() != null) position.append(" (").append(p.terms()).append(')');
        return new PositionRow(p.member(), position.toString(), p.act() + " on text " + p.textVersion(), Display.text(p.reference()),
                p.recordedBy(), Display.instant(p.at()));
    }
}
