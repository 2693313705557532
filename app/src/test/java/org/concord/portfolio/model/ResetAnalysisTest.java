package org.concord.portfolio.model;

import org.concord.register.model.Contribution;
import org.concord.register.model.CoreTask;
import org.concord.register.model.Mission;
import org.concord.register.model.MissionId;
import org.concord.register.model.MissionStatus;
import org.concord.shared.CalendarDate;
import org.concord.register.model.Qualifier;
import org.concord.register.model.StrengthPoint;
import org.concord.shared.Confidence;
import org.concord.shared.Iso3;
import org.concord.shared.Provenance;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** Reset profiles applied to missions: what they touch, the personnel freed, per named nation, and what stays unknown. */
class ResetAnalysisTest {
    static final LocalDate ON = LocalDate.parse("2026-12-03");
    static final LocalDate BY = LocalDate.parse("2027-12-31");
    static final Provenance S = Provenance.of(Confidence.SECONDARY, "S39");

    static Mission mission(String id, CoreTask task, String host, Integer actual, String note, List<Contribution> named, List<String> contributors) {
        List<StrengthPoint> strength = actual == null && note == null ? List.of()
                : List.of(new StrengthPoint(CalendarDate.parse("2025"), actual == null ? OptionalInt.empty() : OptionalInt.of(actual), OptionalInt.empty(),
                Qualifier.APPROXIMATELY, OptionalInt.empty(), Optional.ofNullable(note), S));
        return new Mission(MissionId.of(id), id.toUpperCase(), Optional.empty(), "kind", task, Optional.empty(), Optional.empty(), "basis",
                Optional.empty(), Optional.ofNullable(host).map(Iso3::of), CalendarDate.parse("2000"), Optional.empty(), Optional.empty(),
                MissionStatus.ACTIVE, strength, List.of(), contributors.stream().map(Iso3::of).toList(), List.of(), named, Optional.empty(),
                Optional.empty(), Optional.empty(), Provenance.entered(), "PUBLIC", 0);
    }

    static final Mission KFOR = mission("kfor", CoreTask.CRISIS_PREVENTION_AND_MANAGEMENT, "XKX", 4500, null,
            List.of(new Contribution(Iso3.of("ITA"), 852, Qualifier.EXACT, CalendarDate.parse("2023-10"), Optional.empty(), S),
                    new Contribution(Iso3.of("TUR"), 780, Qualifier.EXACT, CalendarDate.parse("2023-10"), Optional.empty(), S)),
            List.of("ITA", "TUR", "GBR"));
    static final Mission NMI = mission("nmi", CoreTask.CRISIS_PREVENTION_AND_MANAGEMENT, "IRQ", null, "several hundred", List.of(), List.of("FRA"));
    static final Mission FLF = mission("flf", CoreTask.DETERRENCE_AND_DEFENCE, null, 10000, null, List.of(), List.of("DEU"));

    @Test
    void deterrence_and_defence_only_ends_the_other_missions_and_frees_what_is_known_by_named_nation() {
        var a = ResetAnalysis.of(new ResetProfile.CoreTaskOnly(CoreTask.DETERRENCE_AND_DEFENCE, BY), List.of(KFOR, NMI, FLF), ON);
        assertThat(a.changes()).extracting(c -> c.mission().id().value()).containsExactly("kfor", "nmi");
        var kfor = a.changes().get(0);
        assertThat(kfor.freed()).hasValue(4500);
        assertThat(kfor.byNation()).extracting(n -> n.nation().code() + " " + n.personnel()).containsExactly("ITA 852", "TUR 780");
        assertThat(kfor.unattributed()).hasValue(4500 - 852 - 780);
        assertThat(kfor.withoutFigures()).containsExactly(Iso3.of("GBR"));
        assertThat(a.changes().get(1).freed()).isEmpty();
        assertThat(a.knownFreed()).isEqualTo(4500);
        assertThat(a.unknownFreed()).isEqualTo(1);
        assertThat(a.freedByNation()).containsEntry(Iso3.of("ITA"), 852);
    }

    @Test
    void ending_missions_outside_the_euro_atlantic_area_follows_the_host_nation_rule() {
        var a = ResetAnalysis.of(new ResetProfile.EndOutsideArea(BY), List.of(KFOR, NMI, FLF), ON);
        assertThat(a.changes()).extracting(c -> c.mission().id().value()).containsExactly("nmi");
        assertThat(Area.of(KFOR)).isEqualTo(Area.EURO_ATLANTIC);
        assertThat(Area.of(FLF)).isEqualTo(Area.EURO_ATLANTIC); // no host nation: Allied territory
        Mission shield = new Mission(MissionId.of("ocean-shield"), "Ocean Shield", Optional.empty(), "k", CoreTask.CRISIS_PREVENTION_AND_MANAGEMENT,
                Optional.empty(), Optional.empty(), "b", Optional.of("Gulf of Aden and Indian Ocean"), Optional.empty(), CalendarDate.parse("2009"),
                Optional.empty(), Optional.empty(), MissionStatus.ACTIVE, List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Provenance.entered(), "PUBLIC", 0);
        assertThat(Area.of(shield)).isEqualTo(Area.BEYOND); // no host nation, but the area names a place beyond
    }

    @Test
    void a_cap_frees_what_is_above_it_shares_the_cut_pro_rata_and_cannot_assess_unknown_personnel() {
        var a = ResetAnalysis.of(new ResetProfile.PersonnelCap(2000, BY), List.of(KFOR, NMI, FLF), ON);
        assertThat(a.changes()).extracting(c -> c.mission().id().value()).containsExactly("kfor", "flf");
        var kfor = a.changes().get(0);
        assertThat(kfor.freed()).hasValue(2500);
        assertThat(kfor.byNation()).extracting(n -> n.personnel()).containsExactly(Math.round(852 * 2500 / 4500f), Math.round(780 * 2500 / 4500f));
        assertThat(kfor.byNation().get(0).basis()).contains("pro rata", "assumption");
        assertThat(a.notAssessed()).containsExactly("nmi");
    }
}
