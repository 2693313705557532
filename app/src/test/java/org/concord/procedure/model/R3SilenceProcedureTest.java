package org.concord.procedure.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.concord.procedure.model.Decision.Accepted;
import org.concord.procedure.model.Decision.Refused;
import org.concord.procedure.model.ProcedureEvent.LateSilenceBreakLogged;
import org.concord.procedure.model.ProcedureEvent.SilenceCancelled;
import org.concord.procedure.model.ProcedureEvent.SilenceClosed;
import org.concord.shared.Iso3;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class R3SilenceProcedureTest {
    private static final Duration FOUR_DAYS = Duration.ofDays(4);

    @Nested
    class R3a_the_chair_opens_on_a_fixed_text_with_a_deadline {
        @Test
        void R3a_only_the_chair_opens_a_silence_procedure() {
            Scenario s = Scenario.nato();

            Refused refused = s.refuse((i, t) -> i.openSilence(1, t.plus(FOUR_DAYS), Scenario.delegation("USA"), s.membership, t));

            assertThat(refused.rule()).isEqualTo(Rule.R3A_CHAIR_OPENS_SILENCE);
        }

        @Test
        void R3a_silence_runs_on_the_current_text_version_only() {
            Scenario s = Scenario.nato();
            s.accept((i, t) -> i.addTextVersion("Draft text v2", Scenario.CHAIR, t));

            Refused refused = s.refuse((i, t) -> i.openSilence(1, t.plus(FOUR_DAYS), Scenario.CHAIR, s.membership, t));

            assertThat(refused.rule()).isEqualTo(Rule.R3A_CHAIR_OPENS_SILENCE);
            assertThat(refused.reason()).contains("current text version 2");
            s.accept((i, t) -> i.openSilence(2, t.plus(FOUR_DAYS), Scenario.CHAIR, s.membership, t));
            assertThat(s.item.runningSilence()).hasValueSatisfying(p -> assertThat(p.textVersion()).isEqualTo(2));
        }

        @Test
        void R3a_the_deadline_must_be_after_now() {
            Scenario s = Scenario.nato();

            Refused refused = s.refuse((i, t) -> i.openSilence(1, t, Scenario.CHAIR, s.membership, t));

            assertThat(refused.reason()).contains("must be after");
        }

        @Test
        void R3a_a_second_procedure_does_not_open_while_one_runs() {
            Scenario s = Scenario.nato();
            s.openSilence(FOUR_DAYS);

            Refused refused = s.refuse((i, t) -> i.openSilence(1, t.plus(FOUR_DAYS), Scenario.CHAIR, s.membership, t));

            assertThat(refused.reason()).contains("already runs");
        }

        @Test
        void R3a_the_chair_may_move_the_deadline_and_the_change_is_an_event() {
            Scenario s = Scenario.nato();
            s.openSilence(FOUR_DAYS);
            Instant later = s.deadline().plus(Duration.ofDays(1));

            s.accept((i, t) -> i.changeSilenceDeadline(later, Scenario.CHAIR, t));

            assertThat(s.deadline()).isEqualTo(later);
            assertThat(s.events(ProcedureEvent.SilenceDeadlineChanged.class)).singleElement()
                    .satisfies(e -> assertThat(e.previousDeadline()).isEqualTo(Scenario.T0.plus(FOUR_DAYS)));
            assertThat(s.refuse((i, t) -> i.changeSilenceDeadline(later, Scenario.delegation("FRA"), t)).rule())
                    .isEqualTo(Rule.R3A_CHAIR_OPENS_SILENCE);
        }
    }

    @Nested
    class R3b_opening_needs_consensus_where_configured {
        private final BodyId pc = BodyId.of("pc");
        private final TableMembership osceSample = new TableMembership(Map.of(pc, Map.of(
                Iso3.of("AUT"), LocalDate.of(1973, 7, 3), Iso3.of("RUS"), LocalDate.of(1973, 7, 3),
                Iso3.of("USA"), LocalDate.of(1973, 7, 3))), Map.of());

        @Test
        void R3b_under_osce_a_standing_objection_prevents_opening() {
            Scenario s = Scenario.raised(ProcedureConfig.osce(), osceSample, pc, Level.AMBASSADORS,
                    new Effect.AdoptStatement("Decision"), Scenario.T0).object("RUS");

            Refused refused = s.refuse((i, t) -> i.openSilence(1, t.plus(FOUR_DAYS), Scenario.CHAIR, s.membership, t));

            assertThat(refused.rule()).isEqualTo(Rule.R3B_OPENING_SILENCE_NEEDS_CONSENSUS);
            assertThat(refused.reason()).contains("RUS");
            s.support("RUS");
            assertThat(s.openSilence(FOUR_DAYS).events().get(0))
                    .isInstanceOfSatisfying(ProcedureEvent.SilenceOpened.class,
                            e -> assertThat(e.rule()).isEqualTo(Rule.R3B_OPENING_SILENCE_NEEDS_CONSENSUS));
        }

        @Test
        void R3b_under_nato_the_chair_opens_over_a_standing_objection_which_counts_as_a_break_at_the_deadline() {
            Scenario s = Scenario.nato().object("TUR");
            s.openSilence(FOUR_DAYS);

            s.at(s.deadline()).close();

            assertThat(s.item.status()).isEqualTo(ItemStatus.SILENCE_BROKEN);
            assertThat(s.events(SilenceClosed.class)).singleElement()
                    .satisfies(e -> assertThat(e.breakers()).containsExactly(Iso3.of("TUR")));
        }

        @Test
        void R3b_under_nato_an_objection_lifted_before_the_deadline_lets_the_silence_succeed() {
            Scenario s = Scenario.nato().object("TUR");
            s.openSilence(FOUR_DAYS);
            s.later(Duration.ofDays(1)).support("TUR");

            s.at(s.deadline()).close();

            assertThat(s.item.status()).isEqualTo(ItemStatus.ADOPTED);
        }
    }

    @Nested
    class R3c_silence_is_broken_only_by_a_formal_attributable_act {
        @Test
        void R3c_a_letter_before_the_deadline_breaks_silence_and_stands_as_an_objection() {
            Scenario s = Scenario.nato();
            s.openSilence(FOUR_DAYS);

            s.later(Duration.ofDays(2));
            Accepted broken = (Accepted) s.breakSilence("FRA");

            assertThat(broken.events()).hasSize(2);
            assertThat(s.item.runningSilence().orElseThrow().breakers()).containsExactly(Iso3.of("FRA"));
            assertThat(s.item.positionOf(Iso3.of("FRA"))).isEqualTo(Position.Objection.atEveryLevel());
            assertThat(s.item.standingPositions().get(Iso3.of("FRA")).act().reference()).isEqualTo("letter-FRA");
        }

        @Test
        void R3c_a_statement_in_session_or_an_unreferenced_act_does_not_break_silence() {
            Scenario s = Scenario.nato();
            s.openSilence(FOUR_DAYS);

            Refused inSession = s.refuse((i, t) -> i.breakSilence(Iso3.of("FRA"), OfficialAct.inSession("PV(2025)12"),
                    Scenario.delegation("FRA"), s.membership, t));
            Refused unreferenced = s.refuse((i, t) -> i.breakSilence(Iso3.of("FRA"),
                    new OfficialAct(ActForm.LETTER, null), Scenario.delegation("FRA"), s.membership, t));

            assertThat(inSession.rule()).isEqualTo(Rule.R3C_BREAK_BY_FORMAL_ACT);
            assertThat(unreferenced.reason()).contains("without a reference");
        }

        @Test
        void R3c_under_silence_an_objection_is_made_by_breaking_silence_not_as_a_plain_position() {
            Scenario s = Scenario.nato();
            s.openSilence(FOUR_DAYS);

            Refused refused = (Refused) s.position("FRA", Position.Objection.atEveryLevel());

            assertThat(refused.rule()).isEqualTo(Rule.R3C_BREAK_BY_FORMAL_ACT);
            assertThat(s.position("FRA", new Position.Support())).isInstanceOf(Accepted.class);
        }

        @Test
        void R3c_a_member_breaks_silence_for_itself_only() {
            Scenario s = Scenario.nato();
            s.openSilence(FOUR_DAYS);

            Refused refused = s.refuse((i, t) -> i.breakSilence(Iso3.of("FRA"), OfficialAct.letter("L-1"),
                    Scenario.delegation("DEU"), s.membership, t));

            assertThat(refused.rule()).isEqualTo(Rule.R9_OFFICIAL_ACTS_ONLY);
        }

        @Test
        void R3c_there_is_no_silence_to_break_before_one_is_opened() {
            Scenario s = Scenario.nato();

            assertThat(((Refused) s.breakSilence("FRA")).reason()).contains("no silence procedure was opened");
        }
    }

    @Nested
    class R3d_the_outcome_at_the_deadline {
        @Test
        void R3d_no_break_by_the_deadline_adopts_at_the_deadline() {
            Scenario s = Scenario.nato();
            s.openSilence(FOUR_DAYS);
            Instant deadline = s.deadline();

            Accepted closed = (Accepted) s.at(deadline.plus(Duration.ofMinutes(3))).close();

            assertThat(s.item.status()).isEqualTo(ItemStatus.ADOPTED);
            assertThat(s.item.sealed()).isTrue();
            assertThat(closed.adopted()).hasValueSatisfying(d -> {
                assertThat(d.adoptedAt()).isEqualTo(deadline);
                assertThat(d.basis()).isEqualTo(Rule.R3D_OUTCOME_AT_DEADLINE);
                assertThat(d.text().number()).isEqualTo(1);
            });
            assertThat(s.item.silences()).singleElement().satisfies(p -> assertThat(p.phase()).isEqualTo(SilencePhase.ADOPTED));
        }

        @Test
        void R3d_a_break_sends_the_item_back_to_discussion() {
            Scenario s = Scenario.nato();
            s.openSilence(FOUR_DAYS);
            s.later(Duration.ofDays(1)).breakSilence("FRA");
            s.later(Duration.ofHours(2)).breakSilence("DEU");
            s.breakSilence("BEL");

            s.at(s.deadline()).close();

            assertThat(s.item.status()).isEqualTo(ItemStatus.SILENCE_BROKEN);
            assertThat(s.item.sealed()).isFalse();
            assertThat(s.events(SilenceClosed.class)).singleElement().satisfies(e -> {
                assertThat(e.outcome()).isEqualTo(SilencePhase.BROKEN);
                assertThat(e.breakers()).containsExactly(Iso3.of("BEL"), Iso3.of("DEU"), Iso3.of("FRA"));
            });
            assertThat(((Refused) s.adopt()).rule()).isEqualTo(Rule.R1_NO_STANDING_OBJECTION);
            s.support("FRA", "DEU", "BEL");
            assertThat(s.adopt()).isInstanceOf(Accepted.class);
        }

        @Test
        void R3d_closing_before_the_deadline_is_refused() {
            Scenario s = Scenario.nato();
            s.openSilence(FOUR_DAYS);

            Refused refused = (Refused) s.at(s.deadline().minusSeconds(1)).close();

            assertThat(refused.rule()).isEqualTo(Rule.R3D_OUTCOME_AT_DEADLINE);
            assertThat(s.item.status()).isEqualTo(ItemStatus.UNDER_SILENCE);
        }

        @Test
        void R3d_a_broken_procedure_closes_exactly_once() {
            Scenario s = Scenario.nato();
            s.openSilence(FOUR_DAYS);
            s.breakSilence("FRA");
            s.at(s.deadline()).close();

            Refused again = (Refused) s.later(Duration.ofMinutes(1)).close();

            assertThat(again.rule()).isEqualTo(Rule.R3D_OUTCOME_AT_DEADLINE);
            assertThat(again.reason()).contains("already ended: BROKEN");
            assertThat(s.events(SilenceClosed.class)).hasSize(1);
        }

        @Test
        void R3d_an_adopting_procedure_closes_exactly_once() {
            Scenario s = Scenario.nato();
            s.openSilence(FOUR_DAYS);
            s.at(s.deadline()).close();

            assertThat(((Refused) s.close()).rule()).isEqualTo(Rule.R13_SEALED_AND_APPEND_ONLY);
            assertThat(s.events(ProcedureEvent.ItemAdopted.class)).hasSize(1);
        }

        @Test
        void R3d_a_stale_close_of_a_cancelled_procedure_is_refused() {
            Scenario s = Scenario.nato();
            s.openSilence(FOUR_DAYS);
            s.accept((i, t) -> i.addTextVersion("v2", Scenario.CHAIR, t));
            s.openSilence(Duration.ofDays(1));

            Refused stale = s.refuse((i, t) -> i.closeSilence(1, Scenario.SCHEDULER, s.membership, t.plus(FOUR_DAYS)));

            assertThat(stale.reason()).contains("silence procedure 1 is already ended: CANCELLED");
        }

        @Test
        void R3d_the_chair_does_not_adopt_in_session_while_silence_runs() {
            Scenario s = Scenario.nato();
            s.openSilence(FOUR_DAYS);

            assertThat(((Refused) s.adopt()).rule()).isEqualTo(Rule.R3D_OUTCOME_AT_DEADLINE);
        }

        @Test
        void R3d_only_the_chair_or_the_scheduler_closes() {
            Scenario s = Scenario.nato();
            s.openSilence(FOUR_DAYS);

            Refused refused = s.refuse((i, t) -> i.closeSilence(1, Scenario.ANALYST, s.membership, s.deadline()));

            assertThat(refused.rule()).isEqualTo(Rule.CHAIR_CONDUCTS_PROCEEDINGS);
            s.at(s.deadline());
            assertThat(s.attempt((i, t) -> i.closeSilence(1, Scenario.CHAIR, s.membership, t))).isInstanceOf(Accepted.class);
        }
    }

    @Nested
    class R3e_a_late_break_is_logged_without_effect {
        @Test
        void R3e_a_late_break_is_logged_and_has_no_effect() {
            Scenario s = Scenario.nato();
            s.openSilence(FOUR_DAYS);
            DecisionItem before = s.item;

            Accepted logged = (Accepted) s.at(s.deadline()).breakSilence("FRA");

            assertThat(logged.events()).singleElement().isInstanceOfSatisfying(LateSilenceBreakLogged.class, e -> {
                assertThat(e.rule()).isEqualTo(Rule.R3E_LATE_BREAK_LOGGED);
                assertThat(e.member()).isEqualTo(Iso3.of("FRA"));
            });
            assertThat(s.item).isEqualTo(before);
            s.close();
            assertThat(s.item.status()).isEqualTo(ItemStatus.ADOPTED);
        }

        @Test
        void R3e_a_break_after_adoption_at_the_deadline_is_still_logged_and_the_sealed_item_is_unchanged() {
            Scenario s = Scenario.nato();
            s.openSilence(FOUR_DAYS);
            s.at(s.deadline()).close();
            DecisionItem sealed = s.item;

            s.later(Duration.ofMinutes(5));
            assertThat(s.breakSilence("FRA")).isInstanceOf(Accepted.class);

            assertThat(s.item).isEqualTo(sealed);
            assertThat(s.journal.get(s.journal.size() - 1)).isInstanceOf(LateSilenceBreakLogged.class);
            assertThat(DecisionItem.replay(s.journal)).isEqualTo(sealed);
        }
    }

    @Nested
    class R3f_a_new_text_cancels_the_procedure {
        @Test
        void R3f_a_new_text_version_cancels_the_running_silence_procedure() {
            Scenario s = Scenario.nato();
            s.openSilence(FOUR_DAYS);

            Accepted revised = s.accept((i, t) -> i.addTextVersion("Draft text v2", Scenario.CHAIR, t));

            assertThat(revised.events().get(0)).isInstanceOfSatisfying(SilenceCancelled.class,
                    e -> assertThat(e.rule()).isEqualTo(Rule.R3F_NEW_TEXT_CANCELS_SILENCE));
            assertThat(s.item.status()).isEqualTo(ItemStatus.OPEN);
            assertThat(s.item.runningSilence()).isEmpty();
            assertThat(s.item.silences()).singleElement().satisfies(p -> assertThat(p.phase()).isEqualTo(SilencePhase.CANCELLED));
        }

        @Test
        void R3f_the_new_text_needs_a_new_procedure() {
            Scenario s = Scenario.nato();
            s.openSilence(FOUR_DAYS);
            s.later(Duration.ofDays(1)).accept((i, t) -> i.addTextVersion("Draft text v2", Scenario.CHAIR, t));

            assertThat(((Refused) s.breakSilence("FRA")).reason()).contains("CANCELLED");
            s.openSilence(FOUR_DAYS);
            s.at(s.deadline()).close();

            assertThat(s.item.adoption()).hasValueSatisfying(d -> assertThat(d.text()).isEqualTo(new TextVersion(2, "Draft text v2")));
            assertThat(s.item.silences()).extracting(SilenceProcedure::number).containsExactly(1, 2);
        }
    }
}
