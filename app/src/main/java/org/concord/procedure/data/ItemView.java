package org.concord.procedure.data;

import org.concord.procedure.model.Consensus;
import org.concord.procedure.model.DecisionItem;
import org.concord.procedure.model.Position;
import org.concord.procedure.model.PositionEntry;
import org.concord.procedure.model.Proposer;
import org.concord.procedure.model.SilenceProcedure;
import org.concord.shared.Iso3;

import java.time.Instant;
import java.util.List;

/**
 * A decision item as the API and the CLI show it, with its version for the next write and its consensus status.
 * {@code excluded} lists the members left out of its required set by consensus-minus-one (R2). {@code history} is
 * every position entry in order; only a single item's read carries it (write answers leave it out, and list rows
 * leave out the standing positions too).
 */
public record ItemView(String id, long version, String classification, String body, String level, String proposer, String subject, String status,
                       boolean sealed, EffectRequest effect, List<Text> texts, List<PositionView> positions,
                       List<PositionView> history, List<String> excluded, SilenceView silence, ConsensusView consensus, AdoptionView adoption,
                       String reopenedFrom, Instant raisedAt, Instant lastActAt) {

    public record Text(int number, String text) {}

    public record PositionView(String member, String position, String fromLevel, String footnote, String clause, String terms,
                               String act, String reference, String recordedBy, Instant at, int textVersion, String rule) {}

    public record SilenceView(int number, int textVersion, Instant openedAt, Instant deadline, List<String> breakers, String phase) {}

    public record ConsensusView(boolean reached, String rule, List<String> blocking, String reason, int requiredSet) {}

    public record AdoptionView(Instant adoptedAt, String basis, List<FootnoteView> footnotes, List<ExemptionView> exemptions, int requiredSet) {}

    public record FootnoteView(String member, String text, String clause, int textVersion) {}

    public record ExemptionView(String member, String kind, String terms) {}

    public static ItemView of(DecisionItem item, long version, String classification, Consensus consensus) {
        return new ItemView(item.id().value(), version, classification, item.body().value(), item.level().name(),
                switch (item.proposer()) {
                    case Proposer.Member m -> m.nation().code();
                    case Proposer.Chair c -> "CHAIR";
                },
                item.subject(), item.status().name(), item.sealed(), EffectRequest.from(item.effect()),
                item.texts().stream().map(t -> new Text(t.number(), t.text())).toList(),
                item.standingPositions().values().stream().map(ItemView::position).toList(),
                item.positions().stream().map(ItemView::position).toList(),
                item.excluded().stream().map(Iso3::code).toList(),
                item.silences().isEmpty() ? null : silence(item.silences().get(item.silences().size() - 1)),
                switch (consensus) {
                    case Consensus.Reached r -> new ConsensusView(true, null, List.of(), null, r.requiredSet().size());
                    case Consensus.NotReached n -> new ConsensusView(false, n.rule().citation(), n.members().stream().map(Iso3::code).toList(), n.reason(), 0);
                },
                item.adoption().map(a -> new AdoptionView(a.adoptedAt(), a.basis().citation(),
                        a.footnotes().stream().map(f -> new FootnoteView(f.member().code(), f.footnote().text(),
                                f.footnote().scope() instanceof org.concord.procedure.model.FootnoteScope.Clause c ? c.clause() : null, f.textVersion())).toList(),
                        a.exemptions().stream().map(x -> new ExemptionView(x.member().code(), x.kind().name(), x.terms())).toList(),
                        a.requiredSet().size())).orElse(null),
                item.reopenedFrom().map(Object::toString).orElse(null), item.raisedAt(), item.lastActAt());
    }

    /** The same view without the position history (lists and write answers carry none; it is paged on its own). */
    public ItemView withoutHistory() {
        return new ItemView(id, version, classification, body, level, proposer, subject, status, sealed, effect, texts, positions,
                null, excluded, silence, consensus, adoption, reopenedFrom, raisedAt, lastActAt);
    }

    /**
     * The item as a list shows it: without its positions and their history (a single item's read carries them), so a
     * page of fifty rows stays small however many acts the items have.
     */
    public ItemView asListRow() {
        return new ItemView(id, version, classification, body, level, proposer, subject, status, sealed, effect, texts, null,
                null, excluded, silence, consensus, adoption, reopenedFrom, raisedAt, lastActAt);
    }

    /** One position entry as shown. */
    public static PositionView position(PositionEntry e) {
        String fromLevel = e.position() instanceof Position.Objection o ? o.fromLevel().name() : null;
        String footnote = null, clause = null, terms = null;
        if (e.position() instanceof Position.SupportWithStatement s) {
            footnote = s.footnote().text();
            if (s.footnote().scope() instanceof org.concord.procedure.model.FootnoteScope.Clause c) clause = c.clause();
        }
        if (e.position() instanceof Position.NonParticipating n) terms = n.terms();
        return new PositionView(e.member().code(), e.position().kind().name(), fromLevel, footnote, clause, terms, e.act().form().name(),
                e.act().reference(), e.recordedBy().user() + " (" + e.recordedBy().role() + ")", e.at(), e.textVersion(), e.rule().citation());
    }

    static SilenceView silence(SilenceProcedure s) {
        return new SilenceView(s.number(), s.textVersion(), s.openedAt(), s.deadline(), s.breakers().stream().map(Iso3::code).toList(), s.phase().name());
    }
}
