package org.concord.boot;

import org.concord.journal.Journal;
import org.concord.journal.JournalEntry;
import org.concord.register.data.CorrectionsFile;
import org.concord.register.data.MissionData;
import org.concord.register.data.RegisterFile;
import org.concord.register.model.EventId;
import org.concord.register.model.EventStatus;
import org.concord.register.model.Formality;
import org.concord.register.model.MissionId;
import org.concord.register.model.SessionId;
import org.concord.shared.Confidence;
import org.concord.shared.Iso3;
import org.concord.shared.Principal;
import org.concord.testing.Fixtures;
import org.concord.testing.MutableClock;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.concord.testing.Fixtures.ADMIN;

/**
 * A database loaded from the built-in register before the fact check of issue 16 (kept as a test resource) gets the
 * corrections on start, each journaled, on H2 and on PostgreSQL.
 */
class BuiltInCorrectionsTest {
    private static final RegisterFile FIRST_EDITION = DataFiles.builtIn("/data/" + DataFiles.builtInCorrections().previous());
    private static final Instant LOADED = Instant.parse("2026-03-01T09:00:00Z");

    /** A Concord whose register was loaded from the earlier edition of the built-in file, as an existing database was. */
    private static Concord loadedBeforeTheFactCheck(TestDatabases.Kind kind, MutableClock clock) {
        Concord c = Fixtures.concord(kind, clock);
        c.register().importFile(Principal.system(), FIRST_EDITION);
        return c;
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void after_the_corrections_an_existing_register_equals_a_fresh_load_of_the_corrected_built_in_register(TestDatabases.Kind kind) {
        RegisterFile fresh;
        try (Concord f = Fixtures.loaded(kind)) {
            fresh = f.register().exportFile(ADMIN);
        }
        try (Concord c = loadedBeforeTheFactCheck(kind, new MutableClock(LOADED))) {
            assertThat(c.register().exportFile(ADMIN)).isNotEqualTo(fresh);
            var outcome = c.correctBuiltInRegister();
            assertThat(outcome.kept()).isEmpty();
            assertThat(outcome.corrected()).containsExactlyElementsOf(DataFiles.builtInCorrections().corrections().stream()
                    .map(CorrectionsFile.Correction::record).toList());
            assertThat(c.register().exportFile(ADMIN)).isEqualTo(fresh);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void each_correction_is_journaled_once_with_its_reason_and_the_chain_stays_intact(TestDatabases.Kind kind) {
        MutableClock clock = new MutableClock(LOADED);
        try (Concord c = loadedBeforeTheFactCheck(kind, clock)) {
            clock.advance(Duration.ofDays(270));
            c.correctBuiltInRegister();
            List<JournalEntry> kfor = c.journal().list(ADMIN, Optional.of("mission:kfor"), Optional.empty(), 0, 100);
            // one act per correction: the fact check's (leads, note), then issue 14's (reviewCycle, contributions)
            assertThat(kfor).extracting(JournalEntry::type).containsExactly("MissionCreated", "MissionCorrected", "MissionCorrected");
            assertThat(kfor.get(1).payload()).contains("fact-check-issue-16").contains("Türkiye since Oct 2025").contains("\"leads\"");
            assertThat(kfor.get(2).payload()).contains("Issue 14").contains("\"reviewCycle\"");
            assertThat(c.journal().list(ADMIN, Optional.of("member:DEU"), Optional.empty(), 0, 100))
                    .extracting(JournalEntry::type).containsExactly("MemberRecorded", "MemberCorrected");
            long entries = c.journal().list(ADMIN, Optional.empty(), Optional.empty(), 0, 1000).size();
            assertThat(entries).isLessThan(1000);

            clock.advance(Duration.ofDays(1));
            assertThat(c.correctBuiltInRegister().corrected()).isEmpty();
            assertThat(c.correctBuiltInRegister().kept()).isEmpty();
            assertThat(c.journal().list(ADMIN, Optional.empty(), Optional.empty(), 0, 1000)).hasSize((int) entries);
            assertThat(c.journal().verify(ADMIN)).isInstanceOf(Journal.Verification.Intact.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void the_corrected_facts_are_read_back_and_the_register_as_recorded_before_still_shows_the_old_ones(TestDatabases.Kind kind) {
        MutableClock clock = new MutableClock(LOADED);
        try (Concord c = loadedBeforeTheFactCheck(kind, clock)) {
            clock.advance(Duration.ofDays(270));
            c.correctBuiltInRegister();
            var register = c.register();
            var kfor = register.mission(ADMIN, MissionId.of("kfor"));
            assertThat(kfor.leadNationsOn(LocalDate.parse("2023-01-01"))).containsExactly(Iso3.of("ITA"));
            assertThat(kfor.leadNationsOn(LocalDate.parse("2024-01-01"))).containsExactly(Iso3.of("TUR"));
            assertThat(kfor.leadNationsOn(LocalDate.parse("2025-01-01"))).containsExactly(Iso3.of("ITA"));
            assertThat(kfor.leadNationsOn(LocalDate.parse("2026-01-01"))).containsExactly(Iso3.of("TUR"));
            assertThat(register.mission(ADMIN, MissionId.of("rsm")).leadNationsOn(LocalDate.parse("2018-01-01"))).contains(Iso3.of("USA"));
            var oup = register.mission(ADMIN, MissionId.of("oup")).latestStrength().orElseThrow();
            assertThat(oup.actual().getAsInt()).isEqualTo(8000);
            assertThat(oup.note().orElseThrow()).contains("20,000").contains("[S60]");
            assertThat(register.member(ADMIN, Iso3.of("DEU")).provenance().confidence()).isEqualTo(Confidence.LOW);
            assertThat(register.partners(ADMIN).stream().filter(p -> p.iso3().equals(Iso3.of("KWT"))).findFirst().orElseThrow()
                    .frameworks().getFirst().since().orElseThrow().toString()).isEqualTo("2004-12");
            var ip4 = register.event(ADMIN, EventId.of("summit-2025-the-hague")).session(SessionId.of("hague-2025-ip4")).orElseThrow();
            assertThat(ip4.formality()).isEqualTo(Formality.INFORMAL_CHAIR_CONVENED);
            assertThat(ip4.level()).isEmpty();
            assertThat(register.event(ADMIN, EventId.of("public-forum-2026")).status()).isEqualTo(EventStatus.CANCELLED);

            var before = register.missionAsRecorded(ADMIN, MissionId.of("kfor"), LOADED.plus(Duration.ofDays(1)));
            assertThat(before.leadNationsOn(LocalDate.parse("2026-01-01"))).containsExactly(Iso3.of("ITA"));
            assertThat(register.eventAsRecorded(ADMIN, EventId.of("public-forum-2026"), LOADED.plus(Duration.ofDays(1))).status())
                    .isEqualTo(EventStatus.SCHEDULED);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void a_correction_keeps_what_was_changed_since_the_load_outside_its_fields(TestDatabases.Kind kind) {
        try (Concord c = loadedBeforeTheFactCheck(kind, new MutableClock(LOADED))) {
            var kfor = c.register().mission(ADMIN, MissionId.of("kfor"));
            MissionData edit = MissionData.from(kfor);
            c.register().updateMission(ADMIN, kfor.id(), new MissionData(edit.id(), edit.name(), edit.acronym(), edit.kind(), edit.coreTask(),
                    edit.secondaryCoreTask(), edit.coreTaskBasis(), edit.legalBasis(), edit.area(), edit.hostNation(), edit.start(), edit.end(),
                    "2027-06-30", edit.status(), edit.strength(), null, edit.leads(), edit.contributors(), edit.partnerContributors(),
                    edit.note(), edit.sources(), edit.confidence(), edit.classification(), kfor.version()));

            assertThat(c.correctBuiltInRegister().corrected()).contains("mission:kfor");

            var corrected = c.register().mission(ADMIN, MissionId.of("kfor"));
            assertThat(corrected.scheduledEnd().orElseThrow().toString()).isEqualTo("2027-06-30");
            assertThat(corrected.leadNationsOn(LocalDate.parse("2026-01-01"))).containsExactly(Iso3.of("TUR"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void a_corrected_field_edited_since_the_load_is_kept_and_reported_and_the_other_corrections_still_apply(TestDatabases.Kind kind) {
        try (Concord c = loadedBeforeTheFactCheck(kind, new MutableClock(LOADED))) {
            var kfor = c.register().mission(ADMIN, MissionId.of("kfor"));
            MissionData edit = MissionData.from(kfor);
            c.register().updateMission(ADMIN, kfor.id(), new MissionData(edit.id(), edit.name(), edit.acronym(), edit.kind(), edit.coreTask(),
                    edit.secondaryCoreTask(), edit.coreTaskBasis(), edit.legalBasis(), edit.area(), edit.hostNation(), edit.start(), edit.end(),
                    edit.scheduledEnd(), edit.status(), edit.strength(), null, edit.leads(), edit.contributors(), edit.partnerContributors(),
                    "The desk's own note.", edit.sources(), edit.confidence(), edit.classification(), kfor.version()));

            var outcome = c.correctBuiltInRegister();

            // the fact check's kfor correction (leads, note) is kept; issue 14's (reviewCycle, contributions) names fields
            // the desk did not edit, so it still applies
            assertThat(outcome.kept()).containsExactly("mission:kfor");
            assertThat(outcome.corrected()).contains("mission:rsm", "member:DEU", "mission:kfor");
            var kfor2 = c.register().mission(ADMIN, MissionId.of("kfor"));
            assertThat(kfor2.note()).contains("The desk's own note.");
            assertThat(kfor2.leadNationsOn(LocalDate.parse("2026-01-01"))).doesNotContain(Iso3.of("TUR"));
            assertThat(kfor2.reviewCycle()).isPresent();
            assertThat(c.journal().list(ADMIN, Optional.of("mission:kfor"), Optional.empty(), 0, 100))
                    .extracting(JournalEntry::type).containsExactly("MissionCreated", "MissionUpdated", "MissionCorrected");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void another_organisations_register_sharing_record_ids_is_left_alone(TestDatabases.Kind kind) {
        try (Concord c = Fixtures.concord(kind)) {
            c.register().importFile(Principal.system(), DataFiles.read(Fixtures.example("eu-council-2014.yaml")));
            var germany = c.register().member(ADMIN, Iso3.of("DEU"));
            var outcome = c.correctBuiltInRegister();
            assertThat(outcome.corrected()).isEmpty();
            assertThat(outcome.kept()).isEmpty();
            assertThat(c.register().member(ADMIN, Iso3.of("DEU"))).isEqualTo(germany);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void a_fresh_built_in_register_and_one_loaded_from_another_file_are_not_corrected(TestDatabases.Kind kind) {
        try (Concord c = Fixtures.loaded(kind)) {
            var outcome = c.correctBuiltInRegister();
            assertThat(outcome.corrected()).isEmpty();
            assertThat(outcome.kept()).isEmpty();
        }
        try (Concord c = Fixtures.withData(kind, java.time.Clock.fixed(LOADED, java.time.ZoneOffset.UTC), Fixtures.example("eu-council-2014.yaml").toAbsolutePath())) {
            c.loadDefaultsIfEmpty().orElseThrow();
            var germany = c.register().member(ADMIN, Iso3.of("DEU"));
            assertThat(c.correctBuiltInRegister().corrected()).isEmpty();
            assertThat(c.register().member(ADMIN, Iso3.of("DEU"))).isEqualTo(germany);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void a_correction_that_names_an_unknown_field_or_record_writes_nothing(TestDatabases.Kind kind) {
        try (Concord c = loadedBeforeTheFactCheck(kind, new MutableClock(LOADED))) {
            var bad = new CorrectionsFile(CorrectionsFile.FORMAT, "bad", null, List.of(
                    new CorrectionsFile.Correction("mission:kfor", List.of("leads"), "fine"),
                    new CorrectionsFile.Correction("mission:kfor", List.of("commander"), "no such field")));
            assertThatThrownBy(() -> c.register().applyCorrections(Principal.system(), bad, FIRST_EDITION, DataFiles.builtIn()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'commander' is not a field of MissionData");
            var unknown = new CorrectionsFile(CorrectionsFile.FORMAT, "bad", null, List.of(new CorrectionsFile.Correction("mission:unknown", List.of("leads"), "x")));
            assertThatThrownBy(() -> c.register().applyCorrections(Principal.system(), unknown, FIRST_EDITION, DataFiles.builtIn()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no such record");
            assertThat(c.journal().list(ADMIN, Optional.of("mission:kfor"), Optional.empty(), 0, 100)).hasSize(1);
            assertThat(c.register().mission(ADMIN, MissionId.of("kfor")).leadNationsOn(LocalDate.parse("2026-01-01"))).containsExactly(Iso3.of("ITA"));
        }
    }
}
