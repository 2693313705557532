package org.concord.procedure.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.concord.shared.Iso3;

/**
 * What an adoption produces: the agreed text, the effect to apply to the register, and everything that travels with
 * the decision. It says "agreed", never a tally (R1): the required set is recorded for audit, not as votes.
 *
 * @param item        the adopted item, must not be null
 * @param body        the body that adopted it, must not be null
 * @param level       the level it was adopted at, must not be null
 * @param subject     the item's subject, must not be blank
 * @param text        the adopted text version, must not be null
 * @param effect      what the integrator applies to the register, must not be null
 * @param adoptedAt   when it was adopted: the deadline for a silence procedure (R3d), must not be null
 * @param basis       R1 (consensus noted), R3(d) (silence) or R11 (chair prerogative), must not be null
 * @param requiredSet the required set at adoption, sorted (R2), never null
 * @param footnotes   the standing footnotes, by member (R4), never null
 * @param exemptions  non-participation and qualified abstentions, by member (R6, R7), never null
 */
public record AdoptedDecision(ItemId item, BodyId body, Level level, String subject, TextVersion text, Effect effect,
                              Instant adoptedAt, Rule basis, List<Iso3> requiredSet, List<MemberFootnote> footnotes,
                              List<Exemption> exemptions) {
    public AdoptedDecision {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(level, "level");
        Slugs.text("subject", subject);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(adoptedAt, "adoptedAt");
        Objects.requireNonNull(basis, "basis");
        requiredSet = List.copyOf(Objects.requireNonNull(requiredSet, "requiredSet"));
        footnotes = List.copyOf(Objects.requireNonNull(footnotes, "footnotes"));
        exemptions = List.copyOf(Objects.requireNonNull(exemptions, "exemptions"));
    }

    /** The decision {@code item} would make now, with the standing positions of the members of {@code required}. */
    static AdoptedDecision of(DecisionItem item, Set<Iso3> required, Instant adoptedAt, Rule basis) {
        List<MemberFootnote> footnotes = new ArrayList<>();
        List<Exemption> exemptions = new ArrayList<>();
        item.standingPositions().forEach((member, entry) -> {
            if (!required.contains(member)) return;
            switch (entry.position()) {
                case Position.SupportWithStatement s -> footnotes.add(new MemberFootnote(member, s.footnote(), entry.textVersion()));
                case Position.NonParticipating n -> exemptions.add(new Exemption(member, ExemptionKind.NON_PARTICIPATION, n.terms()));
                case Position.QualifiedAbstain q -> exemptions.add(
                        new Exemption(member, ExemptionKind.QUALIFIED_ABSTENTION, Exemption.QUALIFIED_ABSTENTION_TERMS));
                case Position.Objection o -> { }
                case Position.Reservation r -> { }
                case Position.AdReferendum a -> { }
                case Position.Support s -> { }
                case Position.Abstain a -> { }
                case Position.Silent s -> { }
                case Position.Unknown u -> { }
            }
        });
        return new AdoptedDecision(item.id(), item.body(), item.level(), item.subject(), item.currentText(),
                item.effect(), adoptedAt, basis, required.stream().sorted().toList(), footnotes, exemptions);
    }
}
