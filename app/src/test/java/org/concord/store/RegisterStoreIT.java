package org.concord.store;

import org.concord.boot.Concord;
import org.concord.journal.Journal;
import org.concord.register.data.MissionData;
import org.concord.register.model.MissionId;
import org.concord.register.model.MissionStatus;
import org.concord.shared.Conflict;
import org.concord.shared.InvalidInput;
import org.concord.shared.Iso3;
import org.concord.testing.Fixtures;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.concord.testing.Fixtures.ADMIN;

/** The register and the journal on both databases, through the same migrations. */
class RegisterStoreIT {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void the_built_in_register_loads_once_and_reads_membership_by_date(TestDatabases.Kind kind) {
        try (Concord c = Fixtures.loaded(kind)) {
            assertThat(c.loadDefaultsIfEmpty()).isEmpty();
            var today = c.register().members(ADMIN, Optional.empty());
            assertThat(today).hasSize(32);
            assertThat(c.register().member(ADMIN, Iso3.of("FIN")).accession()).isEqualTo(LocalDate.of(2023, 4, 4));
            assertThat(c.register().member(ADMIN, Iso3.of("SWE")).accession()).isEqualTo(LocalDate.of(2024, 3, 7));
            assertThat(c.register().members(ADMIN, Optional.of(LocalDate.of(2023, 1, 1)))).hasSize(30);
            assertThat(c.register().members(ADMIN, Optional.of(LocalDate.of(2023, 4, 4)))).hasSize(31);
            assertThat(c.register().members(ADMIN, Optional.of(LocalDate.of(1949, 4, 4)))).hasSize(12);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void a_stale_version_is_refused_and_changes_nothing(TestDatabases.Kind kind) {
        try (Concord c = Fixtures.loaded(kind)) {
            var kfor = c.register().mission(ADMIN, MissionId.of("kfor"));
            MissionData edit = MissionData.from(kfor);
            var changed = new MissionData(edit.id(), edit.name(), edit.acronym(), edit.kind(), edit.coreTask(), edit.secondaryCoreTask(),
                    edit.coreTaskBasis(), edit.legalBasis(), edit.area(), edit.hostNation(), edit.start(), edit.end(), "2027-06-30",
                    MissionStatus.DRAWING_DOWN.name(), edit.strength(), edit.leadNations(), edit.leads(), edit.contributors(), edit.partnerContributors(),
                    edit.note(), edit.sources(), edit.confidence(), edit.classification(), kfor.version());
            var stored = c.register().updateMission(ADMIN, kfor.id(), changed);
            assertThat(stored.version()).isEqualTo(kfor.version() + 1);
            assertThat(stored.status()).isEqualTo(MissionStatus.DRAWING_DOWN);

            assertThatThrownBy(() -> c.register().updateMission(ADMIN, kfor.id(), changed)).isInstanceOf(Conflict.class)
                    .hasMessageContaining("version " + stored.version());
            assertThat(c.register().mission(ADMIN, kfor.id())).isEqualTo(stored);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void an_import_into_a_non_empty_register_is_refused(TestDatabases.Kind kind) {
        try (Concord c = Fixtures.loaded(kind)) {
            var file = c.register().exportFile(ADMIN);
            assertThatThrownBy(() -> c.register().importFile(ADMIN, file)).isInstanceOf(Conflict.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void export_import_export_gives_the_same_register(TestDatabases.Kind kind) {
        try (Concord a = Fixtures.loaded(kind); Concord b = Fixtures.concord(kind)) {
            var first = a.register().exportFile(ADMIN);
            b.register().importFile(ADMIN, first);
            assertThat(b.register().exportFile(ADMIN)).isEqualTo(first);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void a_register_file_with_bad_records_writes_nothing_and_names_every_field(TestDatabases.Kind kind) {
        try (Concord a = Fixtures.loaded(kind); Concord b = Fixtures.concord(kind)) {
            var good = a.register().exportFile(ADMIN);
            var members = new java.util.ArrayList<>(good.members());
            var m = members.get(0);
            members.set(0, new org.concord.register.data.MemberData("ZZZ", m.iso2(), m.name(), "1949-13-01", null, m.round(), -5L, m.note(), m.sources(), m.confidence()));
            var bad = new org.concord.register.data.RegisterFile(good.format(), good.organisation(), good.references(), good.frameworks(),
                    members, good.partners(), good.bodies(), good.missions(), good.events());
            assertThatThrownBy(() -> b.register().importFile(ADMIN, bad)).isInstanceOfSatisfying(InvalidInput.class, e ->
                    assertThat(e.violations()).extracting(v -> v.field()).contains("members[0].iso3", "members[0].accession", "members[0].population"));
            assertThat(b.register().isEmpty(ADMIN)).isTrue();
            assertThat(b.journal().verify(ADMIN)).isEqualTo(Journal.Verification.intact(0));
        }
    }
}
